package org.sitrep.model;

import static java.util.Objects.requireNonNull;

/**
 * Something wrong with one document: a stable code from {@code ProblemCode}, the document it concerns
 * (path or URL) and a short message saying what to do. Never holds the article text.
 */
public record Problem(String code, String source, String message) {
    public Problem {
        requireNonNull(code, "code is null");
        requireNonNull(source, "source is null");
        requireNonNull(message, "message is null");
    }
}
