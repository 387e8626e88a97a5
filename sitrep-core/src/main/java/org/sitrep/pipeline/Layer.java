package org.sitrep.pipeline;

/** What a stage adds to a document; stages declare which layers they need and which they fill. */
public enum Layer { SENTENCES, PARSES, ENTITIES, TIMES, EVENTS, PLACES, ACTORS }
