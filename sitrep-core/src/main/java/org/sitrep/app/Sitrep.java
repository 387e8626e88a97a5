package org.sitrep.app;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.sitrep.actors.ActorCatalog;
import org.sitrep.actors.ActorCodingStage;
import org.sitrep.actors.Institution;
import org.sitrep.coding.EventCodingStage;
import org.sitrep.coding.FatalityCounter;
import org.sitrep.countries.Country;
import org.sitrep.extract.entities.EntityStage;
import org.sitrep.extract.entities.KnownNameTagger;
import org.sitrep.extract.events.EventPass;
import org.sitrep.extract.events.EventPasses;
import org.sitrep.extract.events.EventStage;
import org.sitrep.geo.EntityGeocodingStage;
import org.sitrep.geo.GeocodingStage;
import org.sitrep.geo.PlaceResolver;
import org.sitrep.geo.Qualifiers;
import org.sitrep.language.LanguageCheckStage;
import org.sitrep.model.Document;
import org.sitrep.nlp.CoreNlpStage;
import org.sitrep.nlp.DependencyParseStage;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.time.TimeStage;

/**
 * The default extraction pipeline, built once per process (models load in seconds) over the {@link Knowledge}
 * loaded once, and shared by all threads: language → corenlp → names → depparse → entities → times → geocode → events → places
 * → actors → coding.
 */
public final class Sitrep {
    private final Knowledge knowledge;
    private final Pipeline pipeline;

    private Sitrep(Knowledge knowledge, Pipeline pipeline) {
        this.knowledge = knowledge;
        this.pipeline = pipeline;
    }

    /**
     * How to build the pipeline.
     *
     * @param parseEverySentence parse all sentences, as evaluation with given triggers needs, not only
     *                           those that may hold a lexicon trigger
     * @param rulesOnly          the lexicon's triggers alone, without the trained trigger model: the parser
     *                           then sees only the sentences with a lexicon trigger
     * @param actorsFile         the user's own actors, added to the catalogue (same columns as actors.tsv)
     * @param eventPasses        the rule passes the events stage runs, chosen from Sitrep's:
     *                           {@link EventPasses#standard()} unless an evaluation runs others
     * @param keepGeneric        keep generic, habitual and hypothetical events, marked by their specificity
     *                           ({@code --keep-generic}); they are left out by default
     */
    public record Options(
            boolean parseEverySentence,
            boolean rulesOnly,
            Optional<Path> actorsFile,
            Function<EventPasses, List<EventPass>> eventPasses,
            boolean keepGeneric) {
        public Options {
            requireNonNull(actorsFile, "actorsFile is null");
            requireNonNull(eventPasses, "eventPasses is null");
        }

        /** Passes of the caller's choice. */
        public Options(
                boolean parseEverySentence,
                Optional<Path> actorsFile,
                Function<EventPasses, List<EventPass>> eventPasses) {
            this(parseEverySentence, false, actorsFile, eventPasses, false);
        }

        /** Sitrep's own passes, with the trigger model. */
        public Options(boolean parseEverySentence, Optional<Path> actorsFile) {
            this(parseEverySentence, actorsFile, EventPasses::standard);
        }

        /** The same, by rules alone ({@code --rules-only}) when {@code rulesOnly}. */
        public Options withRulesOnly(boolean rulesOnly) {
            return rulesOnly
                    ? new Options(parseEverySentence, true, actorsFile, EventPasses::rulesOnly, keepGeneric)
                    : this;
        }

        /** The same, keeping generic, habitual and hypothetical events ({@code --keep-generic}) when {@code keep}. */
        public Options withKeepGeneric(boolean keep) {
            return new Options(parseEverySentence, rulesOnly, actorsFile, eventPasses, keep);
        }

        public static Options defaults() {
            return new Options(false, Optional.empty());
        }
    }

    public static Sitrep load() {
        return load(Options.defaults());
    }

    /** Loads the {@link Knowledge} (the user's actors from the options) and builds the pipeline over it. */
    public static Sitrep load(Options options) {
        return load(Knowledge.load(options.actorsFile()), options);
    }

    /**
     * The pipeline over knowledge already loaded: CoreNLP loads its models while the gazetteer finishes
     * loading. {@code options.actorsFile()} is not read again: the knowledge holds the actors.
     */
    public static Sitrep load(Knowledge knowledge, Options options) {
        ActorCatalog catalog = knowledge.actors();
        EventPasses passes = new EventPasses(
                knowledge.lexicon(),
                knowledge.triggerModel(),
                knowledge.roleModel(),
                knowledge.ontology(),
                knowledge.agentRefinements(),
                knowledge.words(),
                name -> catalog.countries().byName(name).map(Country::iso2),
                word -> catalog.institutionWord(word)
                        .map(Sitrep::isStateForcesPerson)
                        .orElse(false));
        EventStage events = new EventStage(options.eventPasses().apply(passes), options.keepGeneric());
        CoreNlpStage corenlp = new CoreNlpStage();
        DependencyParseStage depparse = new DependencyParseStage(
                options.parseEverySentence()
                        ? sentence -> true
                        : options.rulesOnly() ? passes::mayContainEvent : passes::mayContainModelEvent);
        return new Sitrep(
                knowledge,
                Pipeline.of(List.of(
                        new LanguageCheckStage(knowledge.languageCheck()),
                        corenlp,
                        new KnownNameTagger(catalog),
                        depparse,
                        new EntityStage(catalog, knowledge.descriptions(), knowledge.words()),
                        new TimeStage(),
                        new EntityGeocodingStage(
                                knowledge.gazetteer(),
                                catalog.countries(),
                                Qualifiers.load(knowledge.gazetteer(), catalog.countries()),
                                knowledge.words()),
                        events,
                        new GeocodingStage(
                                new PlaceResolver(knowledge.gazetteer(), catalog.countries()),
                                catalog.countries(),
                                knowledge.words()),
                        new ActorCodingStage(catalog),
                        new EventCodingStage(
                                knowledge.coding(),
                                FatalityCounter.load(knowledge.ontology().names())))));
    }

    /** A member of the armed forces or police ("soldier", "policeman"): joining an armed group is defecting. */
    private static boolean isStateForcesPerson(Institution i) {
        return i.personNoun() && (i.sector().equals("MIL") || i.sector().equals("COP"));
    }

    /** What the pipeline was built over: the ontology, coding tables, country table... */
    public Knowledge knowledge() {
        return knowledge;
    }

    public Pipeline pipeline() {
        return pipeline;
    }

    /** Runs every stage; a failing stage throws {@link org.sitrep.pipeline.StageFailedException}. */
    public Document extract(Document document) {
        return pipeline.run(document);
    }
}
