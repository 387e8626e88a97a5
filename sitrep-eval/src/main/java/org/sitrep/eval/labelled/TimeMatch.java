package org.sitrep.eval.labelled;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.sitrep.model.DayRange;

/** How a system's time value compares with a labelled event's accepted times. */
public enum TimeMatch {
    /** One of the accepted values, or a day inside an accepted interval. */
    EXACT,
    /** Not exact, but the days the two cover overlap ("2019-10" against "2019-10-02"). */
    COMPATIBLE,
    WRONG;

    public static TimeMatch of(List<String> accepted, String value) {
        Optional<DayRange> days = DayRange.of(value);
        boolean overlaps = false;
        for (String gold : accepted) {
            if (gold.equals(value)) {
                return EXACT;
            }
            Optional<DayRange> goldDays = days(gold);
            if (goldDays.isEmpty() || days.isEmpty()) {
                continue;
            }
            DayRange g = goldDays.get();
            DayRange d = days.get();
            if (gold.contains("/")
                    && d.first().equals(d.last())
                    && !d.first().isBefore(g.first())
                    && !d.last().isAfter(g.last())) {
                return EXACT;
            }
            overlaps |= !d.last().isBefore(g.first()) && !g.last().isBefore(d.first());
        }
        return overlaps ? COMPATIBLE : WRONG;
    }

    /** The days a gold value covers: a TIMEX3 value, or an interval "2019-09-30/2019-10-02". */
    static Optional<DayRange> days(String gold) {
        int slash = gold.indexOf('/');
        if (slash < 0) {
            return DayRange.of(gold);
        }
        Optional<DayRange> from = DayRange.of(gold.substring(0, slash));
        Optional<DayRange> to = DayRange.of(gold.substring(slash + 1));
        if (from.isEmpty() || to.isEmpty()) {
            return Optional.empty();
        }
        LocalDate first = from.get().first();
        LocalDate last = to.get().last();
        return last.isBefore(first) ? Optional.empty() : Optional.of(new DayRange(first, last));
    }
}
