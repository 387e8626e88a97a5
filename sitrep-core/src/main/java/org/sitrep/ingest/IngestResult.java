package org.sitrep.ingest;

import static java.util.Objects.requireNonNull;

import org.sitrep.model.Problem;

/** What reading one document gave: an article, or the problem that stopped it. */
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
}
