package org.sitrep.store.export;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.sitrep.countries.Countries;
import org.sitrep.countries.Country;
import org.sitrep.store.StoredEvent;
import org.sitrep.store.StoredIncident;

/**
 * The columns of the flat exports (CSV and Parquet), defined once: for events ACLED's column names then
 * Sitrep's own, for incidents one row per reporting event with the incident's fields repeated. Actor 1 is the
 * first agent and actor 2 the first patient (named by their entity when they have one), other agents and
 * patients are the associated actors, {@code inter} is the ACLED actor type, and the notes are the evidence
 * sentence with its offsets in Sitrep's columns.
 */
final class EventColumns {
    private EventColumns() {}

    static List<Column<StoredEvent>> events(Countries countries) {
        return List.of(
                text("event_id_cnty", e -> Optional.of(e.key())),
                date("event_date", e -> day(e.firstDay())),
                integer("year", e -> day(e.firstDay()).map(d -> (long) d.getYear())),
                integer("time_precision", e -> timePrecision(e.timePrecision())),
                text("event_type", StoredEvent::acled),
                text("sub_event_type", StoredEvent::acledSub),
                text("actor1", e -> first(e.inRole("agent"))),
                text("assoc_actor_1", e -> rest(e.inRole("agent"))),
                integer("inter1", e -> inter(e.inRole("agent"))),
                text("actor2", e -> first(e.inRole("patient"))),
                text("assoc_actor_2", e -> rest(e.inRole("patient"))),
                integer("inter2", e -> inter(e.inRole("patient"))),
                text("country_iso2", StoredEvent::country),
                text("country", e -> e.country().flatMap(countries::byIso2).map(Country::name)),
                text("admin1", StoredEvent::admin1),
                text("location", StoredEvent::place),
                real("latitude", StoredEvent::lat),
                real("longitude", StoredEvent::lon),
                integer("geo_precision", e -> geoPrecision(e.geoPrecision())),
                text("source", e -> Optional.of(e.source())),
                text("notes", e -> Optional.of(e.evidence())),
                integer("fatalities", StoredEvent::fatalities),
                text("sitrep_type", e -> Optional.of(e.type())),
                text("trigger", e -> Optional.of(e.trigger())),
                text("modality", e -> Optional.of(e.modality())),
                real("confidence", e -> Optional.of(e.confidence())),
                text("cameo", StoredEvent::cameo),
                text("plover", StoredEvent::plover),
                text("article_id", e -> Optional.of(e.articleId())),
                text("event_id", e -> Optional.of(e.id())),
                integer("evidence_start", e -> Optional.of((long) e.evidenceStart())),
                integer("evidence_end", e -> Optional.of((long) e.evidenceEnd())),
                text("time_value", StoredEvent::time));
    }

    /** An incident's row for one of its members: the fields of the JSON export's incident, then the member's. */
    record IncidentMember(StoredIncident incident, StoredIncident.Member member) {
        static List<IncidentMember> of(List<StoredIncident> incidents) {
            return incidents.stream()
                    .flatMap(i -> i.members().stream().map(m -> new IncidentMember(i, m)))
                    .toList();
        }
    }

    static List<Column<IncidentMember>> incidentMembers() {
        return List.of(
                text("incident_id", r -> Optional.of(r.incident().id())),
                text("type", r -> Optional.of(r.incident().type())),
                date("first_day", r -> day(r.incident().firstDay())),
                date("last_day", r -> day(r.incident().lastDay())),
                text("place", r -> r.incident().place()),
                text("country_iso2", r -> r.incident().country()),
                text("admin1", r -> r.incident().admin1()),
                real("latitude", r -> r.incident().lat()),
                real("longitude", r -> r.incident().lon()),
                integer("articles", r -> Optional.of(r.incident().articles())),
                integer("sources", r -> Optional.of(r.incident().sources())),
                text("event", r -> Optional.of(r.member().key())),
                text("event_type", r -> Optional.of(r.member().type())),
                text("headline", r -> Optional.of(r.member().headline())),
                text("source", r -> Optional.of(r.member().source())),
                text("evidence", r -> Optional.of(r.member().evidence())),
                text("matched_to", r -> r.member().matchedTo()),
                real("score", r -> Optional.of(r.member().score())),
                text("reasons", r -> Optional.of(r.member().reasons())));
    }

    /** An ISO day ("2024-05-01"); anything else (a store written by a future version) is left empty, not guessed. */
    private static Optional<LocalDate> day(Optional<String> iso) {
        try {
            return iso.map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** ACLED's time precision: 1 the day is known, 2 the week, 3 only the month or longer. */
    static Optional<Long> timePrecision(Optional<String> precision) {
        return precision.map(p -> switch (p) {
            case "day" -> 1L;
            case "week" -> 2L;
            default -> 3L;
        });
    }

    /** ACLED's geo precision: 1 the town, 2 near a town or a part of a region, 3 a province or country. */
    static Optional<Long> geoPrecision(Optional<String> precision) {
        return precision.map(p -> switch (p) {
            case "town" -> 1L;
            case "region" -> 2L;
            default -> 3L;
        });
    }

    private static Optional<String> first(List<StoredEvent.Participant> in) {
        return in.stream().findFirst().map(StoredEvent.Participant::name);
    }

    private static Optional<String> rest(List<StoredEvent.Participant> in) {
        String rest = in.stream()
                .skip(1)
                .map(StoredEvent.Participant::name)
                .distinct()
                .collect(Collectors.joining("; "));
        return rest.isEmpty() ? Optional.empty() : Optional.of(rest);
    }

    private static Optional<Long> inter(List<StoredEvent.Participant> in) {
        return in.stream()
                .findFirst()
                .flatMap(StoredEvent.Participant::acledType)
                .map(Integer::longValue);
    }

    private static <T> Column<T> text(String name, java.util.function.Function<T, Optional<String>> f) {
        return new Column<>(name, Column.Kind.TEXT, f::apply);
    }

    private static <T> Column<T> integer(String name, java.util.function.Function<T, Optional<Long>> f) {
        return new Column<>(name, Column.Kind.INTEGER, f::apply);
    }

    private static <T> Column<T> real(String name, java.util.function.Function<T, Optional<Double>> f) {
        return new Column<>(name, Column.Kind.DOUBLE, f::apply);
    }

    private static <T> Column<T> date(String name, java.util.function.Function<T, Optional<LocalDate>> f) {
        return new Column<>(name, Column.Kind.DATE, f::apply);
    }
}
