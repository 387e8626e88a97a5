package org.sitrep.model;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * An event in the coding schemes analysts use: a CAMEO event code ("190", "0841"), a PLOVER event
 * type and mode, an ACLED event type and sub-event type. {@code cameo} is empty when CAMEO has no
 * code (natural disasters, accidents, crime), {@code plover} when PLOVER has no category (statements,
 * events without a political actor), {@code ploverMode} when the type determines no mode; ACLED
 * always has a pair (its residual is "Strategic developments / Other"). Filled by the {@code coding}
 * stage (org.sitrep.coding), whose tables give a reason for every row.
 */
public record EventCodes(
        Optional<String> cameo,
        Optional<String> plover,
        Optional<String> ploverMode,
        String acledEvent,
        String acledSubEvent) {
    public EventCodes {
        requireNonNull(cameo, "cameo is null");
        requireNonNull(plover, "plover is null");
        requireNonNull(ploverMode, "ploverMode is null");
        requireNonNull(acledEvent, "acledEvent is null");
        requireNonNull(acledSubEvent, "acledSubEvent is null");
        // "no code" is an empty Optional, never an empty string: the JSON writer maps one to null
        if (cameo.filter(String::isEmpty).isPresent()
                || plover.filter(String::isEmpty).isPresent()
                || ploverMode.filter(String::isEmpty).isPresent()) {
            throw new IllegalArgumentException(
                    "codes must not be empty strings (use Optional.empty() for none), got %s / %s / %s"
                            .formatted(cameo, plover, ploverMode));
        }
        if (acledEvent.isEmpty() || acledSubEvent.isEmpty()) {
            throw new IllegalArgumentException(
                    "ACLED codes must not be empty, got '%s / %s'".formatted(acledEvent, acledSubEvent));
        }
        if (plover.isEmpty() && ploverMode.isPresent()) {
            throw new IllegalArgumentException("PLOVER mode '" + ploverMode.get() + "' without a PLOVER type");
        }
    }

    /** The same codes with another ACLED pair: the refinements of an event's participants and wording. */
    public EventCodes withAcled(String event, String subEvent) {
        return new EventCodes(cameo, plover, ploverMode, event, subEvent);
    }
}
