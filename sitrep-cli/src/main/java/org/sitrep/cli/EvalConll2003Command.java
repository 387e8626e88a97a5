package org.sitrep.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sitrep.app.Sitrep;
import org.sitrep.eval.Chunk;
import org.sitrep.eval.ConllDoc;
import org.sitrep.eval.ConllReader;
import org.sitrep.eval.ConllTypes;
import org.sitrep.eval.NerReport;
import org.sitrep.eval.NerScorer;
import org.sitrep.eval.baseline.ConllCrfTagger;
import org.sitrep.model.Document;
import org.sitrep.model.EntityType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sitrep eval conll2003}: Sitrep's name mentions and the CoreNLP CRF baseline on CoNLL-2003. */
@Command(
        name = "conll2003",
        mixinStandardHelpOptions = true,
        description = "Entity-mention P/R/F1 (exact span + type, conlleval-style) on CoNLL-2003 English: "
                + "Sitrep's NAME mentions beside CoreNLP's 4-class CoNLL CRF on the same pre-tokenised text.")
final class EvalConll2003Command implements Callable<Integer> {
    enum Split {
        testa,
        testb,
        train
    }

    @Option(
            names = "--data",
            required = true,
            paramLabel = "PATH",
            description = "Directory holding eng.testa, eng.testb, eng.train.")
    Path data;

    @Option(
            names = "--split",
            defaultValue = "testb",
            description = "testa (dev), testb (test, the reporting split) or train (default: ${DEFAULT-VALUE}).")
    Split split;

    @Mixin
    EvalThreads parallel = new EvalThreads();

    @Override
    public Integer call() throws IOException {
        Path file = data.resolve("eng." + split);
        if (!Files.isRegularFile(file)) {
            System.err.println("sitrep: no such file " + file + " (expected --data to name the CoNLL-2003 directory)");
            return 2;
        }
        List<ConllDoc> docs = new ConllReader().read(file);
        List<Document> inputs = new ArrayList<>();
        for (ConllDoc d : docs) {
            inputs.add(Document.of(d.id(), file + "#" + d.id(), "", Optional.empty(), Optional.empty(), d.text()));
        }
        NerScorer sitrepScores = new NerScorer();
        EvalRun run = EvalRun.of(Sitrep.load()::extract, inputs, parallel.threads(), (result, i) -> {
            ConllDoc d = docs.get(i);
            if (result.isPresent()) {
                ConllTypes.Aligned aligned = ConllTypes.names(result.get(), d.tokenSpans());
                sitrepScores.add(d.goldChunks(), aligned.chunks(), aligned.unalignedTypes());
            } else {
                sitrepScores.add(d.goldChunks(), List.of()); // a failed document still costs recall
            }
        });
        int failed = run.failed();
        double sitrepSeconds = run.seconds();
        NerScorer crfScores = new NerScorer();
        long start = System.nanoTime();
        ConllCrfTagger crf = ConllCrfTagger.load();
        for (ConllDoc d : docs) {
            crfScores.add(d.goldChunks(), crfChunks(crf, d));
        }
        double crfSeconds = (System.nanoTime() - start) / 1e9;
        int tokens = docs.stream().mapToInt(ConllDoc::tokenCount).sum();
        String title = ("CoNLL-2003 English %s (%s): %d docs, %d sentences, %d tokens%n"
                        + "Sitrep: full pipeline on tokens joined by spaces, one sentence per line; %d failed; %.1f s (%d threads)%n"
                        + "Baseline: CoreNLP english.conll.4class.distsim CRF, classifySentence on the gold tokens; %.1f s (with model loading)%n"
                        + "Reference: FACTS.md gives the baseline P 89.8 R 88.4 F1 89.1 on testb.")
                .formatted(
                        split,
                        file.getFileName(),
                        docs.size(),
                        docs.stream().mapToInt(x -> x.sentences().size()).sum(),
                        tokens,
                        failed,
                        sitrepSeconds,
                        parallel.threads(),
                        crfSeconds);
        System.out.print(
                NerReport.format(title, "Sitrep NAME mentions", sitrepScores, "CoreNLP 4-class CRF", crfScores));
        return failed == 0 ? 0 : 1;
    }

    private static List<Chunk> crfChunks(ConllCrfTagger crf, ConllDoc doc) {
        List<Chunk> chunks = new ArrayList<>();
        int offset = 0;
        for (ConllDoc.Sentence s : doc.sentences()) {
            List<String> tags = new ArrayList<>();
            for (Optional<EntityType> t : crf.tag(s.words())) {
                tags.add(t.map(ConllTypes::of).orElse("O"));
            }
            chunks.addAll(Chunk.fromTags(tags, offset));
            offset += s.words().size();
        }
        return chunks;
    }
}
