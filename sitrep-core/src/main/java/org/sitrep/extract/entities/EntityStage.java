package org.sitrep.extract.entities;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.actors.ActorCatalog;
import org.sitrep.data.WordLists;
import org.sitrep.model.Document;
import org.sitrep.model.Entity;
import org.sitrep.model.EntityMention;
import org.sitrep.model.Sentence;
import org.sitrep.pipeline.Deadline;
import org.sitrep.pipeline.Layer;
import org.sitrep.pipeline.Stage;

/** Mentions of people, organisations and places, merged into the article's entities. */
public final class EntityStage implements Stage {
    private final MentionFinder finder;
    private final EntityWords words;

    /**
     * @param descriptions the head nouns of descriptions ("soldier", "group")
     * @param words the word lists: pronouns, determiners, quantifiers, group nouns, geographic features
     */
    public EntityStage(ActorCatalog catalog, Descriptions descriptions, WordLists words) {
        this.words = EntityWords.of(words);
        this.finder = new MentionFinder(catalog, descriptions, this.words);
    }

    @Override
    public String name() {
        return "entities";
    }

    /** PARSES: a sentence-initial pronoun resumes a subject of the previous sentence, found in its arcs. */
    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.SENTENCES, Layer.PARSES);
    }

    @Override
    public Set<Layer> produces() {
        return EnumSet.of(Layer.ENTITIES);
    }

    @Override
    public Document apply(Document document) {
        List<Candidate> candidates = new ArrayList<>();
        for (Sentence sentence : document.sentences()) {
            Deadline.check();
            candidates.addAll(finder.find(document, sentence));
        }
        List<Entity> entities = EntityLinker.link(document, candidates, words);
        Set<EntityMention> distinct = new LinkedHashSet<>(); // a pronoun with two antecedents is in both entities
        for (Entity e : entities) {
            distinct.addAll(e.mentions());
        }
        List<EntityMention> mentions = new ArrayList<>(distinct);
        mentions.sort(
                java.util.Comparator.comparingInt((EntityMention m) -> m.span().begin())
                        .thenComparingInt(m -> -m.span().end()));
        return document.withEntities(entities).withMentions(mentions);
    }
}
