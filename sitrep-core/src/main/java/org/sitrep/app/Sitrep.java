package org.sitrep.app;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.sitrep.actors.ActorCatalog;
import org.sitrep.actors.ActorCodingStage;
import org.sitrep.countries.Country;
import org.sitrep.actors.Institution;
import org.sitrep.countries.Countries;
import org.sitrep.data.WordLists;
import org.sitrep.extract.entities.EntityStage;
import org.sitrep.extract.entities.KnownNameTagger;
import org.sitrep.extract.events.EventStage;
import org.sitrep.extract.lexicon.TriggerLexicon;
import org.sitrep.geo.Gazetteer;
import org.sitrep.geo.GeocodingStage;
import org.sitrep.geo.PlaceResolver;
import org.sitrep.model.Document;
import org.sitrep.nlp.CoreNlpStage;
import org.sitrep.nlp.DependencyParseStage;
import org.sitrep.ontology.Ontology;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.Stage;
import org.sitrep.pipeline.StageFailedException;
import org.sitrep.time.TimeStage;

/**
 * The default extraction pipeline, built once per process (models load in seconds) and shared by
 * all threads: corenlp → names → depparse → entities → times → events → places → actors.
 */
public final class Sitrep {
    private final Pipeline pipeline;
    private final EventStage events;

    private Sitrep(Pipeline pipeline, EventStage events) {
        this.pipeline = pipeline;
        this.events = events;
    }

    /**
     * How to build the pipeline.
     *
     * @param parseEverySentence parse all sentences, as evaluation with given triggers needs, not only
     *                           those that may hold an event
     * @param actorsFile         the user's own actors, added to the catalogue (same columns as actors.tsv)
     */
    public record Options(boolean parseEverySentence, Optional<Path> actorsFile) {
        public Options {
            requireNonNull(actorsFile, "actorsFile is null");
        }

        public static Options defaults() {
            return new Options(false, Optional.empty());
        }
    }

    public static Sitrep load() {
        return load(Options.defaults());
    }

    public static Sitrep load(Options options) {
        boolean parseEverySentence = options.parseEverySentence();
        WordLists words = WordLists.load();
        ActorCatalog catalog = ActorCatalog.load(Countries.load(words), words, options.actorsFile());
        // the gazetteer (~3 s) loads on its own thread while CoreNLP loads its models
        FutureTask<Gazetteer> gazetteer = new FutureTask<>(() -> Gazetteer.load(catalog.countries(), words));
        new Thread(gazetteer, "sitrep-gazetteer-load").start();
        EventStage events = new EventStage(TriggerLexicon.load(), Ontology.load(), words,
                name -> catalog.countries().byName(name).map(Country::iso2),
                word -> catalog.institutionWord(word).map(Sitrep::isStateForcesPerson).orElse(false));
        CoreNlpStage corenlp = new CoreNlpStage();
        DependencyParseStage depparse = new DependencyParseStage(parseEverySentence ? sentence -> true : events::mayContainEvent);
        return new Sitrep(Pipeline.of(List.of(
                corenlp,
                new KnownNameTagger(catalog),
                depparse,
                new EntityStage(catalog, words),
                new TimeStage(),
                events,
                new GeocodingStage(new PlaceResolver(await(gazetteer), catalog.countries()), catalog.countries()),
                new ActorCodingStage(catalog))), events);
    }

    /** A member of the armed forces or police ("soldier", "policeman"): joining an armed group is defecting. */
    private static boolean isStateForcesPerson(Institution i) {
        return i.personNoun() && (i.sector().equals("MIL") || i.sector().equals("COP"));
    }

    private static <T> T await(FutureTask<T> task) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("loading failed: " + e.getCause().getMessage(), e.getCause());
        }
    }

    public Pipeline pipeline() {
        return pipeline;
    }

    /**
     * Runs every stage, but with the given triggers in place of those the events stage would find
     * (scoring argument extraction with gold triggers).
     */
    public Document extractAt(Document document, List<EventStage.GivenTrigger> triggers) {
        Document current = document;
        for (Stage stage : pipeline.stages()) {
            try {
                current = stage == events ? events.applyAt(current, triggers) : stage.apply(current);
            } catch (RuntimeException e) {
                throw new StageFailedException(stage.name(), document.id(), e);
            }
        }
        return current;
    }

    /** Runs every stage; a failing stage throws {@link org.sitrep.pipeline.StageFailedException}. */
    public Document extract(Document document) {
        return pipeline.run(document);
    }
}
