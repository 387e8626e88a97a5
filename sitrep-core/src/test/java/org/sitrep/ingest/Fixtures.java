package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.sitrep.model.Problem;

/** Helpers for ingest tests: write a fixture file, read it, unwrap the single result. */
final class Fixtures {
    private Fixtures() {}

    static Path write(Path dir, String name, String content) {
        return write(dir, name, content.getBytes(StandardCharsets.UTF_8));
    }

    static Path write(Path dir, String name, byte[] content) {
        try {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            return Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<IngestResult> read(Path... paths) {
        return new Ingester(IngestOptions.defaults()).read(List.of(paths)).toList();
    }

    static Article accepted(IngestResult result) {
        return assertInstanceOf(IngestResult.Accepted.class, result, () -> "expected an article, got " + result)
                .article();
    }

    static Article onlyArticle(List<IngestResult> results) {
        assertEquals(1, results.size(), () -> "results: " + results);
        return accepted(results.get(0));
    }

    /** The readable part of a derived id, "story" of "story-0123456789ab", after checking the hash is there. */
    static String stemOf(String id) {
        assertTrue(id.matches(".+-[0-9a-f]{12}"), () -> "expected STEM-<12 hex digits>, got " + id);
        return id.substring(0, id.length() - 13);
    }

    static Problem rejected(IngestResult result) {
        return assertInstanceOf(IngestResult.Rejected.class, result, () -> "expected a rejection, got " + result)
                .problem();
    }

    static Problem onlyProblem(List<IngestResult> results) {
        assertEquals(1, results.size(), () -> "results: " + results);
        return rejected(results.get(0));
    }
}
