package org.sitrep.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.sitrep.model.ActorCoding;
import org.sitrep.model.Argument;
import org.sitrep.model.CharSpan;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.EventCodes;
import org.sitrep.model.EventMention;
import org.sitrep.model.EventPlace;
import org.sitrep.model.EventTime;
import org.sitrep.model.Geocode;
import org.sitrep.model.Modality;
import org.sitrep.model.Precision;
import org.sitrep.model.Role;
import org.sitrep.model.Specificity;
import org.sitrep.model.TimeValue;

/** Hand-built extracted documents for store tests: events placed, dated and coded without the pipeline. */
final class Articles {
    private Articles() {}

    static Document article(
            String id, String source, String headline, LocalDate published, String text, Event... events) {
        return Document.of(id, source, headline, Optional.ofNullable(published), Optional.empty(), text)
                .withEvents(List.of(events));
    }

    static Geocode town(String name, double lat, double lon, String country, String admin1) {
        return new Geocode(1, name, lat, lon, country, admin1, "P", "town", "test", 1.0);
    }

    /**
     * An event whose trigger, place and arguments are the first occurrences of the given words in {@code text}.
     *
     * @param time a TIMEX3 value ("2017-03-11", "2017-03") or null for none
     */
    static Event event(
            String text,
            String id,
            String type,
            String trigger,
            String place,
            Geocode geo,
            String time,
            Modality modality,
            Argument... arguments) {
        Optional<EventPlace> eventPlace = place == null
                ? Optional.empty()
                : Optional.of(new EventPlace(
                        span(text, place), place, Optional.of(geo.country()), "syntax", Optional.of(geo)));
        Optional<EventTime> eventTime = time == null
                ? Optional.empty()
                : Optional.of(new EventTime(
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of(TimeValue.of(time, precision(time))),
                        "published"));
        CharSpan t = span(text, trigger);
        return new Event(
                id,
                type,
                List.of(new EventMention(t, trigger, 0)),
                List.of(arguments),
                eventPlace,
                eventTime,
                modality,
                Specificity.SPECIFIC,
                0.9,
                new CharSpan(0, text.length()),
                Optional.of(new EventCodes(
                        Optional.of("190"), Optional.of("ASSAULT"), Optional.empty(), "Battles", "Armed clash")),
                Optional.empty());
    }

    static Argument argument(String text, Role role, String phrase, String actorCode, String country) {
        Argument a = new Argument(role, span(text, phrase), phrase, Optional.empty());
        return actorCode == null
                ? a
                : a.withActor(new ActorCoding(actorCode, Optional.ofNullable(country), "MIL", 1, "test"));
    }

    private static Precision precision(String value) {
        if (value.contains("W")) {
            return Precision.WEEK;
        }
        return switch (value.length()) {
            case 10 -> Precision.DAY;
            case 7 -> Precision.MONTH;
            default -> Precision.YEAR;
        };
    }

    static CharSpan span(String text, String phrase) {
        int at = text.indexOf(phrase);
        if (at < 0) {
            throw new IllegalArgumentException("'" + phrase + "' is not in the text");
        }
        return new CharSpan(at, at + phrase.length());
    }
}
