package org.sitrep.eval.labelled;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.sitrep.model.CharSpan;

/**
 * One event of a labelled article: every trigger naming it (offsets into the article's file), its type, the places
 * and times a careful reader accepts (alternatives; empty when the article does not say).
 *
 * @param times TIMEX3 values ("2019-10-02", "2021-06", "2024-W10") or day intervals ("2019-09-30/2019-10-02")
 */
public record GoldEvent(int id, String type, List<CharSpan> triggers, List<GoldPlace> places, List<String> times) {
    public GoldEvent {
        requireNonNull(type, "type is null");
        triggers = List.copyOf(triggers);
        places = List.copyOf(places);
        times = List.copyOf(times);
        if (triggers.isEmpty()) {
            throw new IllegalArgumentException("event " + id + " has no trigger");
        }
    }
}
