package org.sitrep.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import org.sitrep.app.Sitrep;
import org.sitrep.eval.CaseLabels;
import org.sitrep.eval.CaseSnippet;
import org.sitrep.eval.ClassificationReport;
import org.sitrep.eval.ClassificationScorer;
import org.sitrep.eval.SubEventPredictor;
import org.sitrep.extract.events.TriggerFeatures;
import org.sitrep.learn.SnippetClassifier;
import org.sitrep.learn.SnippetFeatures;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
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

    @Option(
            names = "--folds",
            paramLabel = "K",
            description = "Also score a snippet classifier (the rules' labels and the snippet's words, "
                    + "org.sitrep.learn.SnippetClassifier) trained on these snippets, by K-fold cross-validation: "
                    + "each snippet is predicted by a model trained on the other folds (0, the default: off).")
    int folds;

    @Mixin
    EvalThreads parallel = new EvalThreads();

    @Override
    public Integer call() throws IOException {
        Path file = data.resolve(SPLIT);
        if (folds == 1 || folds < 0) {
            System.err.println("sitrep: --folds must be 0 (off) or at least 2, got " + folds);
            return 2;
        }
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
        BiFunction<Document, Event, Optional<String>> labelOf =
                (d, e) -> e.codes().map(EventCodes::acledSubEvent).flatMap(sub -> labels.of(e.type(), sub));
        SubEventPredictor predictor =
                new SubEventPredictor(labelOf, sitrep.knowledge().ontology().family("outcome"));
        ClassificationScorer scorer = new ClassificationScorer(labels.all());
        List<SnippetClassifier.Example> examples = new ArrayList<>();
        TriggerFeatures lexicon = new TriggerFeatures(sitrep.knowledge().lexicon());
        EvalRun run = EvalRun.of(sitrep::extract, inputs, parallel.threads(), (result, i) -> {
            Optional<String> rule = result.flatMap(predictor);
            scorer.add(snippets.get(i).label(), rule);
            List<String> features = result.map(d -> SnippetFeatures.of(d, rule, labelOf, lexicon))
                    .orElse(List.of("rule=none"));
            examples.add(new SnippetClassifier.Example(features, snippets.get(i).label()));
        });
        String title = ("CASE 2021 Task 2, odd-id half (%s): %d snippets, 30 labels; %d failed; %.1f s (%d threads)%n"
                        + "Mapping: org/sitrep/coding/acled.tsv through EventCoding (refined by cue words, state agents and armed patients); "
                        + "the 5 labels outside ACLED from org/sitrep/eval/case2021-unseen.tsv%n"
                        + "Published anchors (full 1,019-snippet test set, not this half): best system 77.1 weighted F1 (fine-tuned transformer);%n"
                        + "FACTS.md kNN baseline on these 509 snippets (MiniLM embeddings, leave-one-out): accuracy 61 (1-NN), 63 (5-NN).")
                .formatted(file.getFileName(), snippets.size(), run.failed(), run.seconds(), parallel.threads());
        System.out.print(ClassificationReport.format(title, scorer, verbose));
        if (folds >= 2) {
            List<String> predicted = SnippetClassifier.crossValidate(examples, folds);
            ClassificationScorer crossValidated = new ClassificationScorer(labels.all());
            for (int i = 0; i < snippets.size(); i++) {
                crossValidated.add(snippets.get(i).label(), Optional.of(predicted.get(i)));
            }
            System.out.println();
            System.out.print(ClassificationReport.format(
                    ("Snippet classifier (the rules' labels above + the snippet's words), %d-fold cross-validation "
                                    + "on these snippets: each predicted by a model trained on the other folds%n")
                            .formatted(folds),
                    crossValidated,
                    verbose));
        }
        return run.failed() == 0 ? 0 : 1;
    }
}
