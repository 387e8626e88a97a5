package org.sitrep.model;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/** A participant of an event: the text that names it and the entity it belongs to, when known. */
public record Argument(Role role, CharSpan span, String text, Optional<String> entityId) {
    public Argument {
        requireNonNull(role, "role is null");
        requireNonNull(span, "span is null");
        requireNonNull(text, "text is null");
        requireNonNull(entityId, "entityId is null");
    }
}
