package org.sitrep.ingest;

import static java.util.Objects.requireNonNull;

import org.sitrep.model.Problem;

/**
 * What reading one document gave: an article, the problem that stopped it, or a note that parts of a container
 * (a web archive's requests, metadata, images) hold no article and were passed over on purpose.
 */
public sealed interface IngestResult {
    /** The path or URL of the document this result is about. */
    String source();

    record Accepted(Article article) implements IngestResult {
        public Accepted {
            requireNonNull(article, "article is null");
        }

        @Override
        public String source() {
            return article.source();
        }
    }

    record Rejected(Problem problem) implements IngestResult {
        public Rejected {
            requireNonNull(problem, "problem is null");
        }

        @Override
        public String source() {
            return problem.source();
        }
    }

    /** Records that hold no article, counted ({@code INGEST_SKIPPED}): no document, and not a failure. */
    record Skipped(Problem note) implements IngestResult {
        public Skipped {
            requireNonNull(note, "note is null");
        }

        @Override
        public String source() {
            return note.source();
        }
    }
}
