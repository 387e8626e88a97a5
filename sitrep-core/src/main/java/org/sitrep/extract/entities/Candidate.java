package org.sitrep.extract.entities;

import java.util.Optional;
import org.sitrep.actors.Actor;
import org.sitrep.model.CharSpan;
import org.sitrep.model.EntityMention;
import org.sitrep.model.EntityType;

/**
 * A mention while entities are being built: what it is, and the clues that decide which entity it
 * belongs to. {@code key} groups mentions that certainly co-refer (a catalogue id, a country's
 * institution, a folded name); {@code head} is the lemma of its head word ("soldier", "group").
 */
record Candidate(
        EntityMention mention, String key, String head, boolean plural, boolean definite, Optional<Actor> actor) {
    /** Key prefix of a country's institution ("German police" → institution:DE:police). */
    static final String INSTITUTION = "institution:";

    CharSpan span() {
        return mention.span();
    }

    EntityType type() {
        return mention.type();
    }

    EntityMention.Kind kind() {
        return mention.kind();
    }

    /** A state body, a collective that "they" may resume. */
    boolean isInstitution() {
        return key.startsWith(INSTITUTION);
    }

    boolean isName() {
        return mention.kind() == EntityMention.Kind.NAME;
    }
}
