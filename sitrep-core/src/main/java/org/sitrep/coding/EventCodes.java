package org.sitrep.coding;

import static java.util.Objects.requireNonNull;

/**
 * The codes of one Sitrep event type in the schemes analysts use: a CAMEO event code ("190", "0841"),
 * a PLOVER event type and mode, an ACLED event type and sub-event type. {@code cameo} is empty
 * when CAMEO has no code (natural disasters, accidents, crime), {@code plover} and {@code ploverMode}
 * when PLOVER has no category or the type determines no mode; the ACLED fields are never empty. Rows and reasons: {@code src/main/resources/org/sitrep/coding/*.tsv}.
 */
public record EventCodes(String cameo, String plover, String ploverMode, String acledEvent, String acledSubEvent) {
    public EventCodes {
        requireNonNull(cameo, "cameo is null");
        requireNonNull(plover, "plover is null");
        requireNonNull(ploverMode, "ploverMode is null");
        requireNonNull(acledEvent, "acledEvent is null");
        requireNonNull(acledSubEvent, "acledSubEvent is null");
        if (acledEvent.isEmpty() || acledSubEvent.isEmpty()) {
            throw new IllegalArgumentException("ACLED codes must not be empty, got '%s / %s'".formatted(acledEvent, acledSubEvent));
        }
        if (plover.isEmpty() && !ploverMode.isEmpty()) {
            throw new IllegalArgumentException("PLOVER mode '" + ploverMode + "' without a PLOVER type");
        }
    }
}
