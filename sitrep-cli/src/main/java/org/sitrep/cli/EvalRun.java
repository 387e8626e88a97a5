package org.sitrep.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.sitrep.app.BatchExtractor;
import org.sitrep.model.Document;

/**
 * The pipeline run over an evaluation's documents: one result per input, in order (empty for a
 * document whose stage failed, reported on stderr: it still counts against recall), and the
 * seconds the extraction took (models already loaded).
 */
record EvalRun(List<Optional<Document>> results, int failed, double seconds) {

    static EvalRun of(UnaryOperator<Document> extraction, List<Document> inputs, int threads) {
        List<Optional<Document>> results = new ArrayList<>(inputs.size());
        int[] failed = {0};
        long start = System.nanoTime();
        new BatchExtractor(extraction, threads).run(inputs, outcome -> {
            if (outcome instanceof BatchExtractor.Extracted e) {
                results.add(Optional.of(e.document()));
            } else if (outcome instanceof BatchExtractor.Failed f) {
                failed[0]++;
                System.err.println("sitrep: " + f.problem().message());
                results.add(Optional.empty());
            }
        });
        return new EvalRun(List.copyOf(results), failed[0], (System.nanoTime() - start) / 1e9);
    }

    Optional<Document> get(int i) {
        return results.get(i);
    }
}
