package org.sitrep.eval;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sitrep.model.CharSpan;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.EventMention;
import org.sitrep.model.EventPlace;

/**
 * How often Sitrep puts an event where the gold says it happened. Scope: the gold events with a KAIROS
 * {@code Place} argument whose trigger Sitrep also finds (an event mention overlapping it, of any type:
 * the place of a mistyped event is still right or wrong). Sitrep's place is right when its span
 * overlaps the gold place's mention or one coreferent with it (the same entity, named or described
 * elsewhere). Coverage is the share of those events that got a place at all; accuracy counts an
 * event without a place as wrong. Not thread-safe: feed documents from one thread.
 */
public final class EventPlaceScorer {
    /** KAIROS's role for where an event happened, in every type that has one. */
    static final String PLACE_ROLE = "Place";

    /** One scored event: its gold trigger and place names, Sitrep's place (if any), and the verdict. */
    public record Row(
            String doc, String trigger, String gold, Optional<String> predicted, Optional<String> rule, boolean right) {
        public Row {
            requireNonNull(doc, "doc is null");
            requireNonNull(trigger, "trigger is null");
            requireNonNull(gold, "gold is null");
            requireNonNull(predicted, "predicted is null");
            requireNonNull(rule, "rule is null");
        }
    }

    private int gold;
    private final List<Row> rows = new ArrayList<>();

    /** Scores one document: its gold and Sitrep's output for its text (empty when extraction failed). */
    public void add(Gold.Doc doc, Optional<Document> predicted) {
        for (Gold.Event g : doc.events()) {
            List<Gold.Argument> places = g.arguments().stream()
                    .filter(a -> a.role().equals(PLACE_ROLE))
                    .toList();
            if (places.isEmpty()) {
                continue;
            }
            gold++;
            Optional<Event> found = predicted.flatMap(d -> eventAt(d, g.trigger()));
            if (found.isEmpty()) {
                continue;
            }
            Optional<EventPlace> place = found.get().place();
            boolean right = place.isPresent()
                    && places.stream()
                            .flatMap(a -> a.mentions().stream())
                            .anyMatch(m -> m.overlaps(place.get().span()));
            rows.add(new Row(
                    doc.id(),
                    text(doc, g.trigger()),
                    text(doc, places.get(0).mentions().get(0)),
                    place.map(EventPlace::name),
                    place.map(EventPlace::rule),
                    right));
        }
    }

    /** The first of Sitrep's events with a mention overlapping the gold trigger. */
    private static Optional<Event> eventAt(Document d, CharSpan trigger) {
        for (Event e : d.events()) {
            for (EventMention m : e.mentions()) {
                if (m.trigger().overlaps(trigger)) {
                    return Optional.of(e);
                }
            }
        }
        return Optional.empty();
    }

    private static String text(Gold.Doc doc, CharSpan span) {
        return doc.text().substring(span.begin(), span.end());
    }

    /** Gold events with a place. */
    public int gold() {
        return gold;
    }

    /** Of those, the ones Sitrep found, one row each, in input order. */
    public List<Row> rows() {
        return List.copyOf(rows);
    }

    public int placed() {
        return (int) rows.stream().filter(r -> r.predicted().isPresent()).count();
    }

    public int right() {
        return (int) rows.stream().filter(Row::right).count();
    }

    /** The one-line summary {@code eval wikievents} prints. */
    public String summary() {
        int found = rows.size();
        return "event place: %d gold events with a Place, %d found by Sitrep; coverage %.1f%% (%d), accuracy %.1f%% (%d),"
                        .formatted(gold, found, pct(placed(), found), placed(), pct(right(), found), right())
                + " %.1f%% of those placed%n".formatted(pct(right(), placed()));
    }

    private static double pct(int part, int whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }
}
