package org.sitrep.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Document;

/** The bench on three small articles: the warm-up documents are run but never timed. */
class SpeedBenchIT {
    @Test
    void timesOnlyTheDocumentsAfterTheWarmUp(@TempDir Path dir) throws Exception {
        Files.writeString(
                dir.resolve("a.txt"), "Rebels seized the town of Kafr Nabl on Monday.\n", StandardCharsets.UTF_8);
        Files.writeString(
                dir.resolve("b.txt"), "Police arrested two men in Kano on Tuesday.\n", StandardCharsets.UTF_8);
        Files.writeString(
                dir.resolve("c.txt"), "Protesters marched through Beirut on Friday.\n", StandardCharsets.UTF_8);
        List<Document> documents = BenchCorpus.read(dir, false).take(3);
        ByteArrayOutputStream log = new ByteArrayOutputStream();

        SpeedBench.Result result = new SpeedBench(new PrintStream(log, true, StandardCharsets.UTF_8))
                .run(documents, new SpeedBench.Options(1, 1, true));

        assertEquals(1, result.runs().size(), "the baseline was skipped");
        RunResult sitrep = result.runs().get(0);
        assertEquals(2, sitrep.docs(), "three documents, one of them the warm-up");
        assertEquals(0, sitrep.failed());
        assertTrue(sitrep.tokens() >= 2 * 8, "tokens of the two timed articles: " + sitrep.tokens());
        assertTrue(sitrep.events().orElseThrow() > 0, "events per document");
        assertTrue(
                result.stages().stream().anyMatch(s -> s.stage().equals("depparse")),
                result.stages().toString());
        assertTrue(
                log.toString(StandardCharsets.UTF_8).contains("warming up on 1 documents"),
                log.toString(StandardCharsets.UTF_8));
    }
}
