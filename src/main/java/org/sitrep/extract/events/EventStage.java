package org.sitrep.extract.events;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.sitrep.extract.lexicon.TriggerLexicon;
import org.sitrep.model.Argument;
import org.sitrep.model.CharSpan;
import org.sitrep.model.Dependency;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.EventMention;
import org.sitrep.model.EventPlace;
import org.sitrep.model.EventTime;
import org.sitrep.model.Precision;
import org.sitrep.model.Role;
import org.sitrep.model.Sentence;
import org.sitrep.model.TimeMention;
import org.sitrep.model.TimeValue;
import org.sitrep.pipeline.Layer;
import org.sitrep.pipeline.Stage;

/**
 * Events from lexicon triggers: arguments, modality, place and time per trigger, then discourse
 * (a "during the raid" phrase takes the raid's time and place; "a month after X" dates X from the
 * event it modifies), within-article coreference, and last-resort defaults (the publication date
 * as an upper bound, the dateline as the place).
 */
public final class EventStage implements Stage {
    /** Triggers less reliable than this need at least one participant to count. */
    static final double MIN_BARE_WEIGHT = 0.5;
    private static final Set<String> ATTACK_LIKE = Set.of("ATTACK", "BOMBING", "AIRSTRIKE", "SHELLING", "CLASH",
            "SEIZE_TERRITORY", "KILL", "ABDUCT");

    private final TriggerFinder triggers;
    private final Function<String, Optional<String>> countryOf;
    private final ModalityDetector modality = new ModalityDetector();
    private final TimeAttacher timeAttacher = new TimeAttacher();
    private final JoiningRule joining;
    private final AircraftRule aircraft = new AircraftRule();
    private final SupportVerbs supportVerbs = SupportVerbs.load();

    /**
     * @param countryOf ISO 3166-1 alpha-2 code of a country name
     * @param stateForcesPerson whether a noun names a member of state forces ("soldier", "policeman")
     */
    public EventStage(TriggerLexicon lexicon, Function<String, Optional<String>> countryOf,
                      java.util.function.Predicate<String> stateForcesPerson) {
        this.triggers = new TriggerFinder(lexicon);
        this.countryOf = countryOf;
        this.joining = new JoiningRule(stateForcesPerson);
    }

    /** A trigger given from outside (gold triggers in an evaluation): its span and Sitrep type. */
    public record GivenTrigger(CharSpan span, String type) {
    }

    /**
     * Events for given triggers instead of found ones, one per trigger, with arguments, place, time
     * and modality found as usual; no coreference. Used to score argument extraction alone. The
     * trigger's lexicon entry of that type is used when there is one, else a generic entry
     * (subject agent, object patient).
     */
    public Document applyAt(Document document, List<GivenTrigger> given) {
        Fillers fillers = new Fillers(document);
        ArgumentFinder arguments = new ArgumentFinder(fillers, supportVerbs);
        PlaceAttacher places = new PlaceAttacher(document, fillers, countryOf);
        List<Trigger> all = new ArrayList<>();
        for (GivenTrigger g : given) {
            triggers.at(document, g.span(), g.type()).ifPresent(all::add);
        }
        List<Event> events = new ArrayList<>();
        for (Trigger t : all) {
            List<Trigger> same = all.stream().filter(o -> o.sentence() == t.sentence()).toList();
            List<Argument> args = Causes.withoutEventArguments(t, arguments.find(t, same), same, arguments);
            Draft d = new Draft(t, args, modality.detect(t));
            d.place = places.attach(t, args, same);
            d.time = timeAttacher.attach(t, document.times(), same);
            applyDefaults(d, document);
            events.add(toEvent("V" + (events.size() + 1), d, document));
        }
        return document.withEvents(events);
    }

    /** Whether a sentence may hold an event: the dependency parser only needs to see those. */
    public boolean mayContainEvent(Sentence sentence) {
        return triggers.mayContainTrigger(sentence);
    }

