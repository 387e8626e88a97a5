package org.sitrep.extract.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.sitrep.data.WordLists;
import org.sitrep.extract.lexicon.AgentRefinements;
import org.sitrep.extract.lexicon.TriggerLexicon;
import org.sitrep.model.Document;
import org.sitrep.model.Sentence;
import org.sitrep.ontology.Ontology;

/**
 * The rule passes of the events stage, built once from the lexicons and shared by all threads.
 * {@link #standard()} is the one place the rule order is written; a new rule goes there as a pass of
 * its own, after the passes whose output it reads. The other methods hand out single passes, for a
 * stage that runs other rules (an evaluation that gives the triggers) and for tests.
 */
public final class EventPasses {
    private final TriggerFinder finder;
    private final EventPass triggers;
    private final ModelTriggersPass modelTriggers;
    private final EventWords words;
    private final EventPass nestedTriggers = new NestedTriggersPass();
    private final EventPass hazardVerbs;
    private final EventPass arguments;
    private final EventPass eventArguments;
    private final EventPass modelRoles;
    private final EventPass bareTriggers;
    private final EventPass modality;
    private final EventPass specificity;
    private final EventPass place;
    private final EventPass time;
    private final EventPass joining;
    private final EventPass agentRefinement;
    private final EventPass conjuncts = new ConjunctsPass();
    private final EventPass during;
    private final EventPass relativeTime = new RelativeTimePass();
    private final EventPass narrativeTime;
    private final EventPass coreference = new CoreferencePass();
    private final EventPass contextPlace;
    private final EventPass focusPlace;
    private final EventPass speakerPlace;
    private final EventPass defaults;

    /**
     * @param ontology          the types, whose families the rules use ("attack", "hazard"...: see ontology.json)
     * @param agentRefinements  types that the agent decides (bombs dropped by jets are air strikes)
     * @param words             the word lists: locative prepositions, place nouns, modality cues, support verbs...
     * @param countryOf         ISO 3166-1 alpha-2 code of a country name
     * @param stateForcesPerson whether a noun names a member of state forces ("soldier", "policeman")
     * @param triggerModel      the trained trigger model that judges the lexicon's triggers and finds others
     * @param roleModel         the trained role model that fills roles the rules leave empty
     */
    public EventPasses(
            TriggerLexicon lexicon,
            TriggerModel triggerModel,
            RoleModel roleModel,
            Ontology ontology,
            AgentRefinements agentRefinements,
            WordLists words,
            Function<String, Optional<String>> countryOf,
            Predicate<String> stateForcesPerson) {
        Set<String> attacks = ontology.family("attack");
        Set<String> hazards = ontology.family("hazard");
        this.words = EventWords.of(words);
        this.finder = new TriggerFinder(lexicon);
        this.triggers = new TriggersPass(finder, this.words);
        this.modelTriggers = new ModelTriggersPass(
                finder, this.words, triggerModel, new TriggerFeatures(lexicon), TriggerClasses.of(ontology));
        this.hazardVerbs = new HazardVerbsPass(hazards, attacks);
        this.arguments = new ArgumentsPass(this.words, ontology.family("accusation"));
        this.eventArguments = new EventArgumentsPass(this.words, attacks, ontology.family("accusation"));
        this.modelRoles = new ModelRolesPass(roleModel, this.words);
        this.bareTriggers = new BareTriggersPass(hazards);
        this.modality = new ModalityPass(new ModalityDetector(this.words));
        this.specificity = new SpecificityPass(new SpecificityDetector(this.words));
        this.place = new PlacePass(countryOf, ontology.family("place-patient"), this.words);
        this.time = new TimePass(new TimeAttacher(this.words.reportCues()));
        this.joining = new JoiningPass(stateForcesPerson);
        this.agentRefinement = new AgentRefinementPass(new AgentRule(agentRefinements));
        this.during = new DuringPass(ontology.family("armed-operation"));
        this.narrativeTime = new NarrativeTimePass(ontology.family("on-site"));
        Set<String> causes = new java.util.HashSet<>(attacks);
        causes.addAll(hazards);
        this.contextPlace = new ContextPlacePass(ontology.family("outcome"), causes);
        this.focusPlace = new FocusPlacePass(ontology.family("on-site"), countryOf, this.words);
        this.speakerPlace = new SpeakerPlacePass(ontology.family("statement"), countryOf);
        this.defaults = new DefaultsPass(countryOf);
    }

