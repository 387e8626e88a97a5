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
 * "the group"): the one-word institution words of the actor catalogue plus descriptions.tsv.
 */
final class Descriptions {
    private final Map<String, EntityType> heads;

    private Descriptions(Map<String, EntityType> heads) {
        this.heads = Map.copyOf(heads);
    }

    static Descriptions load(ActorCatalog catalog) {
        Map<String, EntityType> heads = new HashMap<>();
        for (Institution institution : catalog.institutions()) {
            if (!institution.word().contains(" ")) {
                heads.put(institution.word().toLowerCase(Locale.ROOT), institution.type());
            }
        }
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
                heads.putIfAbsent(cols[0], EntityType.valueOf(cols[1]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Descriptions(heads);
    }

    Optional<EntityType> typeOfHead(String word) {
        return Optional.ofNullable(heads.get(word.toLowerCase(Locale.ROOT)));
    }
}