    @Override
    public String name() {
        return "events";
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.SENTENCES, Layer.ENTITIES, Layer.TIMES);
    }

    @Override
    public Set<Layer> produces() {
        return EnumSet.of(Layer.EVENTS);
    }

    @Override
    public Document apply(Document document) {
        Fillers fillers = new Fillers(document);
        ArgumentFinder arguments = new ArgumentFinder(fillers, supportVerbs);
        PlaceAttacher places = new PlaceAttacher(document, fillers, countryOf);
        List<Draft> drafts = new ArrayList<>();
        for (Sentence sentence : document.sentences()) {
            List<Trigger> found = withoutNestedTriggers(triggers.find(sentence, fillers::typeAt));
            for (Trigger t : found) {
                List<Argument> args = Causes.withoutEventArguments(t, arguments.find(t, found), found, arguments);
                boolean hasParticipant = args.stream().anyMatch(a -> a.role() != Role.INSTRUMENT);
                if (t.entry().weight() < MIN_BARE_WEIGHT && !hasParticipant) {
                    continue;
                }
                Draft d = new Draft(t, args, modality.detect(t));
                d.place = places.attach(t, args, found);
                d.time = timeAttacher.attach(t, document.times(), found);
                joining.refine(d, document);
                aircraft.refine(d);
                drafts.add(d);
            }
            shareWithConjuncts(drafts, sentence);
        }
        inheritFromDuring(drafts);
        resolveEventRelativeTimes(drafts, document);
        List<Draft> merged = new EventMerger(pluralEntities(document, drafts)).merge(drafts);
        List<Event> events = new ArrayList<>();
        for (Draft d : merged) {
            applyDefaults(d, document);
            events.add(toEvent("V" + (events.size() + 1), d, document));
        }
        return document.withEvents(events);
    }

    /**
     * A verb and a noun trigger of one type joined by an arc report one event: "engaged in fighting"
     * (the noun carries it), "fired a missile" and "the hostages were kidnapped" (the verb does).
     * The less reliable trigger goes; on a tie the verb, when the noun is its object or oblique.
     */
    private static List<Trigger> withoutNestedTriggers(List<Trigger> found) {
        List<Trigger> result = new ArrayList<>(found);
        for (Trigger verb : found) {
            for (Trigger noun : found) {
                if (verb == noun || !verb.isVerbal() || noun.isVerbal() || !noun.type().equals(verb.type())) {
                    continue;
                }
                Optional<Dependency> arc = noun.sentence().headOf(noun.head()).filter(d -> d.governor() == verb.head());
                if (arc.isEmpty()) {
                    continue;
                }
                boolean carried = arc.get().relation().equals("obj") || arc.get().relation().startsWith("obl");
                double difference = verb.entry().weight() - noun.entry().weight();
                result.remove(difference < 0 || difference == 0 && carried ? verb : noun);
            }
        }
        return result;
    }

    /** "overran Arsal in August 2014 and engaged in clashes": conjoined events share time and place. */
    private static void shareWithConjuncts(List<Draft> drafts, Sentence sentence) {
        for (Draft d : drafts) {
            if (d.trigger().sentence() != sentence) {
                continue;
            }
            for (Draft other : drafts) {
                if (other == d || other.trigger().sentence() != sentence || !conjoined(sentence, d.trigger(), other.trigger())) {
                    continue;
                }
                if (d.time.isEmpty() && other.time.isPresent() && other.time.get().rule().equals("syntax")) {
                    EventTime t = other.time.get();
                    d.time = Optional.of(new EventTime(t.span(), t.text(), t.value(), "conjunct"));
                }
                if (d.place.isEmpty() && other.place.isPresent() && other.place.get().rule().equals("syntax")) {
                    EventPlace p = other.place.get();
                    d.place = Optional.of(p.withRule("conjunct"));
                }
            }
        }
    }

    private static boolean conjoined(Sentence s, Trigger a, Trigger b) {
        int headA = clauseHead(s, a);
        int headB = clauseHead(s, b);
        return s.dependencies().stream().anyMatch(d -> d.relation().startsWith("conj")
                && (d.governor() == headA && d.dependent() == headB || d.governor() == headB && d.dependent() == headA));
    }

    /** The verb a noun trigger hangs from ("engaged in clashes" → engaged), else the trigger itself. */
    private static int clauseHead(Sentence s, Trigger t) {
        if (t.isVerbal()) {
            return t.head();
        }
        return s.headOf(t.head()).filter(d -> d.governor() >= 0 && s.tokens().get(d.governor()).isVerb())
                .map(Dependency::governor).orElse(t.head());
    }

    /**
     * "They also abducted officers during the raid": a noun trigger after "during" names an attack
     * already reported in the previous sentences; it is not a new event, and the other events of its
     * sentence take that attack's time and place.
     */
    private static void inheritFromDuring(List<Draft> drafts) {
        List<Draft> references = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            Draft reference = drafts.get(i);
            Sentence s = reference.trigger().sentence();
            boolean afterDuring = !reference.trigger().isVerbal() && s.dependentsOf(reference.trigger().head()).stream()
                    .anyMatch(d -> d.relation().equals("case") && s.tokens().get(d.dependent()).text().equalsIgnoreCase("during"));
            if (!afterDuring || !ATTACK_LIKE.contains(reference.type())) {
                continue;
            }
            Draft antecedent = null;
            for (int j = i - 1; j >= 0 && antecedent == null; j--) {
                Draft o = drafts.get(j);
                int distance = s.index() - o.trigger().sentence().index();
                if (distance > 2) {
                    break;
                }
                if (distance > 0 && ATTACK_LIKE.contains(o.type()) && (o.place.isPresent() || o.time.isPresent())) {
                    antecedent = o;
                }
            }
            if (antecedent == null) {
                continue;
            }
            references.add(reference);
            for (Draft d : drafts) {
                if (d == reference || d.trigger().sentence() != s) {
                    continue;
                }
                if (d.place.isEmpty() || d.place.get().rule().equals("sentence")) {
                    d.place = antecedent.place.map(p -> p.withRule("during"));
                }
                if (!d.hasTimeFromText() && antecedent.time.isPresent()) {
                    EventTime t = antecedent.time.get();
                    d.time = Optional.of(new EventTime(t.span(), t.text(), t.value(), "during"));
                }
            }
        }
        drafts.removeAll(references);
    }

    /** "X happened a month after Y": Y is dated from X, shifted back by the offset. */
    private static void resolveEventRelativeTimes(List<Draft> drafts, Document document) {
        for (TimeMention time : document.times()) {
            if (time.eventOffset().isEmpty()) {
                continue;
            }
            Draft named = null;
            Draft modified = null;
            for (Draft d : drafts) {
                CharSpan span = d.trigger().span();
                boolean sameSentence = d.trigger().sentence().span().contains(time.span());
                if (!sameSentence) {
                    continue;
                }
                if (span.end() <= time.span().begin()) {
                    modified = d;
                } else if (named == null && span.begin() >= time.span().end()) {
                    named = d;
                } else if (named != null && modified == null && span.begin() > named.trigger().span().end()) {
                    modified = d;
                }
            }
            if (named == null && modified != null) {
                resolveLater(drafts, modified, time, document); // "released them a day later"
                continue;
            }
            if (named == null || modified == null || named.hasTimeFromText()) {
                continue;
            }
            Optional<TimeValue> anchor = modified.time.flatMap(EventTime::value).or(() -> published(document));
            Period back = time.eventOffset().get().negated();
            Optional<TimeValue> value = anchor.flatMap(v -> TimeValues.shift(v, back));
            named.time = Optional.of(new EventTime(time.span(), time.text(), value, "relative"));
        }
    }

    /** The event before the expression happened offset after the event reported just before it. */
    private static void resolveLater(List<Draft> drafts, Draft modified, TimeMention time, Document document) {
        int index = drafts.indexOf(modified);
        if (index <= 0 || modified.hasTimeFromText()) {
            return;
        }
        Draft anchor = drafts.get(index - 1);
        Optional<TimeValue> base = anchor.time.flatMap(EventTime::value).or(() -> published(document));
        Optional<TimeValue> value = base.flatMap(v -> TimeValues.shift(v, time.eventOffset().get()));
        modified.time = Optional.of(new EventTime(time.span(), time.text(), value, "relative"));
    }

    private static Optional<TimeValue> published(Document document) {
        return document.published().map(date -> TimeValue.of(date.toString(), Precision.DAY));
    }

    private void applyDefaults(Draft d, Document document) {
        if (d.time.isEmpty() && document.published().isPresent()) {
            LocalDate date = document.published().get();
            String mod = d.modality == org.sitrep.model.Modality.FUTURE ? "AFTER" : "BEFORE";
            d.time = Optional.of(new EventTime(new CharSpan(0, 0), "",
                    Optional.of(new TimeValue(date.toString(), Precision.DAY, Optional.of(mod))), "published"));
        }
        if (d.place.isEmpty() && document.dateline().isPresent()) {
            String name = document.dateline().get();
            int at = document.text().indexOf(name);
            CharSpan span = at >= 0 ? new CharSpan(at, at + name.length()) : new CharSpan(0, 0);
            d.place = Optional.of(new EventPlace(span, name, countryOf.apply(name), "dateline"));
        }
    }

    private static Set<String> pluralEntities(Document document, List<Draft> drafts) {
        Set<String> plural = new HashSet<>();
        for (var entity : document.entities()) {
            for (var m : entity.mentions()) {
                Sentence s = document.sentences().get(m.sentenceIndex());
                int head = s.tokenAt(m.head().begin());
                if (head >= 0 && s.tokens().get(head).partOfSpeech().matches("NNP?S")) {
                    plural.add(entity.id());
                }
            }
        }
        return plural;
    }

    private static Event toEvent(String id, Draft d, Document document) {
        List<EventMention> mentions = new ArrayList<>();
        for (Trigger t : d.triggers) {
            mentions.add(new EventMention(t.span(), document.textOf(t.span()), t.sentence().index()));
        }
        return new Event(id, d.type(), mentions, d.arguments, d.place, d.time, d.modality, confidence(d),
                d.trigger().sentence().span());
    }

    /** Lexicon prior, raised by participants found, a parse, and repeated mentions. */
    static double confidence(Draft d) {
        double c = d.triggers.stream().mapToDouble(t -> t.entry().weight()).max().orElse(0.5);
        boolean entityParticipant = d.arguments.stream().anyMatch(a -> a.entityId().isPresent() && a.role() != Role.INSTRUMENT);
        c += entityParticipant ? 0.15 : d.arguments.isEmpty() ? 0 : 0.05;
        c += d.trigger().sentence().isParsed() ? 0.05 : 0;
        c += 0.05 * Math.min(2, d.triggers.size() - 1);
        return Math.round(Math.max(0.05, Math.min(0.99, c)) * 100) / 100.0;
    }
}
