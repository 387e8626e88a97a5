package org.sitrep.incidents;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.LatLon;

/**
 * One event of one article as incident merging sees it: its type, the days its time covers, its place and
 * the actors on each side. Built by whoever holds events (the store, a Spark job) from the same fields.
 *
 * @param key        the event's id across a corpus ("article-id/V3")
 * @param articleId  the article that reports it: events of one article are never merged with each other
 * @param outlet     who published it (a URL's host), or the article id when unknown: sources are counted by it
 * @param firstDay   the first day its time covers, empty when it has none
 * @param lastDay    the last day, empty exactly when {@code firstDay} is
 * @param place      its place's name as the article writes it, when it has a place
 * @param point      its place's coordinates, when geocoded
 * @param precision  the place's precision ("town", "region", "province", "country"), empty without a place
 * @param agents     who acted
 * @param patients   who or what was acted on
 */
public record IncidentMention(
        String key,
        String articleId,
        String outlet,
        String type,
        Optional<LocalDate> firstDay,
        Optional<LocalDate> lastDay,
        Optional<String> place,
        Optional<LatLon> point,
        Optional<String> precision,
        Optional<String> country,
        Optional<String> admin1,
        Actors agents,
        Actors patients) {
    public IncidentMention {
        requireNonNull(key, "key is null");
        requireNonNull(articleId, "articleId is null");
        requireNonNull(outlet, "outlet is null");
        requireNonNull(type, "type is null");
        requireNonNull(place, "place is null");
        requireNonNull(point, "point is null");
        requireNonNull(precision, "precision is null");
        requireNonNull(country, "country is null");
        requireNonNull(admin1, "admin1 is null");
        requireNonNull(agents, "agents is null");
        requireNonNull(patients, "patients is null");
        if (firstDay.isPresent() != lastDay.isPresent()) {
            throw new IllegalArgumentException("event %s has a first day without a last or the reverse".formatted(key));
        }
        if (firstDay.isPresent() && lastDay.get().isBefore(firstDay.get())) {
            throw new IllegalArgumentException("event %s ends before it starts".formatted(key));
        }
    }

    /** One side of an event: the actor codes of its coded participants and the names of all (lower case). */
    public record Actors(Set<String> codes, Set<String> names) {
        public static final Actors NONE = new Actors(Set.of(), Set.of());

        public Actors {
            codes = Set.copyOf(codes);
            names = Set.copyOf(names);
        }
    }

    /** Days its time covers, 1 for a day, 7 for a week; 0 without a time. */
    long days() {
        return firstDay.map(f -> lastDay.get().toEpochDay() - f.toEpochDay() + 1)
                .orElse(0L);
    }
}
