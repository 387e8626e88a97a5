package org.sitrep.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.sitrep.app.Sitrep;
import org.sitrep.coding.EventCoding;
import org.sitrep.countries.Countries;
import org.sitrep.countries.Country;
import org.sitrep.eval.PloverRecord;
import org.sitrep.eval.PloverReport;
import org.sitrep.eval.PloverScorer;
import org.sitrep.model.Document;
import org.sitrep.model.EventCodes;
import org.sitrep.ontology.Ontology;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sitrep eval plover}: PLOVER category, actors and place country on the PLOVER gold-standard records. */
@Command(
        name = "plover",
        mixinStandardHelpOptions = true,
        description =
                "PLOVER event category, source/target actor country and sector, and place country on the PLOVER "
                        + "gold-standard records (CAMEO manual example sentences), through Sitrep's PLOVER coding (org.sitrep.coding).")
final class EvalPloverCommand implements Callable<Integer> {
    static final String FILE = "PLOVER_GSR_CAMEO.txt";
    /** The 16 types of PLOVER 2021, the label set of the top-event classifier. */
    static final Set<String> PLOVER_2021 = new LinkedHashSet<>(EventCoding.PLOVER_TYPES);

    @Option(
            names = "--data",
            required = true,
            paramLabel = "PATH",
            description = "The PLOVER gold-standard directory (holding " + FILE + ").")
    Path data;

    @Option(names = "--verbose", description = "Add per-type rows and the most frequent errors.")
    boolean verbose;

    @Mixin
    EvalThreads parallel = new EvalThreads();

    @Override
    public Integer call() throws IOException {
        Path file = data.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            System.err.println(
                    "sitrep: no such file " + file + " (expected --data to name the PLOVER gold-standard directory)");
            return 2;
        }
        Sitrep sitrep = Sitrep.load();
        Countries countries = sitrep.knowledge().countries();
        Set<String> iso3 = countries.all().stream().map(Country::iso3).collect(Collectors.toSet());
        List<PloverRecord> records = PloverRecord.read(file, iso3);
        EventCoding coding = sitrep.knowledge().coding();
        Ontology ontology = sitrep.knowledge().ontology();
        Set<String> producible = new TreeSet<>();
        for (String type : ontology.names()) {
            coding.codes(type).plover().ifPresent(producible::add);
        }
        // events' PLOVER types as the coding stage stored them
        PloverScorer scorer = new PloverScorer(
                e -> e.codes().flatMap(EventCodes::plover),
                producible,
                PLOVER_2021,
                name -> countries.byName(name).map(Country::iso2),
                ontology.family("outcome"));
        List<Document> inputs = new ArrayList<>();
        for (PloverRecord r : records) {
            inputs.add(Document.of(r.id(), file + "#" + r.id(), "", r.date(), Optional.empty(), r.text()));
        }
        EvalRun run = EvalRun.of(
                sitrep::extract,
                inputs,
                parallel.threads(),
                (result, i) ->
                        scorer.add(records.get(i), result.map(Document::events).orElse(List.of())));
        String title =
                ("PLOVER gold-standard records (%s, OEDA, CAMEO 1.1b3 manual example sentences coded in PLOVER 0.5b1): "
                                + "%d records (DOCUMENT skipped); %d failed; %.1f s (%d threads)%n"
                                + "One sentence per record, published = the record's date (a 2000-01-01 placeholder). Sitrep's PLOVER type comes "
                                + "from its event type (plover.tsv),%nso modes and contexts are not scored. Sitrep produces %s.%n"
                                + "Top event: the most confident event with a PLOVER type, KILL/INJURE only when no other (SubEventPredictor).")
                        .formatted(
                                file.getFileName(),
                                records.size(),
                                run.failed(),
                                run.seconds(),
                                parallel.threads(),
                                producible);
        System.out.print(PloverReport.format(title, scorer, verbose));
        return run.failed() == 0 ? 0 : 1;
    }
}
