package org.sitrep.extract.events;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.model.CharSpan;
import org.sitrep.model.Dependency;
import org.sitrep.model.Document;
import org.sitrep.model.EventPlace;
import org.sitrep.model.EventTime;
import org.sitrep.model.Precision;
import org.sitrep.model.Role;
import org.sitrep.model.Sentence;
import org.sitrep.model.TimeMention;
import org.sitrep.model.TimeValue;

/**
 * Rules that look beyond one trigger: conjoined events share their time and place, "during the
 * raid" refers back to an attack, and "a month after X" or "a day later" date one event from another.
 * Each takes the drafts in order and returns them updated; they run as the passes "conjuncts",
 * "during", "relative-time" and "context-place" (see {@link EventPasses#standard()}).
 */
final class Discourse {
    private Discourse() {}

    /**
     * "overran Arsal in August 2014 and engaged in clashes", "killed ten in an attack in Burkina Faso",
     * "exploded on Friday, wounding 13 on a street in Lyon": conjoined events, an event and its scene, and
     * an event and the participle clause of its outcome, share time and place. Only what the parse attached
     * (rule "syntax") is shared, so the order in which the drafts are visited does not matter.
     */
    static List<Draft> shareWithConjuncts(List<Draft> drafts) {
        List<Draft> result = new ArrayList<>();
        for (Draft d : drafts) {
            Sentence sentence = d.trigger().sentence();
            Optional<EventTime> time = d.time();
            Optional<EventPlace> place = d.place();
            for (Draft other : drafts) {
                if (other == d
                        || other.trigger().sentence() != sentence
                        || !(conjoined(sentence, d.trigger(), other.trigger()) || causedBy(d, other))) {
                    continue;
                }
                if (time.isEmpty()
                        && other.time().isPresent()
                        && other.time().get().rule().equals("syntax")) {
                    time = Optional.of(other.time().get().withRule("conjunct"));
                }
                if (place.isEmpty()
                        && other.place().isPresent()
                        && other.place().get().rule().equals("syntax")) {
                    place = Optional.of(other.place().get().withRule("conjunct"));
                }
            }
            result.add(d.withTime(time).withPlace(place));
        }
        return result;
    }

    private static boolean conjoined(Sentence s, Trigger a, Trigger b) {
        int headA = clauseHead(s, a);
        int headB = clauseHead(s, b);
        boolean coordinated = s.dependencies().stream()
                .anyMatch(d -> (d.relation().startsWith("conj") || participle(s, d))
                        && (d.governor() == headA && d.dependent() == headB
                                || d.governor() == headB && d.dependent() == headA));
        return coordinated || inScene(s, a, b) || inScene(s, b, a);
    }

    /** "a device exploded on a street in Lyon, wounding 13": the participle's event is the same scene. */
    private static boolean participle(Sentence s, Dependency d) {
        return d.relation().startsWith("advcl")
                && s.tokens().get(d.dependent()).partOfSpeech().equals("VBG")
                && s.dependentsOf(d.dependent()).stream()
                        .noneMatch(x -> x.relation().equals("mark"));
    }

    /** "A missile strike on Odesa killed three": the killing happened where and when its cause did. */
    private static boolean causedBy(Draft effect, Draft cause) {
        return effect.arguments().stream()
                .anyMatch(a -> a.role() == Role.INSTRUMENT
                        && a.span().contains(cause.trigger().span()));
    }

    /** "killed ten in an attack on a village": the noun's event is the scene of the verb's. */
    private static boolean inScene(Sentence s, Trigger verb, Trigger noun) {
        return verb.isVerbal()
                && !noun.isVerbal()
                && s.headOf(noun.head())
                        .filter(d -> d.governor() == verb.head() && ArgumentFinder.SCENE_LINKS.contains(d.relation()))
                        .isPresent();
    }

