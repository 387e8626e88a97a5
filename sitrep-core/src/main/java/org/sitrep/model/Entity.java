package org.sitrep.model;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * One real-world entity of the article: its mentions merged across spellings and descriptions.
 *
 * @param geo where the place it names is, once the geocode stage resolved it (empty for other entities and for
 *     places the gazetteer does not know)
 */
public record Entity(
        String id,
        String name,
        EntityType type,
        List<String> aliases,
        List<EntityMention> mentions,
        Optional<Geocode> geo) {
    public Entity {
        requireNonNull(id, "id is null");
        requireNonNull(name, "name is null");
        requireNonNull(type, "type is null");
        requireNonNull(geo, "geo is null");
        aliases = List.copyOf(aliases);
        mentions = List.copyOf(mentions);
        if (mentions.isEmpty()) {
            throw new IllegalArgumentException("entity " + id + " has no mentions");
        }
    }

    /** An entity not yet geocoded. */
    public Entity(String id, String name, EntityType type, List<String> aliases, List<EntityMention> mentions) {
        this(id, name, type, aliases, mentions, Optional.empty());
    }

    public Entity withGeo(Optional<Geocode> value) {
        return new Entity(id, name, type, aliases, mentions, value);
    }
}
