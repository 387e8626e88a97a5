package org.sitrep.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sitrep.app.Sitrep;
import org.sitrep.eval.CaseLabels;
import org.sitrep.eval.CaseSnippet;
import org.sitrep.eval.ClassificationReport;
import org.sitrep.eval.ClassificationScorer;
import org.sitrep.eval.SubEventPredictor;
import org.sitrep.model.Document;
import org.sitrep.model.EventCodes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sitrep eval case2021}: ACLED sub-event type of each CASE 2021 Task 2 snippet. */
@Command(
        name = "case2021",
        mixinStandardHelpOptions = true,
        description = "Fine-grained event type classification on CASE 2021 Task 2 (odd-id half): the label of the "
                + "most confident Sitrep event, through its ACLED sub-event type (org.sitrep.coding).")
final class EvalCase2021Command implements Callable<Integer> {
    static final String SPLIT = "task2/test_dataset/dev_odd_ids.tsv";

    @Option(
            names = "--data",
            required = true,
            paramLabel = "PATH",
            description = "The CASE 2021 directory (holding " + SPLIT + ").")
    Path data;

    @Option(
            names = "--rules-only",
            description = "Find triggers with the lexicon alone, without the trained trigger model (for comparison).")
    boolean rulesOnly;

    @Option(names = "--verbose", description = "Add per-label rows and the most frequent errors.")
    boolean verbose;

    @Mixin
    EvalThreads parallel = new EvalThreads();

    @Override
    public Integer call() throws IOException {
        Path file = data.resolve(SPLIT);
        if (!Files.isRegularFile(file)) {
            System.err.println("sitrep: no such file " + file + " (expected --data to name the CASE 2021 directory)");
            return 2;
        }
        List<CaseSnippet> snippets = CaseSnippet.read(file);
        Sitrep sitrep = Sitrep.load(Sitrep.Options.defaults().withRulesOnly(rulesOnly));
        CaseLabels labels = CaseLabels.load(sitrep.knowledge().ontology());
        List<Document> inputs = new ArrayList<>();
        for (CaseSnippet s : snippets) {
            inputs.add(Document.of(s.id(), file + "#" + s.id(), "", Optional.empty(), Optional.empty(), s.text()));
        }
        // the ACLED sub-event type the coding stage stored, refined by the evidence sentence and the participants
        SubEventPredictor predictor = new SubEventPredictor(
                (d, e) -> e.codes().map(EventCodes::acledSubEvent).flatMap(sub -> labels.of(e.type(), sub)),
                sitrep.knowledge().ontology().family("outcome"));
        ClassificationScorer scorer = new ClassificationScorer(labels.all());
        EvalRun run = EvalRun.of(
                sitrep::extract,
                inputs,
                parallel.threads(),
                (result, i) -> scorer.add(snippets.get(i).label(), result.flatMap(predictor)));
        String title = ("CASE 2021 Task 2, odd-id half (%s): %d snippets, 30 labels; %d failed; %.1f s (%d threads)%n"
                        + "Mapping: org/sitrep/coding/acled.tsv through EventCoding (refined by cue words, state agents and armed patients); "
                        + "the 5 labels outside ACLED from org/sitrep/eval/case2021-unseen.tsv%n"
                        + "Published anchors (full 1,019-snippet test set, not this half): best system 77.1 weighted F1 (fine-tuned transformer);%n"
                        + "FACTS.md kNN baseline on these 509 snippets (MiniLM embeddings, leave-one-out): accuracy 61 (1-NN), 63 (5-NN).")
                .formatted(file.getFileName(), snippets.size(), run.failed(), run.seconds(), parallel.threads());
        System.out.print(ClassificationReport.format(title, scorer, verbose));
        return run.failed() == 0 ? 0 : 1;
    }
}
