package org.sitrep.extract.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.sitrep.data.WordLists;
import org.sitrep.extract.lexicon.AgentRefinements;
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
import org.sitrep.model.TimeValue;
import org.sitrep.ontology.Ontology;
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

    private final TriggerFinder triggers;
    private final Function<String, Optional<String>> countryOf;
    private final ModalityDetector modality;
    private final TimeAttacher timeAttacher = new TimeAttacher();
    private final JoiningRule joining;
    private final AgentRule agentRule;
    private final EventWords words;
    /** Type families of the ontology (see their descriptions there). */
    private final Set<String> attacks;
    private final Set<String> armedOperations;
    private final Set<String> placePatients;
    private final Set<String> hazards;

    /**
     * @param ontology the types, whose families the rules use ("attack", "hazard"...)
     * @param agentRefinements types that the agent decides (jets bombing is an air strike)
     * @param words the word lists: locative prepositions, place nouns, modality cues, support verbs...
     * @param countryOf ISO 3166-1 alpha-2 code of a country name
     * @param stateForcesPerson whether a noun names a member of state forces ("soldier", "policeman")
     */
    public EventStage(TriggerLexicon lexicon, Ontology ontology, AgentRefinements agentRefinements, WordLists words,
                      Function<String, Optional<String>> countryOf, java.util.function.Predicate<String> stateForcesPerson) {
        this.triggers = new TriggerFinder(lexicon);
        this.words = EventWords.of(words);
        this.modality = new ModalityDetector(this.words);
        this.countryOf = countryOf;
        this.joining = new JoiningRule(stateForcesPerson);
        this.agentRule = new AgentRule(agentRefinements);
        this.attacks = ontology.family("attack");
        this.armedOperations = ontology.family("armed-operation");
        this.placePatients = ontology.family("place-patient");
        this.hazards = ontology.family("hazard");
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
        Fillers fillers = new Fillers(document, words);
        ArgumentFinder arguments = new ArgumentFinder(fillers, words);
        PlaceAttacher places = new PlaceAttacher(document, fillers, countryOf, placePatients, words);
        List<Trigger> all = new ArrayList<>();
        for (GivenTrigger g : given) {
            triggers.at(document, g.span(), g.type()).ifPresent(all::add);
        }
        List<Event> events = new ArrayList<>();
        for (Trigger t : all) {
            List<Trigger> same = all.stream().filter(o -> o.sentence() == t.sentence()).toList();
            List<Argument> args = Causes.withoutEventArguments(t, arguments.find(t, same), same, arguments, attacks);
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
        Fillers fillers = new Fillers(document, words);
        ArgumentFinder arguments = new ArgumentFinder(fillers, words);
        PlaceAttacher places = new PlaceAttacher(document, fillers, countryOf, placePatients, words);
        List<Draft> drafts = new ArrayList<>();
        for (Sentence sentence : document.sentences()) {
            List<Trigger> found = withoutHazardVerbs(withoutNestedTriggers(triggers.find(sentence, fillers::typeAt)));
            for (Trigger t : found) {
                List<Argument> args = Causes.withoutEventArguments(t, arguments.find(t, found), found, arguments, attacks);
                boolean hasParticipant = args.stream().anyMatch(a -> a.role() != Role.INSTRUMENT);
                if (t.entry().weight() < MIN_BARE_WEIGHT && !hasParticipant || !hasParticipant && isParticipantOfAnother(t, found)) {
                    continue;
                }
                Draft d = new Draft(t, args, modality.detect(t));
                d.place = places.attach(t, args, found);
                d.time = timeAttacher.attach(t, document.times(), found);
                joining.refine(d, document);
                agentRule.refine(d);
                drafts.add(d);
            }
            Discourse.shareWithConjuncts(drafts, sentence);
        }
        Discourse.inheritFromDuring(drafts, armedOperations);
        Discourse.resolveEventRelativeTimes(drafts, document);
        List<Draft> merged = new EventMerger(pluralEntities(document, drafts)).merge(drafts);
        Discourse.placeFromContext(merged, document);
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

    /**
     * "An earthquake struck the region", "the blaze hit the market": the hazard noun is the event, and
     * the assault verb whose subject it is reports what the hazard did, not an attack.
     */
    private List<Trigger> withoutHazardVerbs(List<Trigger> found) {
        List<Trigger> result = new ArrayList<>(found);
        for (Trigger hazard : found) {
            if (hazard.isVerbal() || !hazards.contains(hazard.type())) {
                continue;
            }
            hazard.sentence().headOf(hazard.head())
                    .filter(d -> d.governor() >= 0 && d.relation().startsWith("nsubj"))
                    .ifPresent(d -> result.removeIf(o -> o.isVerbal() && o.head() == d.governor() && attacks.contains(o.type())));
        }
        return result;
    }

    /**
     * "Hamas released 11 hostages", "mediators negotiate a ceasefire": a bare noun trigger that is a
     * participant or the topic of another event names no event of its own.
     */
    private boolean isParticipantOfAnother(Trigger t, List<Trigger> sameSentence) {
        if (t.isVerbal()) {
            return false;
        }
        Optional<Dependency> up = t.sentence().headOf(t.head());
        if (up.isEmpty() || up.get().governor() < 0) {
            return false;
        }
        String rel = up.get().relation();
        if (hazards.contains(t.type()) && rel.startsWith("nsubj")) {
            return false; // "floods swept through the villages": the flood is the event
        }
        boolean participant = rel.equals("obj") || rel.startsWith("nsubj") || rel.equals("nmod:of")
                || rel.equals("obl:at") || rel.equals("obl:against") || rel.equals("obl:on"); // "fired tear gas at protesters"
        return participant && sameSentence.stream().anyMatch(o -> o != t && o.head() == up.get().governor());
    }

    private void applyDefaults(Draft d, Document document) {
        if (d.time.isEmpty() && document.published().isPresent()) {
            LocalDate date = document.published().get();
            String mod = d.modality == org.sitrep.model.Modality.FUTURE ? "AFTER" : "BEFORE";
            d.time = Optional.of(EventTime.published(new TimeValue(date.toString(), Precision.DAY, Optional.of(mod))));
        }
        if (d.place.isEmpty() && document.dateline().isPresent()) {
            String name = document.dateline().get();
            // the dateline stands at the start of the body, often in capitals: "MOSUL, Iraq -"
            int at = document.text().toLowerCase(java.util.Locale.ROOT).indexOf(name.toLowerCase(java.util.Locale.ROOT));
            if (at >= 0) {
                CharSpan span = new CharSpan(at, at + name.length());
                d.place = Optional.of(new EventPlace(span, document.textOf(span), countryOf.apply(name), "dateline"));
            }
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
