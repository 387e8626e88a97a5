package org.sitrep.time;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.sitrep.model.TimeMention;
import org.sitrep.model.Timex;

/**
 * A month or a date written without its year and repeated in an article names the same day or month each time: "The
 * three are expected to join in April ... the summit in April". Each mention's year comes from its own
 * clause ({@link Tense}), and only one of them may say it lies ahead; the reading ahead of the others wins,
 * as a clause that speaks of the future is the one that tells.
 */
final class Repeats {
    private static final Pattern YEAR_OR_WEEKDAY = Pattern.compile("\\d{4}|" + Vocabulary.WEEKDAY);

    private Repeats() {}

    static List<TimeMention> unify(List<TimeMention> mentions) {
        Map<String, TimeMention> latest = new HashMap<>(); // per text, the mention with the latest value
        for (TimeMention t : mentions) {
            if (repeatable(t)) {
                latest.merge(key(t), t, (a, b) -> later(b, a) ? b : a);
            }
        }
        List<TimeMention> result = new ArrayList<>(mentions.size());
        for (TimeMention t : mentions) {
            TimeMention chosen = repeatable(t) ? latest.get(key(t)) : t;
            result.add(
                    chosen == t
                            ? t
                            : new TimeMention(t.span(), t.text(), chosen.timex(), chosen.value(), t.eventOffset()));
        }
        return result;
    }

    /**
     * A month, a season or a quarter named without its year ("April", "early March", "the quarter"). Not a
     * weekday: an article's "Tuesday" may be last week's in one paragraph and next week's in another.
     */
    private static boolean repeatable(TimeMention t) {
        return t.timex().type() == Timex.Type.DATE
                && t.eventOffset().isEmpty()
                && t.value().isPresent()
                && !YEAR_OR_WEEKDAY.matcher(t.text()).find();
    }

    private static String key(TimeMention t) {
        return t.text().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    private static boolean later(TimeMention a, TimeMention b) {
        return a.value().get().value().compareTo(b.value().get().value()) > 0;
    }
}
