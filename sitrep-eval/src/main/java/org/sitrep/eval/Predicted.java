package org.sitrep.eval;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.model.Argument;
import org.sitrep.model.CharSpan;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.EventMention;

/** Sitrep's output as the scorer sees it: one trigger per event mention, each with the event's arguments. */
public final class Predicted {
    /** Role name used for the event's place, which Sitrep keeps apart from {@link org.sitrep.model.Role}. */
    public static final String PLACE = "PLACE";

    /**
     * Place rules that read the article, not the event's words: the article's focus and its dateline. Their
     * place is no argument the text gives the event, so argument scores leave it out; the event-place score
     * ({@link EventPlaceScorer}) counts it.
     */
    static final Set<String> ARTICLE_LEVEL_PLACES = Set.of("focus", "dateline");

    private Predicted() {}

    /** A predicted trigger: its span, Sitrep type and arguments (role is a Role name or {@link #PLACE}). */
    public record Trigger(CharSpan span, String type, List<Arg> arguments) {
        public Trigger {
            requireNonNull(span, "span is null");
            requireNonNull(type, "type is null");
            arguments = List.copyOf(arguments);
        }
    }

    /** A predicted argument: role and the span of its head token (see {@link #head}). */
    public record Arg(String role, CharSpan head) {
        public Arg {
            requireNonNull(role, "role is null");
            requireNonNull(head, "head is null");
        }
    }

    /**
     * Every event mention of every event becomes a trigger carrying all the event's arguments plus
     * its place (role {@link #PLACE}) unless an article-level rule gave it. Argument heads are found in the gold tokenization.
     */
    public static List<Trigger> from(Document document, List<CharSpan> tokens) {
        List<Trigger> result = new ArrayList<>();
        for (Event e : document.events()) {
            List<Arg> args = new ArrayList<>();
            for (Argument a : e.arguments()) {
                args.add(new Arg(a.role().name(), head(a.span(), tokens)));
            }
            e.place()
                    .filter(p -> !ARTICLE_LEVEL_PLACES.contains(p.rule()))
                    .ifPresent(p -> args.add(new Arg(PLACE, head(p.span(), tokens))));
            for (EventMention m : e.mentions()) {
                result.add(new Trigger(m.trigger(), e.type(), args));
            }
        }
        return result;
    }

    /** The head of a span: the last token (of {@code tokens}, in text order) overlapping it; the span itself if none does. */
    public static CharSpan head(CharSpan span, List<CharSpan> tokens) {
        CharSpan last = null;
        for (CharSpan t : tokens) {
            if (t.overlaps(span)) {
                last = t;
            }
        }
        return last == null ? span : last;
    }
}
