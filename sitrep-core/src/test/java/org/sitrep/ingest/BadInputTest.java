package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.ingest.Fixtures.onlyProblem;
import static org.sitrep.ingest.Fixtures.read;
import static org.sitrep.ingest.Fixtures.write;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Problem;
import org.sitrep.model.ProblemCode;

class BadInputTest {
    @TempDir
    Path dir;

    private static Problem rejectedWith(String code, List<IngestResult> results) {
        Problem problem = onlyProblem(results);
        assertEquals(code, problem.code(), problem::toString);
        return problem;
    }

    @Test
    void rejectsEmptyAndWhitespaceOnlyFiles() {
        Path empty = write(dir, "empty.txt", "");
        Path blank = write(dir, "blank.txt", " \n\t\r\n\u00a0 \n");
        assertEquals(
                empty.toString(),
                rejectedWith(ProblemCode.INGEST_EMPTY, read(empty)).source());
        assertEquals(
                blank.toString(),
                rejectedWith(ProblemCode.INGEST_EMPTY, read(blank)).source());
    }

    @Test
    void rejectsAnEmptyDirectory() throws IOException {
        Path empty = Files.createDirectory(dir.resolve("nothing"));
        rejectedWith(ProblemCode.INGEST_EMPTY, read(empty));
    }

    @Test
    void rejectsBinaryFiles() {
        rejectedWith(
                ProblemCode.INGEST_BINARY,
                read(write(dir, "image.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13})));
        byte[] controls = "text\u0001\u0002\u0003\u0004\u0005 more".getBytes();
        rejectedWith(ProblemCode.INGEST_BINARY, read(write(dir, "controls.txt", controls)));
    }

    @Test
    void rejectsBytesThatAreNeitherUtf8NorWindows1252() {
        byte[] bytes = {'A', ' ', (byte) 0x81, (byte) 0x8D, ' ', 'B'};
        rejectedWith(ProblemCode.INGEST_UNDECODABLE, read(write(dir, "odd.txt", bytes)));
    }

    @Test
    void rejectsFilesOverTheByteLimitNamingTheNumbersAndTheSetting() {
        Path file = write(dir, "big.txt", "A".repeat(2_000));
        List<IngestResult> results = new Ingester(
                        new IngestOptions(1_000, 100_000, Optional.empty(), LocalDate.of(2026, 12, 8)))
                .read(List.of(file))
                .toList();
        Problem problem = rejectedWith(ProblemCode.INGEST_TOO_LARGE, results);
        assertTrue(problem.message().contains("2000"), problem.message());
        assertTrue(problem.message().contains("1000"), problem.message());
        assertTrue(problem.message().contains("raise --max-bytes"), problem.message());
    }

    @Test
    void rejectsBodiesOverTheCharacterLimit() {
        Path file = write(dir, "long.txt", "Word ".repeat(100));
        List<IngestResult> results = new Ingester(
                        new IngestOptions(1_000_000, 50, Optional.empty(), LocalDate.of(2026, 12, 8)))
                .read(List.of(file))
                .toList();
        Problem problem = rejectedWith(ProblemCode.INGEST_TOO_LONG, results);
        assertTrue(problem.message().contains("499 chars"), problem.message());
        assertTrue(problem.message().contains("--max-chars"), problem.message());
        assertFalse(problem.message().contains("Word"), problem.message());
    }

    @Test
    void rejectsMissingPaths() {
        Path missing = dir.resolve("nope/none.txt");
        Problem problem = rejectedWith(ProblemCode.INGEST_NOT_FOUND, read(missing));
        assertEquals(missing.toString(), problem.source());
    }

    @Test
    void rejectsFilesThatCannotBeRead() {
        Path file = write(dir, "locked.txt", "Some invented text.");
        Ingester failing = new Ingester(IngestOptions.defaults(), path -> {
            throw new AccessDeniedException(path.toString());
        });
        Problem problem =
                rejectedWith(ProblemCode.INGEST_IO, failing.read(List.of(file)).toList());
        assertEquals(file.toString(), problem.source());
        assertTrue(problem.message().contains("AccessDeniedException"), problem.message());
    }

    @Test
    void rejectsFilesWithoutReadPermission() throws IOException {
        Path file = write(dir, "private.txt", "Some invented text.");
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        } catch (UnsupportedOperationException e) {
            Assumptions.abort("no POSIX permissions here");
        }
        Assumptions.assumeFalse(Files.isReadable(file), "running as a user who can read any file (root)");
        rejectedWith(ProblemCode.INGEST_IO, read(file));
    }

    @Test
    void turnsAReaderBugIntoARejectionInsteadOfAnException() {
        Path file = write(dir, "any.txt", "Some invented text.");
        Ingester buggy = new Ingester(IngestOptions.defaults(), path -> {
            throw new IllegalStateException("boom");
        });
        rejectedWith(ProblemCode.INGEST_FAILED, buggy.read(List.of(file)).toList());
    }

    @Test
    void rejectsHtmlWithoutTextAndBadJson() {
        rejectedWith(
                ProblemCode.INGEST_NO_TEXT,
                read(write(dir, "shell.html", "<html><body><script>app()</script></body></html>")));
        rejectedWith(ProblemCode.INGEST_MALFORMED_JSON, read(write(dir, "bad.json", "{\"title\": ")));
    }

    @Test
    void keepsMessagesShortAndFreeOfArticleText() {
        String secret = "UNIQUE-ARTICLE-SENTENCE";
        List<IngestResult> results = read(write(dir, "bad.json", "{\"text\": \"" + secret + "\" \"title\": 1}"));
        Problem problem = onlyProblem(results);
        assertFalse(problem.message().contains(secret), problem.message());
        assertTrue(problem.message().length() < 200, problem.message());
    }
}
