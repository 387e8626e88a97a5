package org.sitrep.model;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * Where an event happened: the place name in the text, its country (ISO 3166-1 alpha-2) when known,
 * the rule that chose it ("syntax", "sentence", "conjunct", "during", "dateline"), so a reader can
 * see why, and its geocode once resolved in the gazetteer.
 */
public record EventPlace(CharSpan span, String name, Optional<String> country, String rule, Optional<Geocode> geocode) {
    public EventPlace {
        requireNonNull(span, "span is null");
        requireNonNull(name, "name is null");
        requireNonNull(country, "country is null");
        requireNonNull(rule, "rule is null");
        requireNonNull(geocode, "geocode is null");
    }

    /** A place not yet geocoded. */
    public EventPlace(CharSpan span, String name, Optional<String> country, String rule) {
        this(span, name, country, rule, Optional.empty());
    }

    /** The same place under another rule ("during the raid" takes the raid's place). */
    public EventPlace withRule(String value) {
        return new EventPlace(span, name, country, value, geocode);
    }

    public EventPlace geocoded(CharSpan phrase, String phraseName, Geocode code) {
        return new EventPlace(phrase, phraseName, Optional.of(code.country()), rule, Optional.of(code));
    }
}
