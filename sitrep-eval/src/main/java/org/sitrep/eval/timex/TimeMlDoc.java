package org.sitrep.eval.timex;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;

/**
 * One TimeML document as scored: its id, creation time (the DCT, given to Sitrep as the publication
 * date), the text of {@code <TEXT>} with the tags removed, its TIMEX3 (the DCT not among them) and the
 * gold times of its events that a TLINK puts in a DATE.
 */
public record TimeMlDoc(
        String id, LocalDate dct, String text, List<TimexSpan> timexes, List<GoldEventTime> eventTimes) {
    public TimeMlDoc {
        requireNonNull(id, "id is null");
        requireNonNull(dct, "dct is null");
        requireNonNull(text, "text is null");
        timexes = List.copyOf(timexes);
        eventTimes = List.copyOf(eventTimes);
        for (TimexSpan t : timexes) {
            if (t.end() > text.length()) {
                throw new IllegalArgumentException("TIMEX3 %s ends after the text of %s".formatted(t, id));
            }
        }
    }
}
