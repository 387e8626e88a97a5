package org.sitrep.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.sitrep.app.Sitrep;
import org.sitrep.countries.Country;
import org.sitrep.eval.CameoToPlover;
import org.sitrep.eval.PetrarchRecord;
import org.sitrep.eval.PetrarchReport;
import org.sitrep.eval.PetrarchScorer;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.EventCodes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sitrep eval petrarch2}: CAMEO codes and actor countries on the PETRARCH-2 validation records. */
@Command(
        name = "petrarch2",
        mixinStandardHelpOptions = true,
        description = "CAMEO event code (root and full), PLOVER type and source/target country on PETRARCH-2's own "
                + "validation sentences (UniversalPetrarch PETR2_GSR_validation.xml), through Sitrep's CAMEO coding.")
final class EvalPetrarch2Command implements Callable<Integer> {
    static final String FILE = "PETR2_GSR_validation.xml";
    static final String TABLE = "CAMEO2PLOVER-2021.txt";

    @Option(
            names = "--data",
            required = true,
            paramLabel = "PATH",
            description = "The UniversalPetrarch directory (holding " + FILE + ").")
    Path data;

    @Option(
            names = "--plover-table",
            paramLabel = "FILE",
            description =
                    "CAMEO2PLOVER-2021.txt (default: ../plover-gsr/" + TABLE + " beside --data; skipped when absent).")
    Path ploverTable;

    @Option(names = "--verbose", description = "Add root matches by sentence category.")
    boolean verbose;

    @Mixin
    EvalThreads parallel = new EvalThreads();

    @Override
    public Integer call() throws IOException {
        Path file = data.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            System.err.println(
                    "sitrep: no such file " + file + " (expected --data to name the UniversalPetrarch directory)");
            return 2;
        }
        Path tableFile = ploverTable != null
                ? ploverTable
                : data.toAbsolutePath().resolveSibling("plover-gsr").resolve(TABLE);
        if (ploverTable != null && !Files.isRegularFile(ploverTable)) {
            System.err.println("sitrep: no such file " + ploverTable + " (--plover-table)");
            return 2;
        }
        Optional<CameoToPlover> table =
                Files.isRegularFile(tableFile) ? Optional.of(CameoToPlover.read(tableFile)) : Optional.empty();
        Sitrep sitrep = Sitrep.load();
        Set<String> iso3 =
                sitrep.knowledge().countries().all().stream().map(Country::iso3).collect(Collectors.toSet());
        List<PetrarchRecord> records = PetrarchRecord.read(file);
        // codes stored by the coding stage; only events with a CAMEO code reach the scorer
        PetrarchScorer scorer =
                new PetrarchScorer(e -> cameo(e).orElse(""), e -> e.codes().flatMap(EventCodes::plover), table, iso3);
        List<Document> inputs = new ArrayList<>();
        for (PetrarchRecord r : records) {
            inputs.add(Document.of(r.id(), file + "#" + r.id(), "", r.date(), Optional.empty(), r.text()));
        }
        EvalRun run = EvalRun.of(sitrep::extract, inputs, parallel.threads(), (result, i) -> {
            // events CAMEO has no code for (disasters, accidents, trafficking) are not what a CAMEO coder reports
            List<Event> coded = result.map(Document::events).orElse(List.of()).stream()
                    .filter(e -> cameo(e).isPresent())
                    .toList();
            scorer.add(records.get(i), coded);
        });
        String title =
                ("PETRARCH-2 validation records (%s, UniversalPetrarch): %d sentences; %d failed; %.1f s (%d threads)%n"
                                + "Context: PETRARCH-2 is a dictionary-based CAMEO coder and these are its own validation records, seeded from its%n"
                                + "output and corrected by hand, so it passes most of them by construction; they are not independent annotation.%n"
                                + "Sitrep's CAMEO code comes from its event type (cameo.tsv), one code per type, so full-code matches are rare by design.%n"
                                + "PLOVER: gold CAMEO codes converted with %s.")
                        .formatted(
                                file.getFileName(),
                                records.size(),
                                run.failed(),
                                run.seconds(),
                                parallel.threads(),
                                table.map(t -> tableFile + " (" + t.size() + " codes)")
                                        .orElse("nothing (table not found: PLOVER not scored)"));
        System.out.print(PetrarchReport.format(title, scorer, table.isPresent(), verbose));
        return run.failed() == 0 ? 0 : 1;
    }

    private static Optional<String> cameo(Event e) {
        return e.codes().flatMap(EventCodes::cameo);
    }
}
