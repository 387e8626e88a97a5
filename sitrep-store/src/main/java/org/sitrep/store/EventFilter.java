package org.sitrep.store;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which stored events a query wants; every part optional, all given parts must hold. Built by the command
 * line and the HTTP API from user input, so every value is checked here with a message that names it.
 *
 * @param types    Sitrep types, PLOVER categories, ACLED event or sub-event types (any of them, case ignored)
 * @param actor    an actor's code ("INS", "IRQGOV") or a name or part of one, in any participant
 * @param country  the event place's ISO 3166-1 alpha-2 country
 * @param near     within a distance of a point
 * @param place    the event place's name or its first-level division, case ignored
 * @param from     events whose time reaches this day or later
 * @param to       events whose time starts this day or earlier
 * @param text     words that must all occur in the evidence sentence or the article (full-text search)
 * @param modality asserted, reported, uncertain, negated or future
 * @param limit    at most this many events, after {@code offset} skipped (sorted by time, newest first)
 */
public record EventFilter(
        List<String> types,
        Optional<String> actor,
        Optional<String> country,
        Optional<Near> near,
        Optional<String> place,
        Optional<LocalDate> from,
        Optional<LocalDate> to,
        Optional<String> text,
        Optional<String> modality,
        int limit,
        int offset) {
    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 100_000;
    private static final List<String> MODALITIES = List.of("asserted", "reported", "uncertain", "negated", "future");

    public EventFilter {
        types = List.copyOf(types);
        requireNonNull(actor, "actor is null");
        requireNonNull(country, "country is null");
        requireNonNull(near, "near is null");
        requireNonNull(place, "place is null");
        requireNonNull(from, "from is null");
        requireNonNull(to, "to is null");
        requireNonNull(text, "text is null");
        requireNonNull(modality, "modality is null");
        for (String t : types) {
            if (t.isBlank()) {
                throw new IllegalArgumentException("an event type must not be blank");
            }
        }
        actor.filter(String::isBlank).ifPresent(a -> {
            throw new IllegalArgumentException("the actor must not be blank");
        });
        country.filter(c -> !c.matches("[A-Za-z]{2}")).ifPresent(c -> {
            throw new IllegalArgumentException("the country must be a two-letter ISO code such as IQ, got '" + c + "'");
        });
        country = country.map(c -> c.toUpperCase(Locale.ROOT));
        place.filter(String::isBlank).ifPresent(p -> {
            throw new IllegalArgumentException("the place must not be blank");
        });
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            throw new IllegalArgumentException(
                    "the date range ends (%s) before it starts (%s)".formatted(to.get(), from.get()));
        }
        text.filter(t -> Search.words(t).isEmpty()).ifPresent(t -> {
            throw new IllegalArgumentException("the search text has no words to look for: '" + t + "'");
        });
        modality = modality.map(m -> m.toLowerCase(Locale.ROOT));
        modality.filter(m -> !MODALITIES.contains(m)).ifPresent(m -> {
            throw new IllegalArgumentException(
                    "the modality must be one of " + String.join(", ", MODALITIES) + ", got '" + m + "'");
        });
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException(
                    "the limit must be between 1 and %d, got %d".formatted(MAX_LIMIT, limit));
        }
        if (offset < 0) {
            throw new IllegalArgumentException("the offset must not be negative, got " + offset);
        }
    }

    /** Every event, newest first, {@link #DEFAULT_LIMIT} at a time. */
    public static EventFilter all() {
        return new EventFilter(
                List.of(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                DEFAULT_LIMIT,
                0);
    }

    /** A circle on the earth: events placed within {@code km} of the point. */
    public record Near(double lat, double lon, double km) {
        public Near {
            if (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) {
                throw new IllegalArgumentException(
                        "the point must be a latitude in [-90, 90] and a longitude in [-180, 180], got %s,%s"
                                .formatted(lat, lon));
            }
            if (!(km > 0 && km <= 20_040)) {
                throw new IllegalArgumentException("the distance must be more than 0 and at most 20040 km, got " + km);
            }
        }

        /** Reads "LAT,LON,KM" ("36.3,42.4,50"). */
        public static Near parse(String s) {
            String[] parts = s.split(",");
            if (parts.length != 3) {
                throw new IllegalArgumentException("expected LAT,LON,KM such as 36.3,42.4,50, got '" + s + "'");
            }
            try {
                return new Near(
                        Double.parseDouble(parts[0].strip()),
                        Double.parseDouble(parts[1].strip()),
                        Double.parseDouble(parts[2].strip()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(
                        "expected LAT,LON,KM as numbers such as 36.3,42.4,50, got '" + s + "'");
            }
        }
    }

    public EventFilter withTypes(List<String> value) {
        return new EventFilter(value, actor, country, near, place, from, to, text, modality, limit, offset);
    }

    public EventFilter withActor(Optional<String> value) {
        return new EventFilter(types, value, country, near, place, from, to, text, modality, limit, offset);
    }

    public EventFilter withCountry(Optional<String> value) {
        return new EventFilter(types, actor, value, near, place, from, to, text, modality, limit, offset);
    }

    public EventFilter withNear(Optional<Near> value) {
        return new EventFilter(types, actor, country, value, place, from, to, text, modality, limit, offset);
    }

    public EventFilter withPlace(Optional<String> value) {
        return new EventFilter(types, actor, country, near, value, from, to, text, modality, limit, offset);
    }

    public EventFilter withDates(Optional<LocalDate> first, Optional<LocalDate> last) {
        return new EventFilter(types, actor, country, near, place, first, last, text, modality, limit, offset);
    }

    public EventFilter withText(Optional<String> value) {
        return new EventFilter(types, actor, country, near, place, from, to, value, modality, limit, offset);
    }

    public EventFilter withModality(Optional<String> value) {
        return new EventFilter(types, actor, country, near, place, from, to, text, value, limit, offset);
    }

    public EventFilter withPage(int newLimit, int newOffset) {
        return new EventFilter(types, actor, country, near, place, from, to, text, modality, newLimit, newOffset);
    }
}
