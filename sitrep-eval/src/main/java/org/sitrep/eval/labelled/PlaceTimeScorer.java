package org.sitrep.eval.labelled;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.sitrep.model.CharSpan;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.EventMention;
import org.sitrep.model.EventPlace;
import org.sitrep.model.EventTime;
import org.sitrep.model.Geocode;
import org.sitrep.model.TimeValue;

/**
 * Scores Sitrep's events against a labelled article: events matched by trigger overlap, then the place and the
 * time of each matched event, overall and per the rule Sitrep gave. Gold offsets index the article's file;
 * Sitrep's index the body it read from it (headline and date lines removed), so each gold trigger is carried
 * over through the paragraph that holds it.
 */
public final class PlaceTimeScorer {
    /** A difference worth reading, for {@code --errors}: its kind, article, and a line of detail. */
    public record Mismatch(String kind, String article, String detail) {}

    private int articles;
    private int datesRight;
    private int gold;
    private int unaligned;
    private int system;
    private int matched;
    private int sameType;
    private final Tally places = new Tally();
    private final Tally times = new Tally();
    private final Map<String, Tally> placeRules = new TreeMap<>();
    private final Map<String, Tally> timeRules = new TreeMap<>();

    /** Right, compatible (times only), wrong, and none given, of matched events the gold gives a value for. */
    private static final class Tally {
        int right;
        int compatible;
        int wrong;
        int none;

        int total() {
            return right + compatible + wrong + none;
        }

        String format() {
            int n = total();
            return "%5.1f%% right (%d/%d), %s%d wrong, %d none"
                    .formatted(
                            pct(right, n), right, n, compatible > 0 ? compatible + " compatible, " : "", wrong, none);
        }
    }

    /** Adds one article and Sitrep's document for it (empty when extraction failed); returns its mismatches. */
    public List<Mismatch> add(LabelledArticle article, Optional<Document> result) {
        List<Mismatch> mismatches = new ArrayList<>();
        articles++;
        gold += article.events().size();
        if (result.isEmpty()) {
            mismatches.add(new Mismatch("FAILED", article.name(), "no document"));
            return mismatches;
        }
        Document d = result.get();
        if (d.published().filter(article.published()::equals).isPresent()) {
            datesRight++;
        } else {
            mismatches.add(new Mismatch(
                    "DATE",
                    article.name(),
                    "gold " + article.published() + ", Sitrep "
                            + d.published().map(Object::toString).orElse("none")));
        }
        Map<GoldEvent, List<CharSpan>> aligned = new HashMap<>();
        for (GoldEvent g : article.events()) {
            List<CharSpan> spans = new ArrayList<>();
            g.triggers().forEach(t -> align(article.text(), d.text(), t).ifPresent(spans::add));
            if (spans.isEmpty()) {
                unaligned++;
            }
            aligned.put(g, spans);
        }
        List<GoldEvent> open = new ArrayList<>(article.events());
        for (Event e : d.events()) {
            system++;
            Optional<GoldEvent> hit =
                    open.stream().filter(g -> overlaps(aligned.get(g), e)).findFirst();
            if (hit.isEmpty()) {
                mismatches.add(new Mismatch("SPURIOUS", article.name(), e.type() + " " + triggers(e)));
                continue;
            }
            GoldEvent g = hit.get();
            open.remove(g);
            matched++;
            if (g.type().equals(e.type())) {
                sameType++;
            } else {
                mismatches.add(new Mismatch(
                        "TYPE", article.name(), triggers(e) + ": gold " + g.type() + ", Sitrep " + e.type()));
            }
            scorePlace(article, g, e, mismatches);
            scoreTime(article, g, e, mismatches);
        }
        for (GoldEvent g : open) {
            mismatches.add(new Mismatch("MISSED", article.name(), g.type() + " " + quote(article, g)));
        }
        return mismatches;
    }

    private void scorePlace(LabelledArticle article, GoldEvent g, Event e, List<Mismatch> mismatches) {
        if (g.places().isEmpty()) {
            return;
        }
        Optional<EventPlace> place = e.place();
        String rule = place.map(EventPlace::rule).orElse("none");
        Tally byRule = placeRules.computeIfAbsent(rule, r -> new Tally());
        Optional<Geocode> code = place.flatMap(EventPlace::geocode);
        if (code.isEmpty()) {
            places.none++;
            byRule.none++;
            mismatches.add(new Mismatch(
                    "PLACE",
                    article.name(),
                    quote(article, g) + ": gold " + g.places().get(0).name() + ", Sitrep "
                            + place.map(p -> p.name() + " (not geocoded)").orElse("none")));
        } else if (g.places().stream().anyMatch(p -> p.accepts(code.get()))) {
            places.right++;
            byRule.right++;
        } else {
            places.wrong++;
            byRule.wrong++;
            mismatches.add(new Mismatch(
                    "PLACE",
                    article.name(),
                    "%s: gold %s, Sitrep %s %s,%s (%s)"
                            .formatted(
                                    quote(article, g),
                                    g.places().get(0).name(),
                                    code.get().name(),
                                    code.get().country(),
                                    code.get().admin1(),
                                    rule)));
        }
    }

