package org.sitrep.app;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.sitrep.actors.ActorCatalog;
import org.sitrep.coding.EventCoding;
import org.sitrep.countries.Countries;
import org.sitrep.data.WordLists;
import org.sitrep.extract.entities.Descriptions;
import org.sitrep.extract.events.RoleModel;
import org.sitrep.extract.events.TriggerModel;
import org.sitrep.extract.lexicon.AgentRefinements;
import org.sitrep.extract.lexicon.TriggerLexicon;
import org.sitrep.geo.Gazetteer;
import org.sitrep.language.LanguageCheck;
import org.sitrep.ontology.Ontology;

/**
 * What Sitrep knows before it reads an article, loaded once per process and handed to the stages by
 * {@link Sitrep#load}: the ontology with its type families, the trigger lexicon and agent refinements, the word
 * lists, the country table, the actor catalogue (with the user's actors), the entity description nouns, the
 * coding tables, the gazetteer and the language profiles. Each piece is read and checked once, here; no stage loads
 * data itself.
 *
 * <p>The gazetteer (about 3 s) and the language profiles (about 1 s) load on threads of their own, started by
 * {@link #load}, so that the caller can load CoreNLP's models meanwhile; {@link #gazetteer()} and
 * {@link #languageCheck()} wait for them. Everything else is loaded when {@link #load}
 * returns (a fraction of a second). Immutable and thread-safe.
 */
public final class Knowledge {
    private final WordLists words;
    private final Ontology ontology;
    private final TriggerLexicon lexicon;
    private final TriggerModel triggerModel;
    private final RoleModel roleModel;
    private final AgentRefinements agentRefinements;
    private final ActorCatalog actors;
    private final Descriptions descriptions;
    private final EventCoding coding;
    private final FutureTask<Gazetteer> gazetteer;
    private final FutureTask<LanguageCheck> languageCheck;

    private Knowledge(
            WordLists words,
            Ontology ontology,
            TriggerLexicon lexicon,
            TriggerModel triggerModel,
            RoleModel roleModel,
            AgentRefinements agentRefinements,
            ActorCatalog actors,
            Descriptions descriptions,
            EventCoding coding,
            FutureTask<Gazetteer> gazetteer,
            FutureTask<LanguageCheck> languageCheck) {
        this.words = words;
        this.ontology = ontology;
        this.lexicon = lexicon;
        this.triggerModel = triggerModel;
        this.roleModel = roleModel;
        this.agentRefinements = agentRefinements;
        this.actors = actors;
        this.descriptions = descriptions;
        this.coding = coding;
        this.gazetteer = gazetteer;
        this.languageCheck = languageCheck;
    }

    /**
     * Loads everything, the gazetteer on its own thread.
     *
     * @param userActors the user's own actors, added to the catalogue (same columns as actors.tsv)
     */
    public static Knowledge load(Optional<Path> userActors) {
        requireNonNull(userActors, "userActors is null");
        WordLists words = WordLists.load();
        Countries countries = Countries.load(words);
        ActorCatalog actors = ActorCatalog.load(countries, words, userActors);
        FutureTask<Gazetteer> gazetteer = inBackground("sitrep-gazetteer-load", () -> Gazetteer.load(countries, words));
        FutureTask<LanguageCheck> languageCheck = inBackground("sitrep-language-load", () -> LanguageCheck.load(words));
        Ontology ontology = Ontology.load();
        return new Knowledge(
                words,
                ontology,
                TriggerLexicon.load(ontology),
                TriggerModel.load(),
                RoleModel.load(),
                AgentRefinements.load(ontology),
                actors,
                Descriptions.load(actors),
                EventCoding.load(ontology),
                gazetteer,
                languageCheck);
    }

    private static <T> FutureTask<T> inBackground(String threadName, Callable<T> load) {
        FutureTask<T> task = new FutureTask<>(load);
        Thread loader = new Thread(task, threadName);
        loader.setDaemon(true); // a failure elsewhere need not wait for it
        loader.start();
        return task;
    }

    public WordLists words() {
        return words;
    }

    public Ontology ontology() {
        return ontology;
    }

    public TriggerLexicon lexicon() {
        return lexicon;
    }

    /** The trained trigger model that ships with Sitrep ({@code sitrep train} makes it). */
    public TriggerModel triggerModel() {
        return triggerModel;
    }

    public RoleModel roleModel() {
        return roleModel;
    }

    public AgentRefinements agentRefinements() {
        return agentRefinements;
    }

    /** The actor catalogue, with the user's actors. */
    public ActorCatalog actors() {
        return actors;
    }

    /** The country table (also the catalogue's). */
    public Countries countries() {
        return actors.countries();
    }

    public Descriptions descriptions() {
        return descriptions;
    }

    /** The CAMEO, PLOVER and ACLED tables. */
    public EventCoding coding() {
        return coding;
    }

    /** The gazetteer, waiting for its thread to finish loading it. */
    public Gazetteer gazetteer() {
        return loaded(gazetteer, "the gazetteer");
    }

    /** The language check, waiting for its thread to finish loading the profiles. */
    public LanguageCheck languageCheck() {
        return loaded(languageCheck, "the language profiles");
    }

    private static <T> T loaded(FutureTask<T> task, String what) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading " + what, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(
                    "loading %s failed: %s".formatted(what, e.getCause().getMessage()), e.getCause());
        }
    }
}
