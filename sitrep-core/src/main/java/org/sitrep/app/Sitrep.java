package org.sitrep.app;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Function;
import org.sitrep.actors.ActorCatalog;
import org.sitrep.actors.ActorCodingStage;
import org.sitrep.actors.Country;
import org.sitrep.actors.Institution;
import org.sitrep.coding.EventCoding;
import org.sitrep.coding.EventCodingStage;
import org.sitrep.extract.entities.EntityStage;
import org.sitrep.extract.entities.KnownNameTagger;
import org.sitrep.extract.events.EventPass;
import org.sitrep.extract.events.EventPasses;
import org.sitrep.extract.events.EventStage;
import org.sitrep.extract.lexicon.TriggerLexicon;
import org.sitrep.geo.Gazetteer;
import org.sitrep.geo.GeocodingStage;
import org.sitrep.geo.PlaceResolver;
import org.sitrep.model.Document;
import org.sitrep.nlp.CoreNlpStage;
import org.sitrep.nlp.DependencyParseStage;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.time.TimeStage;

/**
 * The default extraction pipeline, built once per process (models load in seconds) and shared by
 * all threads: corenlp → names → depparse → entities → times → events → places → actors → coding.
 */
public final class Sitrep {
    private final Pipeline pipeline;

    private Sitrep(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    /**
     * How to build the pipeline.
     *
     * @param parseEverySentence parse all sentences, as evaluation with given triggers needs, not only
     *                           those that may hold a lexicon trigger
     * @param actorsFile         the user's own actors, added to the catalogue (same columns as actors.tsv)
     * @param eventPasses        the rule passes the events stage runs, chosen from Sitrep's:
     *                           {@link EventPasses#standard()} unless an evaluation runs others
     */
    public record Options(boolean parseEverySentence, Optional<Path> actorsFile,
                          Function<EventPasses, List<EventPass>> eventPasses) {
        public Options {
            requireNonNull(actorsFile, "actorsFile is null");
            requireNonNull(eventPasses, "eventPasses is null");
        }

        /** Sitrep's own rules. */
        public Options(boolean parseEverySentence, Optional<Path> actorsFile) {
            this(parseEverySentence, actorsFile, EventPasses::standard);
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
        ActorCatalog catalog = ActorCatalog.load(options.actorsFile());
        // the gazetteer (~3 s) loads on its own thread while CoreNLP loads its models
        FutureTask<Gazetteer> gazetteer = new FutureTask<>(() -> Gazetteer.load(catalog.countries()));
        new Thread(gazetteer, "sitrep-gazetteer-load").start();
        EventPasses passes = new EventPasses(TriggerLexicon.load(),
                name -> catalog.countries().byName(name).map(Country::iso2),
                word -> catalog.institutionWord(word).map(Sitrep::isStateForcesPerson).orElse(false));
        EventStage events = new EventStage(options.eventPasses().apply(passes));
        CoreNlpStage corenlp = new CoreNlpStage();
        DependencyParseStage depparse = new DependencyParseStage(parseEverySentence ? sentence -> true : passes::mayContainEvent);
        return new Sitrep(Pipeline.of(List.of(
                corenlp,
                new KnownNameTagger(catalog),
                depparse,
                new EntityStage(catalog),
                new TimeStage(),
                events,
                new GeocodingStage(new PlaceResolver(await(gazetteer), catalog.countries()), catalog.countries()),
                new ActorCodingStage(catalog),
                new EventCodingStage(EventCoding.load()))));
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

    /** Runs every stage; a failing stage throws {@link org.sitrep.pipeline.StageFailedException}. */
    public Document extract(Document document) {
        return pipeline.run(document);
    }
}
