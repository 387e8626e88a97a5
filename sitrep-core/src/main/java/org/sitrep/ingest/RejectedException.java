package org.sitrep.ingest;

import static java.util.Objects.requireNonNull;

import org.sitrep.model.Problem;

/** Internal: stops reading one file with a problem; {@link Ingester} turns it into a rejection. */
final class RejectedException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient Problem problem;

    RejectedException(String code, String source, String message) {
        super(code + ": " + message, null, false, false);
        this.problem = new Problem(requireNonNull(code), requireNonNull(source), requireNonNull(message));
    }

    Problem problem() {
        return problem;
    }
}