    private void scoreTime(LabelledArticle article, GoldEvent g, Event e, List<Mismatch> mismatches) {
        if (g.times().isEmpty()) {
            return;
        }
        String rule = e.time().map(EventTime::rule).orElse("none");
        Tally byRule = timeRules.computeIfAbsent(rule, r -> new Tally());
        Optional<String> value = e.time().flatMap(EventTime::value).map(TimeValue::value);
        TimeMatch verdict = value.map(v -> TimeMatch.of(g.times(), v)).orElse(null);
        if (verdict == TimeMatch.EXACT) {
            times.right++;
            byRule.right++;
            return;
        }
        if (verdict == null) {
            times.none++;
            byRule.none++;
        } else if (verdict == TimeMatch.COMPATIBLE) {
            times.compatible++;
            byRule.compatible++;
        } else {
            times.wrong++;
            byRule.wrong++;
        }
        mismatches.add(new Mismatch(
                "TIME",
                article.name(),
                "%s: gold %s, Sitrep %s (%s%s)"
                        .formatted(
                                quote(article, g),
                                String.join(" or ", g.times()),
                                value.orElse("none"),
                                rule,
                                verdict == TimeMatch.COMPATIBLE ? ", compatible" : "")));
    }

    /**
     * The gold trigger's span in Sitrep's text: through the file's line holding it, found in the body (the
     * reader keeps paragraphs as they are); empty when that line is not in the body (a headline, a date line).
     */
    static Optional<CharSpan> align(String file, String body, CharSpan trigger) {
        int lineStart = file.lastIndexOf('\n', trigger.begin() - 1) + 1;
        int lineEnd = file.indexOf('\n', trigger.end());
        String line =
                file.substring(lineStart, lineEnd < 0 ? file.length() : lineEnd).strip();
        int at = body.indexOf(line);
        if (line.isEmpty() || at < 0) {
            return Optional.empty();
        }
        int shift = file.indexOf(line, lineStart) - lineStart;
        int begin = at + trigger.begin() - lineStart - shift;
        return Optional.of(new CharSpan(begin, begin + trigger.end() - trigger.begin()));
    }

    private static boolean overlaps(List<CharSpan> spans, Event e) {
        for (EventMention m : e.mentions()) {
            for (CharSpan s : spans) {
                if (m.trigger().begin() < s.end() && s.begin() < m.trigger().end()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String triggers(Event e) {
        return e.mentions().stream()
                .map(m -> "\"" + m.text() + "\"@" + m.trigger().begin())
                .toList()
                .toString();
    }

    private static String quote(LabelledArticle article, GoldEvent g) {
        CharSpan t = g.triggers().get(0);
        return "#" + g.id() + " \"" + article.text().substring(t.begin(), t.end()) + "\"";
    }

    public String report(String title) {
        StringBuilder out = new StringBuilder(title).append('\n');
        out.append("  publication date right: %d/%d%n".formatted(datesRight, articles));
        out.append(
                "  events: recall %.1f%% (%d/%d gold; %d not in the body Sitrep read), precision %.1f%% (%d/%d), same type %.1f%%%n"
                        .formatted(
                                pct(matched, gold),
                                matched,
                                gold,
                                unaligned,
                                pct(matched, system),
                                matched,
                                system,
                                pct(sameType, matched)));
        out.append("  place of matched events: ").append(places.format()).append('\n');
        rules(out, placeRules);
        out.append("  time of matched events:  ")
                .append(times.format())
                .append("; right or compatible %.1f%%%n".formatted(pct(times.right + times.compatible, times.total())));
        rules(out, timeRules);
        return out.toString();
    }

    private static void rules(StringBuilder out, Map<String, Tally> byRule) {
        byRule.forEach((rule, t) -> out.append("    %-10s %s%n".formatted(rule, t.format())));
    }

    private static double pct(int part, int whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }
}
