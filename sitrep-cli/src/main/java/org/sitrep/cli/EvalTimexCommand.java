package org.sitrep.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import org.sitrep.app.Sitrep;
import org.sitrep.eval.timex.EventTimeScorer;
import org.sitrep.eval.timex.TimeMlDoc;
import org.sitrep.eval.timex.TimeMlReader;
import org.sitrep.eval.timex.TimexScorer;
import org.sitrep.eval.timex.TimexSpan;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.EventTime;
import org.sitrep.model.TimeMention;
import org.sitrep.model.TimeValue;
import org.sitrep.time.TimeStage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sitrep eval timex}: Sitrep's {@code times} against the TIMEX3 of TimeML files (TempEval-3). */
@Command(
        name = "timex",
        mixinStandardHelpOptions = true,
        description = "TempEval-3 Task A scores of Sitrep's time expressions on TimeML files (TBAQ-cleaned, "
                + "TE3-platinum): strict and relaxed extraction P/R/F1, value and type accuracy and F1, per "
                + "TIMEX3 type. The DCT is given as the publication date; the DCT itself is not scored. With the "
                + "full pipeline, also event times against the TLINKs that put an EVENT in a DATE.")
final class EvalTimexCommand implements Callable<Integer> {
    @Option(
            names = "--data",
            required = true,
            paramLabel = "DIR",
            description = "Directory holding .tml files (searched recursively).")
    Path data;

    @Mixin
    EvalThreads parallel = new EvalThreads();

    @Option(
            names = "--times-only",
            description = "Run the times stage alone (it reads only the text and date, so its output is the "
                    + "full pipeline's) instead of the whole pipeline: seconds instead of minutes.")
    boolean timesOnly;

    @Option(
            names = "--errors",
            description = "Print each mismatch (missed, spurious, wrong value; with the full pipeline also each "
                    + "event with another time than its TLINK's) to standard error.")
    boolean errors;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(data)) {
            System.err.println("sitrep: no such directory " + data + " (expected --data to name a TimeML directory)");
            return 2;
        }
        List<TimeMlDoc> docs = new TimeMlReader().readAll(data);
        if (docs.isEmpty()) {
            System.err.println("sitrep: no .tml files under " + data);
            return 2;
        }
        List<Document> inputs = new ArrayList<>();
        for (TimeMlDoc d : docs) {
            inputs.add(Document.of(d.id(), d.id() + ".tml", "", Optional.of(d.dct()), Optional.empty(), d.text()));
        }
        TimexScorer scorer = new TimexScorer();
        EventTimeScorer eventTimes = new EventTimeScorer();
        UnaryOperator<Document> extraction = timesOnly ? new TimeStage()::apply : Sitrep.load()::extract;
        EvalRun run = EvalRun.of(extraction, inputs, parallel.threads(), (result, i) -> {
            TimeMlDoc d = docs.get(i);
            List<TimexSpan> predicted = result.map(EvalTimexCommand::spans).orElse(List.of());
            List<TimexScorer.Match> matches = scorer.add(d.timexes(), predicted);
            List<EventTimeScorer.Miss> misses = eventTimes.add(
                    d.eventTimes(), result.map(EvalTimexCommand::events).orElse(List.of()));
            if (errors) {
                TimexErrors.print(d, predicted, matches);
                TimexErrors.printEventTimes(d, misses);
            }
        });
        String title = "TempEval-3 Task A on %s: %d documents, %s; %d failed; %.1f s (%d threads)"
                .formatted(
                        data,
                        docs.size(),
                        timesOnly ? "times stage alone" : "full pipeline",
                        run.failed(),
                        run.seconds(),
                        parallel.threads());
        System.out.print(scorer.report(title));
        if (!timesOnly) {
            System.out.print(eventTimes.report());
        }
        return run.failed() == 0 ? 0 : 1;
    }

    static List<EventTimeScorer.Predicted> events(Document d) {
        List<EventTimeScorer.Predicted> events = new ArrayList<>();
        for (Event e : d.events()) {
            List<int[]> triggers = e.mentions().stream()
                    .map(m -> new int[] {m.trigger().begin(), m.trigger().end()})
                    .toList();
            Optional<String> value = e.time().flatMap(EventTime::value).map(TimeValue::value);
            events.add(new EventTimeScorer.Predicted(
                    triggers, value, e.time().map(EventTime::rule).orElse("none")));
        }
        return events;
    }

    static List<TimexSpan> spans(Document d) {
        List<TimexSpan> spans = new ArrayList<>();
        for (TimeMention t : d.times()) {
            spans.add(new TimexSpan(
                    t.span().begin(),
                    t.span().end(),
                    t.timex().type().name(),
                    t.timex().value(),
                    t.timex().mod()));
        }
        return spans;
    }
}
