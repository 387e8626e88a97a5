package org.sitrep.extract.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sitrep.actors.ActorCatalog;
import org.sitrep.actors.Institution;
import org.sitrep.model.EntityType;

/**
 * Head nouns that make a noun phrase a description of a participant ("the soldier", "his father",
 * "the group"): the institution words of the actor catalogue plus descriptions.tsv.
 */
final class Descriptions {
    private final ActorCatalog catalog;
    private final Map<String, EntityType> heads;

    private Descriptions(ActorCatalog catalog, Map<String, EntityType> heads) {
        this.catalog = catalog;
        this.heads = Map.copyOf(heads);
    }

    static Descriptions load(ActorCatalog catalog) {
        Map<String, EntityType> heads = new HashMap<>();
        String resource = "descriptions.tsv";
        try (InputStream in = Descriptions.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int lineNumber = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (line.isBlank() || line.startsWith("#") || line.startsWith("word\t")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length != 2) {
                    throw new IllegalStateException("%s line %d: expected word<TAB>type".formatted(resource, lineNumber));
                }
                try {
                    heads.putIfAbsent(cols[0].toLowerCase(Locale.ROOT), EntityType.valueOf(cols[1]));
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException("%s line %d: unknown entity type '%s'".formatted(resource, lineNumber, cols[1]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Descriptions(catalog, heads);
    }

    /** The type a head word gives its phrase: an institution word of the catalogue, else descriptions.tsv. */
    Optional<EntityType> typeOfHead(String word) {
        return catalog.institutionWord(word).map(Institution::type)
                .or(() -> Optional.ofNullable(heads.get(word.toLowerCase(Locale.ROOT))));
    }
}
