package org.sitrep.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** One real-world entity of the article: its mentions merged across spellings and descriptions. */
public record Entity(String id, String name, EntityType type, List<String> aliases, List<EntityMention> mentions) {
    public Entity {
        requireNonNull(id, "id is null");
        requireNonNull(name, "name is null");
        requireNonNull(type, "type is null");
        aliases = List.copyOf(aliases);
        mentions = List.copyOf(mentions);
        if (mentions.isEmpty()) {
            throw new IllegalArgumentException("entity " + id + " has no mentions");
        }
    }
}
