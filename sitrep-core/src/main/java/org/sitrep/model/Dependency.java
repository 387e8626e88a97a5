package org.sitrep.model;

import static java.util.Objects.requireNonNull;

/**
 * A Universal Dependencies arc between two tokens of one sentence, by token index;
 * {@code governor} is -1 for the root.
 */
public record Dependency(int governor, int dependent, String relation) {
    public Dependency {
        requireNonNull(relation, "relation is null");
        if (governor < -1 || dependent < 0) {
            throw new IllegalArgumentException("bad arc %d -> %d".formatted(governor, dependent));
        }
    }
}
