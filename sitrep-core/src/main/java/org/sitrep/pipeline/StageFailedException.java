package org.sitrep.pipeline;

/** A stage threw on one document; carries both names so the batch can report it and go on. */
public final class StageFailedException extends RuntimeException {
    private final String stage;
    private final String documentId;

    public StageFailedException(String stage, String documentId, RuntimeException cause) {
        super("stage '%s' failed on document %s: %s".formatted(stage, documentId, cause.getMessage()), cause);
        this.stage = stage;
        this.documentId = documentId;
    }

    public String stage() {
        return stage;
    }

    public String documentId() {
        return documentId;
    }
}
