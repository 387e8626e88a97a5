package org.sitrep.pipeline;

import java.time.Duration;

/** A document used up its time budget ({@link Deadline}) in a stage; the batch reports it and goes on. */
public final class StageTimeoutException extends RuntimeException {
    private final String stage;
    private final Duration budget;

    public StageTimeoutException(String stage, String documentId, Duration budget) {
        super("document %s took longer than its %s budget and was stopped in stage '%s'"
                .formatted(documentId, readable(budget), stage));
        this.stage = stage;
        this.budget = budget;
    }

    static String readable(Duration budget) {
        return budget.toMillis() % 1000 == 0 ? budget.toSeconds() + " s" : budget.toMillis() + " ms";
    }

    public String stage() {
        return stage;
    }

    public Duration budget() {
        return budget;
    }
}
