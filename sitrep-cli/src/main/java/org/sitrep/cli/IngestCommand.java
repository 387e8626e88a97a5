package org.sitrep.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.sitrep.incidents.IncidentMerger;
import org.sitrep.incidents.IncidentRules;
import org.sitrep.ingest.IngestResult;
import org.sitrep.ingest.Ingester;
import org.sitrep.ontology.Ontology;
import org.sitrep.store.EventStore;
import org.sitrep.store.StoreException;
import org.sitrep.store.StoreIngest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code sitrep ingest}: extracts articles into the store. Articles already stored in the same version are
 * skipped before extraction, so a re-run after an interruption does only what is left; each article is
 * committed whole as soon as it is done. Exit status 1 when any input was rejected or failed (they are
 * stored as failures with the reason, and listed).
 */
@Command(
        name = "ingest",
        mixinStandardHelpOptions = true,
        description = "Extract articles into the event store (SQLite): stored once, resumable, failures kept.")
public final class IngestCommand implements Callable<Integer> {
    @Option(
            names = "--db",
            paramLabel = "FILE",
            description = "The store (created if missing; default: ${DEFAULT-VALUE}).")
    Path db = Path.of("sitrep.db");

    @Mixin
    ExtractionOptions extraction = new ExtractionOptions();

    @Override
    public Integer call() {
        Optional<String> usageError = extraction.usageError();
        if (usageError.isPresent()) {
            System.err.println("sitrep: " + usageError.get());
            return 2;
        }
        Ingester ingester = new Ingester(extraction.ingestOptions());
        long started = System.nanoTime();
        StoreIngest.Summary summary;
        EventStore.Counts counts;
        EventStore opened;
        try {
            opened = EventStore.open(db);
        } catch (StoreException e) {
            System.err.println("sitrep: " + e.getMessage()); // a --db that is no store, or in no folder: a usage error
            return 2;
        }
        StopSignal stop = StopSignal.install(
                "sitrep: stopping after the articles being read are stored (Ctrl-C again to quit at once)");
        try (EventStore store = opened;
                Progress progress = Progress.start("ingest", ingester.estimateDocuments(extraction.paths));
                Stream<IngestResult> inputs = ingester.read(extraction.paths)) {
            IncidentMerger merger = new IncidentMerger(new IncidentRules(Ontology.load()));
            summary = new StoreIngest(store, extraction.extractor(), merger)
                    .run(
                            inputs,
                            p -> progress.update(
                                    p.done(),
                                    " %d new, %d same, %d failed".formatted(p.stored(), p.unchanged(), p.failed())),
                            stop::requested);
            counts = store.counts();
        } catch (StoreException e) {
            System.err.println("sitrep: " + e.getMessage()); // locked, full, unwritable: what is committed stays
            return 1;
        } catch (ExtractionOptions.LoadFailed e) {
            System.err.println("sitrep: cannot load the pipeline: " + e.getMessage());
            return 2;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.err.printf(
                "sitrep: %d articles stored, %d unchanged, %d failed in %.1f s (%.2f stored/s); %s holds %d articles, %d events, %d incidents, %d failures%n",
                summary.stored(),
                summary.unchanged(),
                summary.problems().size(),
                seconds,
                summary.stored() / Math.max(seconds, 1e-9),
                db,
                counts.articles(),
                counts.events(),
                counts.incidents(),
                counts.failures());
        ProblemReport.print(summary.problems(), summary.inputs());
        ProblemReport.notes(summary.notes());
        if (summary.stopped()) {
            System.err.println("sitrep: interrupted: the same command again stores the rest (and the incidents)");
            return StopSignal.INTERRUPTED;
        }
        return summary.problems().isEmpty() ? 0 : 1;
    }
}