    /** The verb a noun trigger hangs from ("engaged in clashes" → engaged), else the trigger itself. */
    private static int clauseHead(Sentence s, Trigger t) {
        if (t.isVerbal()) {
            return t.head();
        }
        return s.headOf(t.head())
                .filter(d -> d.governor() >= 0 && s.tokens().get(d.governor()).isVerb())
                .map(Dependency::governor)
                .orElse(t.head());
    }

    /**
     * "They also abducted officers during the raid": a noun trigger after "during" names an attack
     * already reported in the previous sentences; it is not a new event, and the other events of its
     * sentence take that attack's time and place. {@code armedOperations} is the ontology's "armed-operation" family.
     */
    static List<Draft> inheritFromDuring(List<Draft> input, Set<String> armedOperations) {
        List<Draft> drafts =
                new ArrayList<>(input); // updated in place as the rule goes: a later reference sees earlier updates
        boolean[] references = new boolean[drafts.size()];
        for (int i = 0; i < drafts.size(); i++) {
            Draft reference = drafts.get(i);
            Sentence s = reference.trigger().sentence();
            boolean afterDuring = !reference.trigger().isVerbal()
                    && s.dependentsOf(reference.trigger().head()).stream()
                            .anyMatch(d -> d.relation().equals("case")
                                    && s.tokens().get(d.dependent()).text().equalsIgnoreCase("during"));
            if (!afterDuring || !armedOperations.contains(reference.type())) {
                continue;
            }
            Draft antecedent = null;
            for (int j = i - 1; j >= 0 && antecedent == null; j--) {
                Draft o = drafts.get(j);
                int distance = s.index() - o.trigger().sentence().index();
                if (distance > 2) {
                    break;
                }
                if (distance > 0
                        && armedOperations.contains(o.type())
                        && (o.place().isPresent() || o.time().isPresent())) {
                    antecedent = o;
                }
            }
            if (antecedent == null) {
                continue;
            }
            references[i] = true;
            for (int k = 0; k < drafts.size(); k++) {
                Draft d = drafts.get(k);
                if (k == i || d.trigger().sentence() != s) {
                    continue;
                }
                if (antecedent.place().isPresent()
                        && (d.place().isEmpty() || d.place().get().rule().equals("sentence"))) {
                    d = d.withPlace(antecedent.place().map(p -> p.withRule("during")));
                }
                if (!d.hasTimeFromText() && antecedent.time().isPresent()) {
                    d = d.withTime(Optional.of(antecedent.time().get().withRule("during")));
                }
                drafts.set(k, d);
            }
        }
        List<Draft> result = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            if (!references[i]) {
                result.add(drafts.get(i));
            }
        }
        return result;
    }

    /** "a month after", "shortly before": the expression links the event before it to the one it names after it. */
    private static final Pattern LINKING = Pattern.compile("(?i).*\\b(?:after|before|prior)$");

    /** Whether a time expression links two events, "a month after", "two days before": not "two days later". */
    static boolean links(String timeText) {
        return LINKING.matcher(timeText).matches();
    }

    /**
     * Times said relative to another event, rule "relative". "X happened a month after Y" dates Y from X
     * (shifted back by the offset), or X from Y when only Y has a time of its own. "released them a day
     * later", "Two days later, they ambushed a convoy", "the next day": the event of the expression's
     * sentence happened that long after the event the story reported last ({@link #lastTimed}); with no
     * such event, the expression's own value ({@link TimeMention#value()}, counted from the last date
     * the text named) dates it.
     */
    static List<Draft> resolveEventRelativeTimes(List<Draft> input, Document document) {
        List<Draft> drafts = new ArrayList<>(input); // updated in place: a time resolved here may anchor the next one
        for (TimeMention time : document.times()) {
            if (time.eventOffset().isEmpty()) {
                continue;
            }
            int before = -1; // the last event of the sentence before the expression
            int after = -1; // the first event of the sentence after it
            int next = -1; // the second
            int owner = -1; // the event the parse attaches the expression to
            List<Trigger> sameSentence = new ArrayList<>();
            for (Draft d : drafts) {
                if (d.trigger().sentence().span().contains(time.span())) {
                    sameSentence.add(d.trigger());
                }
            }
            int ownerHead = sameSentence.isEmpty()
                    ? -1
                    : Anchors.owner(sameSentence.get(0).sentence(), time.span(), sameSentence);
            for (int k = 0; k < drafts.size(); k++) {
                Draft d = drafts.get(k);
                CharSpan span = d.trigger().span();
                if (!d.trigger().sentence().span().contains(time.span())) {
                    continue;
                }
                if (d.trigger().head() == ownerHead) {
                    owner = k;
                }
                if (span.end() <= time.span().begin()) {
                    if (before < 0 || span.begin() > begin(drafts, before)) {
                        before = k;
                    }
                } else if (span.begin() >= time.span().end()) {
                    if (after < 0 || span.begin() < begin(drafts, after)) {
                        next = after;
                        after = k;
                    } else if (next < 0 || span.begin() < begin(drafts, next)) {
                        next = k;
                    }
                }
            }
            if (links(time.text())) {
                if (before >= 0 && after >= 0) {
                    link(drafts, before, after, time, document); // "seized the town a month after the army withdrew"
                } else if (after >= 0 && next >= 0) {
                    link(drafts, next, after, time, document); // "A month after the army withdrew, rebels seized it"
                } else if (before >= 0) {
                    later(drafts, before, time, document); // "released them two days after"
                }
            } else if (owner >= 0 || before >= 0 || after >= 0) {
                later(drafts, owner >= 0 ? owner : before >= 0 ? before : after, time, document);
            }
        }
        return drafts;
    }

    private static int begin(List<Draft> drafts, int index) {
        return drafts.get(index).trigger().span().begin();
    }

    /** "{@code modified} happened a month after {@code named}": whichever has no time of its own is dated from the other. */
    private static void link(List<Draft> drafts, int modified, int named, TimeMention time, Document document) {
        Period offset = time.eventOffset().get();
        if (!ownTime(drafts.get(named))) {
            Optional<TimeValue> anchor = drafts.get(modified)
                    .time()
                    .flatMap(EventTime::value)
                    .or(() -> antecedentTime(drafts, modified))
                    .or(() -> published(document));
            dateFrom(drafts, named, anchor, offset.negated(), time);
        } else if (!ownTime(drafts.get(modified))) {
            dateFrom(drafts, modified, drafts.get(named).time().flatMap(EventTime::value), offset, time);
        }
    }

    /**
     * An event named by a noun ("The ambush came three weeks after troops captured a camp") is most often one the
     * story told before: the time the text gives the latest earlier event of its type.
     */
    private static Optional<TimeValue> antecedentTime(List<Draft> drafts, int index) {
        Draft named = drafts.get(index);
        Trigger trigger = named.trigger();
        if (!trigger.sentence().tokens().get(trigger.head()).isNoun()) {
            return Optional.empty();
        }
        Optional<TimeValue> time = Optional.empty();
        for (Draft d : drafts) {
            if (d.trigger().span().begin() < trigger.span().begin()
                    && d.type().equals(named.type())
                    && d.hasTimeFromText()
                    && d.time().get().value().isPresent()) {
                time = d.time().get().value();
            }
        }
        return time;
    }

    /** The event at {@code index} happened the offset after the event reported before it, else at the expression's value. */
    private static void later(List<Draft> drafts, int index, TimeMention time, Document document) {
        if (ownTime(drafts.get(index))) {
            return;
        }
        Optional<TimeValue> anchor =
                lastTimed(drafts, drafts.get(index).trigger().span().begin(), time);
        if (anchor.isPresent()) {
            dateFrom(drafts, index, anchor, time.eventOffset().get(), time);
        } else if (time.value().isPresent()) {
            drafts.set(index, drafts.get(index).withTime(Optional.of(EventTime.of(time, time.value(), "relative"))));
        } else {
            dateFrom(drafts, index, published(document), time.eventOffset().get(), time);
        }
    }

    /**
     * The time of the event the story reported last before {@code offset}, among those the text dates
     * (not the publication-date default), leaving out the events this same expression dates.
     */
    private static Optional<TimeValue> lastTimed(List<Draft> drafts, int offset, TimeMention time) {
        Draft last = null;
        for (Draft d : drafts) {
            int begin = d.trigger().span().begin();
            boolean usable = begin < offset
                    && d.hasTimeFromText()
                    && d.time().get().value().isPresent()
                    && !d.time().get().span().equals(Optional.of(time.span()));
            if (usable && (last == null || begin > last.trigger().span().begin())) {
                last = d;
            }
        }
        return Optional.ofNullable(last).flatMap(d -> d.time().get().value());
    }

    private static void dateFrom(
            List<Draft> drafts, int index, Optional<TimeValue> anchor, Period offset, TimeMention time) {
        Optional<TimeValue> value = anchor.flatMap(v -> TimeValues.shift(v, offset));
        drafts.set(index, drafts.get(index).withTime(Optional.of(EventTime.of(time, value, "relative"))));
    }

    /** How far back, in sentences of the same paragraph, an event without a place looks for one. */
    private static final int CONTEXT_SENTENCES = 1;

    /**
     * An event whose sentence names no place happened where the nearest event before it with a
     * participant in common did, in the same paragraph and the same or the previous sentence (rule
     * "context"); so did deaths and injuries without a doer of their own ({@code outcomes}) after an attack
     * or a disaster ({@code causes}): "Missiles struck an industrial area of Kharkiv. Two people were
     * wounded." The dateline is the last resort.
     */
    static List<Draft> placeFromContext(
            List<Draft> input, Document document, Set<String> outcomes, Set<String> causes) {
        List<Draft> drafts = new ArrayList<>(input);
        for (int k = 0; k < drafts.size(); k++) {
            Draft d = drafts.get(k);
            if (d.place().isPresent()) {
                continue;
            }
            Sentence here = d.trigger().sentence();
            Draft nearest = null;
            for (int m = 0; m < drafts.size(); m++) {
                Draft o = drafts.get(m);
                Sentence there = o.trigger().sentence();
                boolean before = there.index() < here.index()
                        || there.index() == here.index()
                                && o.trigger().first() < d.trigger().first();
                boolean close = before
                        && here.index() - there.index() <= CONTEXT_SENTENCES
                        && (there == here
                                || !document.text()
                                        .substring(
                                                there.span().end(), here.span().begin())
                                        .contains("\n\n"));
                boolean ownPlace =
                        o.place().isPresent() && !o.place().get().rule().equals("context");
                if (m != k
                        && before
                        && close
                        && ownPlace
                        && (shareParticipant(d, o) || outcomeOf(d, o, outcomes, causes))
                        && (nearest == null
                                || o.trigger().span().begin()
                                        > nearest.trigger().span().begin())) {
                    nearest = o;
                }
            }
            if (nearest != null) {
                drafts.set(k, d.withPlace(nearest.place().map(p -> p.withRule("context"))));
            }
        }
        return drafts;
    }

    /** Deaths or injuries nobody is said to have caused, reported after an attack or a disaster. */
    private static boolean outcomeOf(Draft outcome, Draft cause, Set<String> outcomes, Set<String> causes) {
        return outcomes.contains(outcome.type())
                && causes.contains(cause.type())
                && outcome.arguments().stream().noneMatch(a -> a.role() == Role.AGENT);
    }

    /** The same actor or victim: "The assailants stormed the village, burned houses and looted livestock". */
    private static boolean shareParticipant(Draft a, Draft b) {
        return a.arguments().stream()
                .anyMatch(x -> x.entityId().isPresent()
                        && b.arguments().stream().anyMatch(y -> y.entityId().equals(x.entityId())));
    }

    /** A time the event's own words give; one borrowed from "during the raid" yields to "a day later". */
    private static boolean ownTime(Draft d) {
        return d.hasTimeFromText() && !d.time().get().rule().equals("during");
    }

    private static Optional<TimeValue> published(Document document) {
        return document.published().map(date -> TimeValue.of(date.toString(), Precision.DAY));
    }
}
