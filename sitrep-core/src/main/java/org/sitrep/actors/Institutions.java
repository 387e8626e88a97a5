package org.sitrep.actors;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sitrep.data.Tsv;
import org.sitrep.model.EntityType;
import org.sitrep.names.AliasIndex;
import org.sitrep.names.PhraseTrie;
import org.sitrep.names.Words;

/** The institution words of {@code institutions.tsv}, matched folded and longest first ("security forces" before "forces"). */
final class Institutions {
    static final List<String> HEADER = List.of("word", "sector", "acledType", "entityType", "personNoun");

    private final List<Institution> all = new ArrayList<>();
    private final AliasIndex<Institution> index = new AliasIndex<>(Set.of(), Set.of());

    private Institutions(List<Tsv.Row> rows) {
        for (Tsv.Row row : rows) {
            Institution institution = parse(row);
            index.add(institution.word(), institution).ifPresent(previous -> {
                throw row.error("duplicate institution word '" + institution.word() + "'");
            });
            all.add(institution);
        }
    }

    static Institutions load() {
        return new Institutions(Tsv.read(Tsv.Source.resource(Institutions.class, "institutions.tsv"), HEADER));
    }

    static Institutions load(InputStream in, String source) {
        return new Institutions(Tsv.read(Tsv.Source.of(in, source), HEADER));
    }

    /** The institution of exactly this word or phrase ("soldiers", "Security Forces"), folded. */
    Optional<Institution> lookup(String word) {
        return index.lookup(word);
    }

    List<Institution> all() {
        return List.copyOf(all);
    }

    Optional<PhraseTrie.Hit<Institution>> matchAt(Words.Text text, int i, int limit) {
        return index.matchAt(text, i, limit);
    }

    private static Institution parse(Tsv.Row row) {
        int acledType;
        try {
            acledType = Integer.parseInt(row.get(2).trim());
        } catch (NumberFormatException e) {
            throw row.error("acledType must be a number 1-8, got '" + row.get(2) + "'");
        }
        EntityType type;
        try {
            type = EntityType.valueOf(row.get(3).trim());
        } catch (IllegalArgumentException e) {
            throw row.error("unknown entity type '%s'; known: %s".formatted(row.get(3), List.of(EntityType.values())));
        }
        String personNoun = row.get(4).trim().toLowerCase(Locale.ROOT);
        if (!personNoun.equals("true") && !personNoun.equals("false")) {
            throw row.error("personNoun must be true or false, got '" + row.get(4) + "'");
        }
        try {
            return new Institution(row.get(0).trim(), row.get(1).trim(), acledType, type, personNoun.equals("true"));
        } catch (IllegalArgumentException e) {
            throw row.error(e.getMessage());
        }
    }
}
