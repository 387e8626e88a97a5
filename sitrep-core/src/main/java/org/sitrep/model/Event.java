package org.sitrep.model;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * One real-world event reported by the article, with all the mentions that report it. The first
 * mention is the trigger; {@code evidence} is the span of the sentence that states it; {@code codes}
 * its CAMEO, PLOVER and ACLED codes, and {@code fatalities} the number killed when its sentence gives one, both
 * empty until the coding stage has run. {@code specificity} tells a specific occurrence from a generic, habitual
 * or hypothetical statement.
 */
public record Event(
        String id,
        String type,
        List<EventMention> mentions,
        List<Argument> arguments,
        Optional<EventPlace> place,
        Optional<EventTime> time,
        Modality modality,
        Specificity specificity,
        double confidence,
        CharSpan evidence,
        Optional<EventCodes> codes,
        Optional<Fatalities> fatalities) {
    public Event {
        requireNonNull(id, "id is null");
        requireNonNull(type, "type is null");
        mentions = List.copyOf(mentions);
        arguments = List.copyOf(arguments);
        requireNonNull(place, "place is null");
        requireNonNull(time, "time is null");
        requireNonNull(modality, "modality is null");
        requireNonNull(specificity, "specificity is null");
        requireNonNull(evidence, "evidence is null");
        requireNonNull(codes, "codes is null");
        requireNonNull(fatalities, "fatalities is null");
        if (mentions.isEmpty()) {
            throw new IllegalArgumentException("event " + id + " has no mentions");
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException(
                    "confidence of event %s is %s, expected [0,1]".formatted(id, confidence));
        }
    }

    /** An event as found, before it is coded: coding needs its participants' actors, which come later. */
    public Event(
            String id,
            String type,
            List<EventMention> mentions,
            List<Argument> arguments,
            Optional<EventPlace> place,
            Optional<EventTime> time,
            Modality modality,
            Specificity specificity,
            double confidence,
            CharSpan evidence) {
        this(
                id,
                type,
                mentions,
                arguments,
                place,
                time,
                modality,
                specificity,
                confidence,
                evidence,
                Optional.empty(),
                Optional.empty());
    }

    /** A specific event as found, before it is coded. */
    public Event(
            String id,
            String type,
            List<EventMention> mentions,
            List<Argument> arguments,
            Optional<EventPlace> place,
            Optional<EventTime> time,
            Modality modality,
            double confidence,
            CharSpan evidence) {
        this(id, type, mentions, arguments, place, time, modality, Specificity.SPECIFIC, confidence, evidence);
    }

    public Event withPlace(Optional<EventPlace> value) {
        return new Event(
                id,
                type,
                mentions,
                arguments,
                value,
                time,
                modality,
                specificity,
                confidence,
                evidence,
                codes,
                fatalities);
    }

    public Event withArguments(List<Argument> value) {
        return new Event(
                id, type, mentions, value, place, time, modality, specificity, confidence, evidence, codes, fatalities);
    }

    public Event withCodes(EventCodes value) {
        return new Event(
                id,
                type,
                mentions,
                arguments,
                place,
                time,
                modality,
                specificity,
                confidence,
                evidence,
                Optional.of(value),
                fatalities);
    }

    public Event withFatalities(Optional<Fatalities> value) {
        return new Event(
                id, type, mentions, arguments, place, time, modality, specificity, confidence, evidence, codes, value);
    }

    public EventMention trigger() {
        return mentions.get(0);
    }
}