    /**
     * Sitrep's events: {@link #rulesOnly()} with the lexicon's triggers judged, and more found, by the
     * trained trigger model ("model-triggers" in place of "triggers"), and the roles the rules leave empty
     * filled by the trained role model ("model-roles", after "bare-triggers").
     */
    public List<EventPass> standard() {
        List<EventPass> passes = new ArrayList<>(rulesOnly());
        passes.set(0, modelTriggers);
        passes.add(passes.indexOf(bareTriggers) + 1, modelRoles); // after: the rules alone decide which events stay
        return List.copyOf(passes);
    }

    /**
     * Sitrep's events by rules alone, in rule order: find triggers, drop the ones that report no event of their own,
     * give each of the others its arguments, modality, place and time from its sentence, retype it,
     * then let events share and borrow across clauses and sentences, merge mentions of one event, place
     * the events on the ground that still have no place in the article's focus, and last fill what is
     * still missing with the defaults.
     */
    public List<EventPass> rulesOnly() {
        return List.of(
                triggers, // lexicon triggers, sentence by sentence
                nestedTriggers, // "fired a missile": one event, not a firing and a missile
                hazardVerbs, // "an earthquake struck the region": no attack
                arguments, // a draft per trigger, participants from the parse
                eventArguments, // a participant that is an event goes; an attack as agent becomes the instrument
                bareTriggers, // no participant, and unreliable or another trigger's participant: no event
                modality, // asserted, reported, uncertain, negated, future
                specificity, // specific, or generic, habitual, hypothetical
                place, // from the sentence: rules "syntax", "sentence"
                time, // from the sentence: rules "syntax", "sentence"
                joining, // a soldier who joins an armed group defects
                agentRefinement, // bombs dropped by jets are air strikes
                conjuncts, // conjoined events share time and place: "conjunct"
                during, // "during the raid": the raid's time and place, "during"; the raid goes
                relativeTime, // "a month after X": "relative"
                coreference, // mentions of one event become one event
                contextPlace, // the place of the nearest earlier event with a participant in common: "context"
                narrativeTime, // the time of the previous event of the paragraph that has one: "narrative"
                focusPlace, // events on the ground happened in the place the article is about: "focus"
                speakerPlace, // statements and decisions were made in the country of the government that made them:
                // "speaker"
                defaults); // publication date, dateline: "published", "dateline"
    }

    /** Whether a sentence may hold a lexicon trigger: the dependency parser only needs to see those. */
    public boolean mayContainEvent(Sentence sentence) {
        return finder.mayContainTrigger(sentence);
    }

    /** Whether a sentence may hold a lexicon trigger or one the trigger model finds. */
    public boolean mayContainModelEvent(Sentence sentence) {
        return finder.mayContainTrigger(sentence) || modelTriggers.mayContainEvent(sentence);
    }

    /**
     * "given-triggers", in place of "triggers": the triggers {@code given} names for a document, of the
     * given types, in the given order. {@code given} is called once per document, from any thread.
     */
    public EventPass givenTriggers(Function<Document, List<GivenTrigger>> given) {
        return new GivenTriggersPass(finder, given);
    }

    public EventPass triggers() {
        return triggers;
    }

    public EventPass modelTriggers() {
        return modelTriggers;
    }

    public EventPass nestedTriggers() {
        return nestedTriggers;
    }

    public EventPass hazardVerbs() {
        return hazardVerbs;
    }

    public EventPass arguments() {
        return arguments;
    }

    public EventPass eventArguments() {
        return eventArguments;
    }

    public EventPass modelRoles() {
        return modelRoles;
    }

    /**
     * "role-candidates": changes nothing, and hands {@code sink} each event's role candidates with their
     * features (for training the role model on what the "model-roles" pass will see); called from any thread.
     */
    public EventPass roleCandidates(java.util.function.Consumer<EventRoleCandidates> sink) {
        return new RoleCandidatesPass(sink);
    }

    public EventPass bareTriggers() {
        return bareTriggers;
    }

    public EventPass modality() {
        return modality;
    }

    public EventPass specificity() {
        return specificity;
    }

    public EventPass place() {
        return place;
    }

    public EventPass time() {
        return time;
    }

    public EventPass joining() {
        return joining;
    }

    public EventPass agentRefinement() {
        return agentRefinement;
    }

    public EventPass conjuncts() {
        return conjuncts;
    }

    public EventPass during() {
        return during;
    }

    public EventPass relativeTime() {
        return relativeTime;
    }

    public EventPass narrativeTime() {
        return narrativeTime;
    }

    public EventPass coreference() {
        return coreference;
    }

    public EventPass contextPlace() {
        return contextPlace;
    }

    public EventPass focusPlace() {
        return focusPlace;
    }

    public EventPass speakerPlace() {
        return speakerPlace;
    }

    public EventPass defaults() {
        return defaults;
    }
}
