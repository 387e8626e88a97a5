package org.sitrep.model;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

/** A sentence with its tokens and, when it was parsed, its dependency arcs (empty when not parsed). */
public record Sentence(int index, CharSpan span, List<Token> tokens, List<Dependency> dependencies) {
    public Sentence {
        requireNonNull(span, "span is null");
        tokens = List.copyOf(tokens);
        dependencies = List.copyOf(dependencies);
        for (Token token : tokens) {
            if (!span.contains(token.span())) {
                throw new IllegalArgumentException(
                        "token %d %s lies outside sentence %d %s".formatted(token.index(), token.span(), index, span));
            }
        }
    }

    public boolean isParsed() {
        return !dependencies.isEmpty();
    }

    public Sentence withDependencies(List<Dependency> arcs) {
        return new Sentence(index, span, tokens, arcs);
    }

    public List<Dependency> dependentsOf(int governor) {
        List<Dependency> result = new ArrayList<>();
        for (Dependency d : dependencies) {
            if (d.governor() == governor) {
                result.add(d);
            }
        }
        return result;
    }

    /** The arc that attaches {@code dependent} to its head, if the sentence is parsed. */
    public java.util.Optional<Dependency> headOf(int dependent) {
        for (Dependency d : dependencies) {
            if (d.dependent() == dependent) {
                return java.util.Optional.of(d);
            }
        }
        return java.util.Optional.empty();
    }

    /** Index of the token covering character {@code offset}, or -1. */
    public int tokenAt(int offset) {
        for (Token token : tokens) {
            if (token.span().begin() <= offset && offset < token.span().end()) {
                return token.index();
            }
        }
        return -1;
    }
}
