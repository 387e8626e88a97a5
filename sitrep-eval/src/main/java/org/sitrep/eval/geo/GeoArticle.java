package org.sitrep.eval.geo;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** An article of a geoparsing corpus and its gold toponyms, spans checked against the text. */
public record GeoArticle(String id, String text, List<GoldToponym> toponyms) {
    public GeoArticle {
        requireNonNull(id, "id is null");
        requireNonNull(text, "text is null");
        toponyms = List.copyOf(toponyms);
        for (GoldToponym t : toponyms) {
            if (t.end() > text.length() || !text.substring(t.start(), t.end()).equals(t.phrase())) {
                throw new IllegalArgumentException("toponym %s at %d..%d of %s does not match the text"
                        .formatted(t.phrase(), t.start(), t.end(), id));
            }
        }
    }
}
