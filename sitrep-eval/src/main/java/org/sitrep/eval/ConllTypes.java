package org.sitrep.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.CharSpan;
import org.sitrep.model.Document;
import org.sitrep.model.EntityMention;
import org.sitrep.model.EntityType;

/** Sitrep's entity mentions as CoNLL-2003 chunks: types mapped to PER/ORG/LOC/MISC, char spans to token spans. */
public final class ConllTypes {
    private ConllTypes() {}

    /** Chunks on token boundaries, and the types of mentions that were not (wrong whatever gold says). */
    public record Aligned(List<Chunk> chunks, List<String> unalignedTypes) {
        public Aligned {
            chunks = List.copyOf(chunks);
            unalignedTypes = List.copyOf(unalignedTypes);
        }
    }

    /** PERSON→PER, ORGANIZATION→ORG, GPE/LOCATION/FACILITY→LOC, NORP/MISC→MISC. */
    public static String of(EntityType type) {
        return switch (type) {
            case PERSON -> "PER";
            case ORGANIZATION -> "ORG";
            case GPE, LOCATION, FACILITY -> "LOC";
            case NORP, MISC -> "MISC";
        };
    }

    /** The document's NAME mentions (nominals and pronouns are not CoNLL entities) over {@code tokens}. */
    public static Aligned names(Document document, List<CharSpan> tokens) {
        List<CharSpan> spans = new ArrayList<>();
        List<String> types = new ArrayList<>();
        for (EntityMention m : document.mentions()) {
            if (m.kind() == EntityMention.Kind.NAME) {
                spans.add(m.span());
                types.add(of(m.type()));
            }
        }
        return align(spans, types, tokens);
    }

    /** Char spans with their CoNLL types put on {@code tokens}: a span must start and end exactly at token edges. */
    public static Aligned align(List<CharSpan> spans, List<String> types, List<CharSpan> tokens) {
        Map<Integer, Integer> starts = new HashMap<>();
        Map<Integer, Integer> ends = new HashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            starts.put(tokens.get(i).begin(), i);
            ends.put(tokens.get(i).end(), i + 1);
        }
        List<Chunk> chunks = new ArrayList<>();
        List<String> unaligned = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            Integer begin = starts.get(spans.get(i).begin());
            Integer end = ends.get(spans.get(i).end());
            if (begin != null && end != null && begin < end) {
                chunks.add(new Chunk(begin, end, types.get(i)));
            } else {
                unaligned.add(types.get(i));
            }
        }
        return new Aligned(chunks, unaligned);
    }
}
