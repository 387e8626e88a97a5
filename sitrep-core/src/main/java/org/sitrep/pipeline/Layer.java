package org.sitrep.pipeline;

/**
 * What a stage adds to a document; stages declare which layers they need and which they fill.
 * SENTENCES: tokens, tags, lemmas, NER tags; PARSES: dependency arcs of the sentences worth parsing;
 * ENTITIES: mentions and entities; GEOCODES: the place entities geocoded (and place names the tagger missed added as
 * entities); TIMES: time expressions; EVENTS: events with their arguments,
 * place name and time; PLACES: the events' places geocoded, with their country; ACTORS: participants'
 * actor codes; CODES: the events' CAMEO, PLOVER and ACLED codes.
 */
public enum Layer {
    SENTENCES,
    PARSES,
    ENTITIES,
    GEOCODES,
    TIMES,
    EVENTS,
    PLACES,
    ACTORS,
    CODES
}
