package org.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sitrep.countries.Countries;
import org.sitrep.data.WordLists;
import org.sitrep.output.TerminalText;
import org.sitrep.store.EventFilter;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventStore;
import org.sitrep.store.StoreException;
import org.sitrep.store.StoredEvent;
import org.sitrep.store.StoredIncident;
import org.sitrep.store.export.AcledCsv;
import org.sitrep.store.export.EventJson;
import org.sitrep.store.export.EventParquet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sitrep query}: the stored events a filter selects, as a table, ACLED-style CSV, PLOVER-style JSON, GeoJSON
 * or Parquet.
 */
@Command(
        name = "query",
        mixinStandardHelpOptions = true,
        description = "Find stored events by type, actor, country, place, distance, date, words and modality.")
public final class QueryCommand implements Callable<Integer> {
    enum Format {
        table,
        csv,
        json,
        geojson,
        parquet
    }

    @Option(names = "--db", paramLabel = "FILE", description = "The store (default: ${DEFAULT-VALUE}).")
    Path db = Path.of("sitrep.db");

    @Option(
            names = "--type",
            paramLabel = "T",
            split = ",",
            description = "Sitrep type (ATTACK), PLOVER category (ASSAULT) or ACLED type (Battles); repeatable.")
    List<String> types = new ArrayList<>();

    @Option(names = "--actor", paramLabel = "NAME|CODE", description = "An actor code (IRQMIL) or part of a name.")
    String actor;

    @Option(names = "--country", paramLabel = "CC", description = "The event place's ISO 3166 alpha-2 country.")
    String country;

    @Option(names = "--near", paramLabel = "LAT,LON,KM", description = "Events placed within KM of the point.")
    String near;

    @Option(names = "--place", paramLabel = "NAME", description = "The event place's name or its province.")
    String place;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Events on or after this day.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Events on or before this day.")
    LocalDate to;

    @Option(
            names = "--text",
            paramLabel = "WORDS",
            description = "Words that must all occur in the evidence or the article.")
    String text;

    @Option(names = "--modality", paramLabel = "M", description = "asserted, reported, uncertain, negated or future.")
    String modality;

    @Option(
            names = "--incidents",
            description =
                    "List the incidents (events of several articles merged) that hold a matching event; table or json.")
    boolean incidents;

    @Option(names = "--limit", paramLabel = "N", description = "At most N events (default: ${DEFAULT-VALUE}).")
    int limit = EventFilter.DEFAULT_LIMIT;

    @Option(names = "--offset", paramLabel = "N", description = "Skip the first N events (default: ${DEFAULT-VALUE}).")
    int offset = 0;

    @Option(names = "--format", description = "table, csv, json, geojson or parquet (default: ${DEFAULT-VALUE}).")
    Format format = Format.table;

    @Option(
            names = "--out",
            paramLabel = "FILE",
            description = "Write to FILE instead of standard output (parquet needs a file or a redirected output).")
    Path out;

    @Override
    public Integer call() throws IOException {
        EventFilter filter;
        try {
            filter = filter();
        } catch (IllegalArgumentException e) {
            System.err.println("sitrep: " + e.getMessage());
            return 2;
        }
        if (!Files.isRegularFile(db)) {
            System.err.println(
                    "sitrep: no store at " + db + " (make one with `sitrep ingest PATH... --db " + db + "`)");
            return 2;
        }
        if (incidents && (format == Format.csv || format == Format.geojson)) {
            System.err.println("sitrep: --incidents prints a table, json or parquet, not " + format);
            return 2;
        }
        if (format == Format.parquet && out == null && StandardOutput.isTerminal()) {
            System.err.println("sitrep: parquet is binary: give --out FILE or redirect the output to a file");
            return 2;
        }
        if (incidents) {
            return printIncidents(filter);
        }
        List<StoredEvent> events;
        long total;
        try (EventStore store = EventStore.open(db)) {
            EventQuery query = new EventQuery(store);
            events = query.find(filter);
            total = query.count(filter);
        } catch (StoreException e) {
            System.err.println("sitrep: " + e.getMessage());
            return 2;
        }
        try (Output output = Output.open(out)) {
            write(events, output);
        }
        System.err.printf(
                "sitrep: %d of %d events%s%n",
                events.size(),
                total,
                offset + events.size() < total ? " (more with --offset " + (offset + events.size()) + ")" : "");
        return 0;
    }

    private int printIncidents(EventFilter filter) throws IOException {
        List<StoredIncident> found;
        try (EventStore store = EventStore.open(db)) {
            found = new EventQuery(store).incidents(filter);
        } catch (StoreException e) {
            System.err.println("sitrep: " + e.getMessage());
            return 2;
        }
        try (Output output = Output.open(out)) {
            switch (format) {
                case json -> {
                    ObjectMapper mapper = new ObjectMapper();
                    output.text()
                            .println(mapper.writerWithDefaultPrettyPrinter()
                                    .writeValueAsString(new EventJson(mapper, countries()).incidents(found)));
                }
                case parquet -> new EventParquet(countries()).writeIncidents(found, output.file());
                default -> output.text().print(incidentTable(found));
            }
        }
        System.err.printf("sitrep: %d incidents%n", found.size());
        return 0;
    }

