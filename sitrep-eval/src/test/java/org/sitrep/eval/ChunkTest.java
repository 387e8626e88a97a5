package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChunkTest {
    @Test
    void readsIob1WhereBSeparatesAdjacentEntitiesOfOneType() {
        List<String> tags = List.of("I-PER", "I-PER", "B-PER", "O", "I-LOC");
        assertEquals(
                List.of(new Chunk(0, 2, "PER"), new Chunk(2, 3, "PER"), new Chunk(4, 5, "LOC")),
                Chunk.fromTags(tags, 0));
    }

    @Test
    void startsANewChunkWhenTheTypeChangesAndShiftsByOffset() {
        List<String> tags = List.of("I-ORG", "I-MISC", "I-MISC");
        assertEquals(List.of(new Chunk(10, 11, "ORG"), new Chunk(11, 13, "MISC")), Chunk.fromTags(tags, 10));
    }

    @Test
    void readsBareIoLabelsAsTheCrfEmitsThem() {
        assertEquals(List.of(new Chunk(1, 3, "PER")), Chunk.fromTags(List.of("O", "PER", "PER"), 0));
    }
}
