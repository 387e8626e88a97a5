package org.sitrep.coding;

import static java.util.Objects.requireNonNull;

/**
 * The codes of one Sitrep event type in the schemes analysts use: a CAMEO event code ("190", "0841"),
 * a PLOVER event type and mode, an ACLED event type and sub-event type. {@code plover} and
 * {@code ploverMode} are empty when PLOVER has no category or the type determines no mode; the
 * others are never empty. Rows and reasons: {@code src/main/resources/org/sitrep/coding/*.tsv}.
 */
public record EventCodes(String cameo, String plover, String ploverMode, String acledEvent, String acledSubEvent) {
    public EventCodes {
        requireNonNull(cameo, "cameo is null");
        requireNonNull(plover, "plover is null");
        requireNonNull(ploverMode, "ploverMode is null");
        requireNonNull(acledEvent, "acledEvent is null");
        requireNonNull(acledSubEvent, "acledSubEvent is null");
        if (cameo.isEmpty() || acledEvent.isEmpty() || acledSubEvent.isEmpty()) {
            throw new IllegalArgumentException("CAMEO and ACLED codes must not be empty, got cameo='%s' acled='%s / %s'"
                    .formatted(cameo, acledEvent, acledSubEvent));
        }
        if (plover.isEmpty() && !ploverMode.isEmpty()) {
            throw new IllegalArgumentException("PLOVER mode '" + ploverMode + "' without a PLOVER type");
        }
    }
}
