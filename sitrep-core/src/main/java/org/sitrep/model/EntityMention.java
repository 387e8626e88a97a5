package org.sitrep.model;

import static java.util.Objects.requireNonNull;

/**
 * A span that refers to an entity: a name ("Mustafa Nasser"), a description ("a young Lebanese
 * soldier") or a pronoun ("it"). {@code head} is the span of its head word, used to match arguments.
 */
public record EntityMention(CharSpan span, String text, EntityType type, Kind kind, int sentenceIndex, CharSpan head) {
    public enum Kind {
        NAME,
        NOMINAL,
        PRONOUN
    }

    public EntityMention {
        requireNonNull(span, "span is null");
        requireNonNull(text, "text is null");
        requireNonNull(type, "type is null");
        requireNonNull(kind, "kind is null");
        requireNonNull(head, "head is null");
        if (!span.contains(head)) {
            throw new IllegalArgumentException("head %s outside mention %s".formatted(head, span));
        }
    }
}
