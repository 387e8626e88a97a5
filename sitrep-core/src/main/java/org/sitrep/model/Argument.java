package org.sitrep.model;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A participant of an event: the text that names it, the entity it belongs to and its actor coding,
 * when known.
 */
public record Argument(Role role, CharSpan span, String text, Optional<String> entityId, Optional<ActorCoding> actor) {
    public Argument {
        requireNonNull(role, "role is null");
        requireNonNull(span, "span is null");
        requireNonNull(text, "text is null");
        requireNonNull(entityId, "entityId is null");
        requireNonNull(actor, "actor is null");
    }

    /** An argument not yet coded. */
    public Argument(Role role, CharSpan span, String text, Optional<String> entityId) {
        this(role, span, text, entityId, Optional.empty());
    }

    public Argument withActor(ActorCoding coding) {
        return new Argument(role, span, text, entityId, Optional.of(coding));
    }
}
