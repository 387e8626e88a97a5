package org.sitrep.cli;

import java.util.List;
import java.util.Optional;
import java.util.function.ObjIntConsumer;
import java.util.function.UnaryOperator;
import org.sitrep.app.InOrderPool;
import org.sitrep.app.Outcome;
import org.sitrep.app.StreamingExtractor;
import org.sitrep.model.Document;

/**
 * An evaluation's pass over its documents: the documents through {@link StreamingExtractor}, each
 * result given to the scorer as it comes, in input order, with its index (empty for a document whose
 * stage failed, reported on stderr: it still counts against recall). Keeps no document after it was
 * scored.
 *
 * @param failed  documents whose stage failed
 * @param seconds the time the pass took (models already loaded)
 */
record EvalRun(int failed, double seconds) {

    static EvalRun of(
            UnaryOperator<Document> extraction,
            List<Document> inputs,
            int threads,
            ObjIntConsumer<Optional<Document>> score) {
        int[] next = {0};
        int[] failed = {0};
        long start = System.nanoTime();
        new StreamingExtractor(() -> extraction, InOrderPool.of(threads, "sitrep-eval"))
                .runDocuments(inputs.stream(), outcome -> {
                    if (outcome instanceof Outcome.Extracted e) {
                        score.accept(Optional.of(e.document()), next[0]++);
                    } else if (outcome instanceof Outcome.Failed f) {
                        failed[0]++;
                        System.err.println("sitrep: " + f.problem().message());
                        score.accept(Optional.empty(), next[0]++);
                    }
                });
        return new EvalRun(failed[0], (System.nanoTime() - start) / 1e9);
    }
}
