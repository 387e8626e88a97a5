package org.sitrep.actors;

import static java.util.Objects.requireNonNull;

/** An alias of {@code actor} found at UTF-16 offsets [begin, end) of a text. */
public record ActorMatch(int begin, int end, Actor actor) {
    public ActorMatch {
        requireNonNull(actor, "actor is null");
        if (begin < 0 || end <= begin) {
            throw new IllegalArgumentException("expected 0 <= begin < end, got begin=%d end=%d".formatted(begin, end));
        }
    }
}
