package org.sitrep.app;

import static java.util.Objects.requireNonNull;

import org.sitrep.model.Document;
import org.sitrep.model.Problem;

/** What became of one input of a {@link StreamingExtractor} run. */
public sealed interface Outcome {
    /** The path or URL of the input. */
    String source();

    /** The pipeline ran: the document with everything extracted (and its warnings in {@link Document#problems()}). */
    record Extracted(Document document) implements Outcome {
        public Extracted {
            requireNonNull(document, "document is null");
        }

        @Override
        public String source() {
            return document.source();
        }
    }

    /** The input could not be read as an article (an {@code INGEST_} problem); the pipeline never saw it. */
    record Rejected(Problem problem) implements Outcome {
        public Rejected {
            requireNonNull(problem, "problem is null");
        }

        @Override
        public String source() {
            return problem.source();
        }
    }

    /** Parts of an input that hold no article were passed over and counted ({@code INGEST_SKIPPED}). */
    record Skipped(Problem note) implements Outcome {
        public Skipped {
            requireNonNull(note, "note is null");
        }

        @Override
        public String source() {
            return note.source();
        }
    }

    /**
     * A stage threw on the document, or memory or stack ran out: {@code STAGE_FAILED}, naming the stage or
     * the cause. {@code input} is the document as read (its id, metadata and text), so nothing read is lost.
     */
    record Failed(Document input, Problem problem) implements Outcome {
        public Failed {
            requireNonNull(input, "input is null");
            requireNonNull(problem, "problem is null");
        }

        @Override
        public String source() {
            return problem.source();
        }
    }
}