    /** One block per incident: when, what, where, how many articles and outlets, then each report and why it joined. */
    static String incidentTable(List<StoredIncident> incidents) {
        StringBuilder b = new StringBuilder();
        for (StoredIncident i : incidents) {
            String days = i.firstDay()
                    .map(f -> i.lastDay()
                            .filter(l -> !l.equals(f))
                            .map(l -> f + ".." + l)
                            .orElse(f))
                    .orElse("-");
            String where = i.place()
                    .map(p -> p + i.country().map(c -> " (" + c + ")").orElse(""))
                    .orElse("-");
            b.append("%-22s %-16s %-28s %d articles, %d sources  [%s]%n"
                    .formatted(safe(days), safe(i.type()), safe(where), i.articles(), i.sources(), safe(i.id())));
            for (StoredIncident.Member m : i.members()) {
                b.append("    %-16s %s%n".formatted(safe(m.type()), safe(m.key())));
                b.append("        \"%s\"%n".formatted(clip(safe(m.evidence()))));
                m.matchedTo()
                        .ifPresent(to -> b.append(
                                "        matched %s (%.2f): %s%n".formatted(safe(to), m.score(), safe(m.reasons()))));
            }
        }
        return b.toString();
    }

    private EventFilter filter() {
        return EventFilter.all()
                .withTypes(types)
                .withActor(Optional.ofNullable(actor))
                .withCountry(Optional.ofNullable(country))
                .withNear(Optional.ofNullable(near).map(EventFilter.Near::parse))
                .withPlace(Optional.ofNullable(place))
                .withDates(Optional.ofNullable(from), Optional.ofNullable(to))
                .withText(Optional.ofNullable(text))
                .withModality(Optional.ofNullable(modality))
                .withPage(limit, offset);
    }

    private void write(List<StoredEvent> events, Output output) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        if (format == Format.parquet) {
            new EventParquet(countries()).writeEvents(events, output.file());
            return;
        }
        PrintStream out = output.text();
        switch (format) {
            case table -> out.print(table(events));
            case csv -> {
                Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                new AcledCsv(countries()).write(events, w);
                w.flush();
            }
            case json ->
                out.println(mapper.writerWithDefaultPrettyPrinter()
                        .writeValueAsString(new EventJson(mapper, countries()).plover(events)));
            case geojson -> out.println(mapper.writeValueAsString(new EventJson(mapper, countries()).geoJson(events)));
            case parquet -> throw new AssertionError("written above");
        }
    }

    private static Countries countries() {
        return Countries.load(WordLists.load());
    }

    private static final int EVIDENCE_WIDTH = 100;

    /** One block per event: the when, what and where line, who did it to whom, and the evidence. */
    static String table(List<StoredEvent> events) {
        StringBuilder b = new StringBuilder();
        for (StoredEvent e : events) {
            String where = e.place()
                    .map(p -> p + e.country().map(c -> " (" + c + ")").orElse(""))
                    .orElse("-");
            b.append("%-10s  %-16s %-28s %-9s [%s]%n"
                    .formatted(
                            safe(e.time().orElse("-")),
                            safe(e.type()),
                            safe(where),
                            safe(e.modality()),
                            safe(e.key())));
            String agents = names(e.inRole("agent"));
            String patients = names(e.inRole("patient"));
            if (!agents.isEmpty() || !patients.isEmpty()) {
                b.append("            %s -> %s%n"
                        .formatted(agents.isEmpty() ? "?" : agents, patients.isEmpty() ? "?" : patients));
            }
            b.append("            \"%s\"%n".formatted(clip(safe(e.evidence()))));
        }
        return b.toString();
    }

    /** The evidence on one line, cut to {@link #EVIDENCE_WIDTH} characters on a code-point boundary. */
    private static String clip(String evidence) {
        String line = evidence.replaceAll("\\s+", " ").strip();
        if (line.length() <= EVIDENCE_WIDTH) {
            return line;
        }
        int cut = Character.isHighSurrogate(line.charAt(EVIDENCE_WIDTH - 1)) ? EVIDENCE_WIDTH - 1 : EVIDENCE_WIDTH;
        return line.substring(0, cut) + "…";
    }

    /** Article text is untrusted: no control character or bidi override reaches the terminal. */
    private static String safe(String s) {
        return TerminalText.safe(s);
    }

    private static String names(List<StoredEvent.Participant> in) {
        return String.join(
                ", ", in.stream().map(StoredEvent.Participant::name).distinct().toList());
    }
}
