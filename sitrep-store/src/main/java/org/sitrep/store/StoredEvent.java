package org.sitrep.store;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * One event as the store holds it, with its article's headline and source, for listings and exports.
 * Offsets index the article's body, as in the JSON record; {@code fatalities} is the number killed when the
 * evidence sentence gives one.
 */
public record StoredEvent(
        String articleId,
        String headline,
        String source,
        Optional<String> published,
        String id,
        String type,
        String trigger,
        int triggerStart,
        int triggerEnd,
        Optional<String> time,
        Optional<String> timePrecision,
        Optional<String> firstDay,
        Optional<String> lastDay,
        Optional<String> place,
        Optional<String> country,
        Optional<String> admin1,
        Optional<Double> lat,
        Optional<Double> lon,
        Optional<String> geoPrecision,
        String modality,
        double confidence,
        String evidence,
        int evidenceStart,
        int evidenceEnd,
        Optional<String> cameo,
        Optional<String> plover,
        Optional<String> ploverMode,
        Optional<String> acled,
        Optional<String> acledSub,
        Optional<Long> fatalities,
        List<Participant> arguments) {
    public StoredEvent {
        requireNonNull(articleId, "articleId is null");
        requireNonNull(id, "id is null");
        arguments = List.copyOf(arguments);
    }

    /** An argument of the event with its actor coding when it has one. */
    public record Participant(
            String role,
            String text,
            int start,
            int end,
            Optional<String> entityName,
            Optional<String> actorCode,
            Optional<String> actorCountry,
            Optional<String> actorSector,
            Optional<Integer> acledType) {
        /** The entity's name when the argument names one, else the text ("Islamic State" for "its fighters"). */
        public String name() {
            return entityName.orElse(text);
        }
    }

    /** The participants in one role, in text order. */
    public List<Participant> inRole(String role) {
        return arguments.stream().filter(a -> a.role().equals(role)).toList();
    }

    /** "article-id/V3": the event's id across the store. */
    public String key() {
        return articleId + "/" + id;
    }
}
