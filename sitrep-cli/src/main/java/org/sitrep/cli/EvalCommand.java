package org.sitrep.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sitrep.app.Knowledge;
import org.sitrep.app.Sitrep;
import org.sitrep.eval.EventPlaceScorer;
import org.sitrep.eval.Gold;
import org.sitrep.eval.GoldTriggers;
import org.sitrep.eval.KairosMapping;
import org.sitrep.eval.Predicted;
import org.sitrep.eval.Report;
import org.sitrep.eval.Scorer;
import org.sitrep.eval.WikiEventsReader;
import org.sitrep.model.Document;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sitrep eval}: scores Sitrep against annotated corpora. */
@Command(
        name = "eval",
        mixinStandardHelpOptions = true,
        description = "Score Sitrep against an annotated corpus.",
        subcommands = {
            EvalCommand.WikiEvents.class,
            EvalConll2003Command.class,
            EvalCase2021Command.class,
            EvalPloverCommand.class,
            EvalPetrarch2Command.class,
            EvalParserCommand.class,
            EvalTimexCommand.class,
            EvalGeoCommand.class,
            EvalPlaceTimeCommand.class,
            EvalMuc4Command.class
        })
public final class EvalCommand implements Runnable {
    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    /** {@code sitrep eval wikievents}: end-to-end trigger and argument scores on WikiEvents. */
    @Command(
            name = "wikievents",
            mixinStandardHelpOptions = true,
            description =
                    "End-to-end trigger and argument P/R/F1 on WikiEvents (Li et al. 2021), KAIROS types mapped to Sitrep's.")
    static final class WikiEvents implements Callable<Integer> {
        enum Split {
            dev,
            test
        }

        @Option(
                names = "--data",
                required = true,
                paramLabel = "PATH",
                description = "Directory holding dev.jsonl and test.jsonl.")
        Path data;

        @Option(names = "--split", defaultValue = "dev", description = "dev or test (default: ${DEFAULT-VALUE}).")
        Split split;

        @Option(names = "--verbose", description = "Add per-type rows.")
        boolean verbose;

        @Option(
                names = "--gold-triggers",
                description = "Give Sitrep the gold triggers (mapped types only) and score arguments alone.")
        boolean goldTriggers;

        @Option(
                names = "--places",
                description =
                        "List each gold event with a Place that Sitrep found: gold place, Sitrep's place and rule.")
        boolean places;

        @Option(
                names = "--rules-only",
                description = "Rules alone: the lexicon's triggers without the trained trigger model, and roles without"
                        + " the trained role model (with --gold-triggers: roles by rules alone).")
        boolean rulesOnly;

        @Mixin
        EvalThreads parallel = new EvalThreads();

        @Override
        public Integer call() throws IOException {
            Path file = data.resolve(split + ".jsonl");
            if (!Files.isRegularFile(file)) {
                System.err.println(
                        "sitrep: no such file " + file + " (expected --data to name the WikiEvents directory)");
                return 2;
            }
            List<Gold.Doc> gold = new WikiEventsReader().read(file);
            Knowledge knowledge = Knowledge.load(Optional.empty());
            KairosMapping mapping = KairosMapping.load(knowledge.ontology());
            Sitrep sitrep = Sitrep.load(
                    knowledge,
                    goldTriggers
                            ? GoldTriggers.of(gold, mapping).options(rulesOnly)
                            : Sitrep.Options.defaults().withRulesOnly(rulesOnly));
            List<Document> inputs = new ArrayList<>();
            for (Gold.Doc d : gold) {
                inputs.add(Document.of(d.id(), file + "#" + d.id(), "", Optional.empty(), Optional.empty(), d.text()));
            }
            Scorer scorer = new Scorer(mapping);
            EventPlaceScorer placeScorer = new EventPlaceScorer();
            EvalRun run = EvalRun.of(sitrep::extract, inputs, parallel.threads(), (result, i) -> {
                Gold.Doc g = gold.get(i);
                scorer.add(
                        g.events(),
                        result.map(d -> Predicted.from(d, g.tokens())).orElse(List.of()));
                placeScorer.add(g, result);
            });
            String title = "WikiEvents " + split
                    + (goldTriggers
                            ? ", gold triggers given (trigger scores are trivial)" + (rulesOnly ? ", rules only" : "")
                            : rulesOnly ? ", end to end, rules only" : ", end to end");
            System.out.print(
                    new Report(mapping).format(title, scorer, gold.size(), run.failed(), run.seconds(), gold, verbose));
            System.out.print("\n" + placeScorer.summary());
            if (places) {
                placeScorer
                        .rows()
                        .forEach(r -> System.out.printf(
                                "  %-5s %-28s %-14s gold %-28s sitrep %s%n",
                                r.right() ? "right" : "wrong",
                                r.doc(),
                                r.trigger(),
                                r.gold(),
                                r.predicted()
                                        .map(p -> p + " (" + r.rule().orElseThrow() + ")")
                                        .orElse("-")));
            }
            return run.failed() == 0 ? 0 : 1;
        }
    }
}
