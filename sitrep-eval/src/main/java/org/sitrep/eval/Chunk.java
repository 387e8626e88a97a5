package org.sitrep.eval;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

/**
 * A typed entity span over tokens, half-open [begin, end) in token indices of one document, as
 * conlleval counts them.
 */
public record Chunk(int begin, int end, String type) {
    public Chunk {
        requireNonNull(type, "type is null");
        if (begin < 0 || end <= begin) {
            throw new IllegalArgumentException("expected 0 <= begin < end, got begin=%d end=%d".formatted(begin, end));
        }
    }

    /**
     * The chunks of one sentence's tags, with conlleval's rules: a chunk starts at {@code B-X}, or at
     * {@code I-X} after {@code O} or after another type; it ends before {@code O}, {@code B-} or a
     * change of type. IOB1, IOB2 and bare IO labels ({@code PER}) all work. Token indices are
     * shifted by {@code offset}.
     */
    public static List<Chunk> fromTags(List<String> tags, int offset) {
        List<Chunk> chunks = new ArrayList<>();
        int start = -1;
        String type = "";
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : "O";
            boolean outside = tag.equals("O");
            boolean begins = tag.startsWith("B-");
            String t = outside ? "" : tag.startsWith("B-") || tag.startsWith("I-") ? tag.substring(2) : tag;
            if (start >= 0 && (outside || begins || !t.equals(type))) {
                chunks.add(new Chunk(offset + start, offset + i, type));
                start = -1;
            }
            if (!outside && start < 0) {
                start = i;
                type = t;
            }
        }
        return chunks;
    }
}
