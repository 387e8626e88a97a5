package org.sitrep.extract.entities;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sitrep.actors.ActorCatalog;
import org.sitrep.actors.Institution;
import org.sitrep.data.Tsv;
import org.sitrep.model.EntityType;

/**
 * Head nouns that make a noun phrase a description of a participant ("the soldier", "his father",
 * "the group"): the institution words of the actor catalogue plus descriptions.tsv.
 */
public final class Descriptions {
    private static final List<String> HEADER = List.of("word", "type");

    private final ActorCatalog catalog;
    private final Map<String, EntityType> heads;

    private Descriptions(ActorCatalog catalog, Map<String, EntityType> heads) {
        this.catalog = catalog;
        this.heads = Map.copyOf(heads);
    }

    /** descriptions.tsv on the classpath, with the institution words of {@code catalog}. */
    public static Descriptions load(ActorCatalog catalog) {
        Map<String, EntityType> heads = new HashMap<>();
        for (Tsv.Row row : Tsv.read(Tsv.Source.resource(Descriptions.class, "descriptions.tsv"), HEADER)) {
            try {
                heads.putIfAbsent(row.get(0).toLowerCase(Locale.ROOT), EntityType.valueOf(row.get(1)));
            } catch (IllegalArgumentException e) {
                throw row.error("unknown entity type '%s'".formatted(row.get(1)));
            }
        }
        return new Descriptions(catalog, heads);
    }

    /** The type a head word gives its phrase: an institution word of the catalogue, else descriptions.tsv. */
    Optional<EntityType> typeOfHead(String word) {
        return catalog.institutionWord(word)
                .map(Institution::type)
                .or(() -> Optional.ofNullable(heads.get(word.toLowerCase(Locale.ROOT))));
    }
}
