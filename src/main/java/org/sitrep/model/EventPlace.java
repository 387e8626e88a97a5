package org.sitrep.model;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * Where an event happened: the place name in the text, its country (ISO 3166-1 alpha-2) when known,
 * and the rule that chose it ("syntax", "sentence", "context", "dateline"), so a reader can see why.
 */
public record EventPlace(CharSpan span, String name, Optional<String> country, String rule) {
    public EventPlace {
        requireNonNull(span, "span is null");
        requireNonNull(name, "name is null");
        requireNonNull(country, "country is null");
        requireNonNull(rule, "rule is null");
    }
}
