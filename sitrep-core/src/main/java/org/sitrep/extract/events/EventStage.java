package org.sitrep.extract.events;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.model.CharSpan;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.EventMention;
import org.sitrep.model.Role;
import org.sitrep.model.Sentence;
import org.sitrep.model.Specificity;
import org.sitrep.model.Token;
import org.sitrep.pipeline.Deadline;
import org.sitrep.pipeline.Layer;
import org.sitrep.pipeline.Stage;

/**
 * Events as a list of rule passes run in order over one document's candidate triggers and event
 * drafts ({@link EventPasses#standard()} names Sitrep's rules and their order), then numbered V1, V2...
 * with a confidence each. The list is checked at construction: each pass's inputs must come from a
 * pass before it, and names are unique. Generic, habitual and hypothetical events are left out unless
 * the stage keeps them.
 */
public final class EventStage implements Stage {
    private final List<EventPass> passes;
    private final boolean keepGeneric;

    /**
     * @param keepGeneric keep the events that are not {@link Specificity#SPECIFIC} (marked by their specificity)
     */
    public EventStage(List<EventPass> passes, boolean keepGeneric) {
        this.passes = checked(List.copyOf(passes));
        this.keepGeneric = keepGeneric;
    }

    /** Specific events only. */
    public EventStage(List<EventPass> passes) {
        this(passes, false);
    }

    private static List<EventPass> checked(List<EventPass> passes) {
        if (passes.isEmpty()) {
            throw new IllegalArgumentException("the events stage needs at least one pass");
        }
        Set<EventPass.Part> available = EnumSet.noneOf(EventPass.Part.class);
        Set<String> names = new HashSet<>();
        for (EventPass pass : passes) {
            if (!names.add(pass.name())) {
                throw new IllegalArgumentException("pass '%s' is listed twice in %s".formatted(pass.name(), passes));
            }
            Set<EventPass.Part> missing = EnumSet.noneOf(EventPass.Part.class);
            missing.addAll(pass.requires());
            missing.removeAll(available);
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException("pass '%s' requires %s, but the passes before it only produce %s"
                        .formatted(pass.name(), missing, available));
            }
            available.addAll(pass.produces());
        }
        return passes;
    }

    /** The passes in the order they run. */
    public List<EventPass> passes() {
        return passes;
    }

    @Override
    public String name() {
        return "events";
    }

    /** PARSES: triggers' objects, arguments, modality and places are read from the arcs where a sentence has them. */
    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.SENTENCES, Layer.PARSES, Layer.ENTITIES, Layer.TIMES);
    }

    @Override
    public Set<Layer> produces() {
        return EnumSet.of(Layer.EVENTS);
    }

    @Override
    public Document apply(Document document) {
        EventDrafts drafts = EventDrafts.start(document);
        for (EventPass pass : passes) {
            Deadline.check();
            drafts = pass.apply(drafts);
        }
        List<Event> events = new ArrayList<>();
        for (Draft d : drafts.drafts()) {
            if (!keepGeneric && d.specificity() != Specificity.SPECIFIC) {
                continue;
            }
            events.add(toEvent("V" + (events.size() + 1), d, document));
        }
        return document.withEvents(events);
    }

    private static Event toEvent(String id, Draft d, Document document) {
        List<EventMention> mentions = new ArrayList<>();
        for (Trigger t : d.triggers()) {
            mentions.add(new EventMention(
                    t.span(), document.textOf(t.span()), t.sentence().index()));
        }
        return new Event(
                id,
                d.type(),
                mentions,
                d.arguments(),
                d.place(),
                d.time(),
                d.modality(),
                d.specificity(),
                confidence(d),
                evidence(d));
    }

    /**
     * Longest evidence: a whole sentence up to this length, which holds nearly every news sentence;
     * past it (a run-on text without full stops) a window around the trigger, so the output stays linear
     * in the input however long a sentence is.
     */
    static final int MAX_EVIDENCE_CHARS = 600;

    /** The trigger's sentence, or the tokens within half the limit on either side of the trigger. */
    static CharSpan evidence(Draft d) {
        Sentence sentence = d.trigger().sentence();
        if (sentence.span().length() <= MAX_EVIDENCE_CHARS) {
            return sentence.span();
        }
        CharSpan trigger = d.trigger().span();
        int reach = Math.max(0, (MAX_EVIDENCE_CHARS - trigger.length()) / 2);
        int begin = trigger.begin();
        int end = trigger.end();
        for (Token t : sentence.tokens()) {
            if (t.span().begin() >= trigger.begin() - reach && t.span().begin() < begin) {
                begin = t.span().begin();
            }
            if (t.span().end() <= trigger.end() + reach && t.span().end() > end) {
                end = t.span().end();
            }
        }
        return new CharSpan(begin, end);
    }

    /** Lexicon prior, raised by participants found, a parse, and repeated mentions. */
    static double confidence(Draft d) {
        double c =
                d.triggers().stream().mapToDouble(t -> t.entry().weight()).max().orElse(0.5);
        boolean entityParticipant =
                d.arguments().stream().anyMatch(a -> a.entityId().isPresent() && a.role() != Role.INSTRUMENT);
        c += entityParticipant ? 0.15 : d.arguments().isEmpty() ? 0 : 0.05;
        c += d.trigger().sentence().isParsed() ? 0.05 : 0;
        c += 0.05 * Math.min(2, d.triggers().size() - 1);
        return Math.round(Math.max(0.05, Math.min(0.99, c)) * 100) / 100.0;
    }
}
