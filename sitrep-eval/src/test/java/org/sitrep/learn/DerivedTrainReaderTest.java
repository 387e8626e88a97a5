package org.sitrep.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DerivedTrainReaderTest {
    @TempDir
    Path dir;

    @Test
    void joinsTheTokensAndFindsEachTriggerNearItsIndex() throws IOException {
        Path file = dir.resolve("train.jsonl");
        Files.writeString(file, """
                {"docid": "d1", "tokens": ["Gunmen", "attacked", "a", "car", "bomb", "site", "."], "sentences": [], \
                "event_mentions": [\
                {"event_type": "Conflict.Attack", "trigger": {"start_idx": 1, "end_idx": 2, "text": "attacked"}}, \
                {"event_type": "Conflict.Attack", "trigger": {"start_idx": 2, "end_idx": 4, "text": "car bomb"}}, \
                {"event_type": "Life.Die", "trigger": {"start_idx": 0, "end_idx": 1, "text": "killed"}}]}
                """);
        DerivedTrainReader.Result r = new DerivedTrainReader().read(file);
        LabelledDoc d = r.docs().get(0);
        assertEquals("Gunmen attacked a car bomb site .", d.text());
        assertEquals(
                List.of("attacked", "car bomb"),
                d.triggers().stream()
                        .map(m -> d.text().substring(m.span().begin(), m.span().end()))
                        .toList(),
                "'car bomb' is one token later than its index says");
        assertEquals(1, r.skippedTriggers(), "'killed' is nowhere near");
    }
}
