package org.sitrep.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.sitrep.app.Sitrep;
import org.sitrep.eval.labelled.LabelledArticle;
import org.sitrep.eval.labelled.LabelledReader;
import org.sitrep.eval.labelled.PlaceTimeScorer;
import org.sitrep.ingest.IngestOptions;
import org.sitrep.ingest.IngestResult;
import org.sitrep.ingest.Ingester;
import org.sitrep.model.Document;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sitrep eval place-time}: events, their places and times against the labelled article set. */
@Command(
        name = "place-time",
        mixinStandardHelpOptions = true,
        description = "Event recall and precision, place right and time right (exact and compatible), per rule, and "
                + "the publication date, on labelled articles (labelled/event-place-time: NAME.txt with "
                + "NAME.gold.json). Each article is read as a file, so its date lines and dateline count.")
final class EvalPlaceTimeCommand implements Callable<Integer> {
    @Option(
            names = "--data",
            required = true,
            paramLabel = "DIR",
            description = "Directory holding NAME.gold.json files beside their NAME.txt (searched recursively).")
    Path data;

    @Mixin
    EvalThreads parallel = new EvalThreads();

    @Option(
            names = "--errors",
            description = "Print each mismatch (date, missed, spurious, type, place, time) to standard error.")
    boolean errors;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(data)) {
            System.err.println("sitrep: no such directory " + data + " (expected --data to name the labelled set)");
            return 2;
        }
        List<LabelledArticle> articles = new LabelledReader().readAll(data);
        if (articles.isEmpty()) {
            System.err.println("sitrep: no .gold.json files under " + data);
            return 2;
        }
        Ingester ingester = new Ingester(IngestOptions.defaults());
        List<Document> inputs = new ArrayList<>();
        for (LabelledArticle a : articles) {
            try (Stream<IngestResult> read = ingester.read(
                    a.text().getBytes(StandardCharsets.UTF_8),
                    a.name(),
                    a.file().toString())) {
                IngestResult result = read.findFirst().orElseThrow();
                if (!(result instanceof IngestResult.Accepted accepted)) {
                    System.err.println("sitrep: " + a.file() + " was not read as an article: "
                            + (result instanceof IngestResult.Rejected r
                                    ? r.problem().message()
                                    : ((IngestResult.Skipped) result).note().message()));
                    return 1;
                }
                inputs.add(accepted.article().toDocument());
            }
        }
        PlaceTimeScorer scorer = new PlaceTimeScorer();
        EvalRun run = EvalRun.of(Sitrep.load()::extract, inputs, parallel.threads(), (result, i) -> {
            List<PlaceTimeScorer.Mismatch> mismatches = scorer.add(articles.get(i), result);
            if (errors) {
                mismatches.forEach(m -> System.err.printf("%s\t%s\t%s%n", m.kind(), m.article(), m.detail()));
            }
        });
        System.out.print(scorer.report("Labelled events on %s: %d articles; %d failed; %.1f s (%d threads)"
                .formatted(data, articles.size(), run.failed(), run.seconds(), parallel.threads())));
        return run.failed() == 0 ? 0 : 1;
    }
}
