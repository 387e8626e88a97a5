package org.sitrep.store.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.sitrep.countries.Countries;
import org.sitrep.store.StoredEvent;

/**
 * Events as CSV with ACLED's column names, so that a researcher's ACLED scripts load them unchanged; Sitrep's
 * own fields follow. Actor 1 is the first agent and actor 2 the first patient (named by their entity when they
 * have one), other agents and patients are the associated actors, {@code inter} is the ACLED actor type, and
 * the notes are the evidence sentence with its offsets in Sitrep's columns.
 */
public final class AcledCsv {
    public static final List<String> HEADER = List.of(
            "event_id_cnty",
            "event_date",
            "year",
            "time_precision",
            "event_type",
            "sub_event_type",
            "actor1",
            "assoc_actor_1",
            "inter1",
            "actor2",
            "assoc_actor_2",
            "inter2",
            "country_iso2",
            "country",
            "admin1",
            "location",
            "latitude",
            "longitude",
            "geo_precision",
            "source",
            "notes",
            "sitrep_type",
            "trigger",
            "modality",
            "confidence",
            "cameo",
            "plover",
            "article_id",
            "event_id",
            "evidence_start",
            "evidence_end",
            "time_value");

    private final Countries countries;

    public AcledCsv(Countries countries) {
        this.countries = countries;
    }

    public void write(List<StoredEvent> events, Writer out) throws IOException {
        CSVPrinter csv = new CSVPrinter(
                out,
                CSVFormat.RFC4180
                        .builder()
                        .setHeader(HEADER.toArray(String[]::new))
                        .get());
        for (StoredEvent e : events) {
            List<StoredEvent.Participant> agents = e.inRole("agent");
            List<StoredEvent.Participant> patients = e.inRole("patient");
            csv.printRecord(
                    e.key(),
                    e.firstDay().orElse(""),
                    e.firstDay().map(d -> d.substring(0, 4)).orElse(""),
                    timePrecision(e.timePrecision()),
                    e.acled().orElse(""),
                    e.acledSub().orElse(""),
                    first(agents),
                    rest(agents),
                    inter(agents),
                    first(patients),
                    rest(patients),
                    inter(patients),
                    e.country().orElse(""),
                    e.country().flatMap(countries::byIso2).map(c -> c.name()).orElse(""),
                    e.admin1().orElse(""),
                    e.place().orElse(""),
                    e.lat().map(String::valueOf).orElse(""),
                    e.lon().map(String::valueOf).orElse(""),
                    geoPrecision(e.geoPrecision()),
                    e.source(),
                    e.evidence(),
                    e.type(),
                    e.trigger(),
                    e.modality(),
                    e.confidence(),
                    e.cameo().orElse(""),
                    e.plover().orElse(""),
                    e.articleId(),
                    e.id(),
                    e.evidenceStart(),
                    e.evidenceEnd(),
                    e.time().orElse(""));
        }
        csv.flush();
    }

    /** ACLED's time precision: 1 the day is known, 2 the week, 3 only the month or longer. */
    static String timePrecision(Optional<String> precision) {
        return precision
                .map(p -> switch (p) {
                    case "day" -> "1";
                    case "week" -> "2";
                    default -> "3";
                })
                .orElse("");
    }

    /** ACLED's geo precision: 1 the town, 2 near a town or a part of a region, 3 a province or country. */
    static String geoPrecision(Optional<String> precision) {
        return precision
                .map(p -> switch (p) {
                    case "town" -> "1";
                    case "region" -> "2";
                    default -> "3";
                })
                .orElse("");
    }

    private static String first(List<StoredEvent.Participant> in) {
        return in.isEmpty() ? "" : in.get(0).name();
    }

    private static String rest(List<StoredEvent.Participant> in) {
        return in.stream().skip(1).map(StoredEvent.Participant::name).distinct().collect(Collectors.joining("; "));
    }

    private static String inter(List<StoredEvent.Participant> in) {
        return in.isEmpty() ? "" : in.get(0).acledType().map(String::valueOf).orElse("");
    }
}
