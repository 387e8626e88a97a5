package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.testing.WarcFixture;
import picocli.CommandLine;

/** The extract command on inputs that never reach the pipeline, so no model loads: standard input, bad options. */
class ExtractCommandTest {
    private record Run(int status, String out, String err) {}

    private static Run run(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        InputStream originalIn = System.in;
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        try {
            System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int status = new CommandLine(new Main()).execute(args);
            return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setIn(originalIn);
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
    }

    @Test
    void readsStandardInputForADashAndReportsEveryBadRecordInItsPlace() throws Exception {
        Run run = run("""
                {"title": "No text here"}
                {"title": "Broken", "text": "never closed
                """, "extract", "--format", "jsonl", "-");

        assertEquals(1, run.status(), run.err());
        String[] lines = run.out().trim().split("\n");
        assertEquals(2, lines.length, run.out());
        ObjectMapper mapper = new ObjectMapper();
        JsonNode first = mapper.readTree(lines[0]);
        assertEquals("stdin#1", first.get("source").asText());
        assertEquals("INGEST_NO_TEXT", first.get("errors").get(0).get("code").asText());
        assertEquals(
                "INGEST_MALFORMED_JSON",
                mapper.readTree(lines[1]).get("errors").get(0).get("code").asText());
        assertTrue(run.err().startsWith("sitrep: 2 of 2 documents had problems:"), run.err());
        assertTrue(run.err().contains("    stdin#1: record has no text"), run.err());
    }

    @Test
    void aWebArchiveRecordThatHoldsNoArticleIsANoteNotAFailure(@TempDir Path dir) {
        Path warc = new WarcFixture()
                .info()
                .request("https://news.example/a")
                .response("https://news.example/logo.png", Instant.parse("2026-03-04T10:00:00Z"), "image/png", "PNG")
                .write(dir.resolve("crawl.warc.gz"), true);

        Run run = run("", "extract", "--format", "jsonl", warc.toString());

        assertEquals(0, run.status(), run.err());
        assertEquals("", run.out(), "no record for what holds no article");
        assertEquals(
                "sitrep: note: " + warc + ": skipped 3 WARC records that hold no article: 1 image/png,"
                        + " 1 request record, 1 warcinfo record\n",
                run.err());
    }

    @Test
    void rejectsWhitespaceOnlyStandardInputAsEmpty() {
        Run run = run("\n\n", "extract", "--format", "json", "-");
        assertEquals(1, run.status());
        assertTrue(run.out().startsWith("[ {"), run.out());
        assertTrue(run.err().contains("INGEST_EMPTY (1)"), run.err());
    }

    @Test
    void refusesZeroThreadsWithoutAStackTrace() {
        Run run = run("", "extract", "--threads", "0", "-");
        assertEquals(2, run.status());
        assertEquals("sitrep: --threads must be at least 1, got 0\n", run.err());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "--max-bytes|0|sitrep: --max-bytes must be at least 1, got 0",
                "--max-chars|-5|sitrep: --max-chars must be at least 1, got -5",
                "--actors|no-such-actors.tsv|sitrep: --actors no-such-actors.tsv is not a readable file"
            })
    void refusesABadOptionBeforeReadingAnyInput(String option, String value, String message) {
        Run run = run("Rain in Brill.\n", "extract", option, value, "-");
        assertEquals(2, run.status());
        assertEquals(message + "\n", run.err());
        assertEquals("", run.out());
    }

    @Test
    void refusesMoreThreadsThanFourPerCore() {
        Run run = run("", "extract", "--threads", "100000", "-");
        assertEquals(2, run.status());
        assertTrue(run.err().startsWith("sitrep: --threads must be at most "), run.err());
    }

    @Test
    void refusesAMalformedOrEmptyActorsFileNamingItsLineBeforeLoadingModels(@TempDir Path dir) throws Exception {
        Path bad = Files.writeString(
                dir.resolve("actors.tsv"),
                "id\tname\ttype\taliases\tcountry\tsector\tacledType\taffiliations\n"
                        + "brill-guard\tBrill Guard\tORGANIZATION\tthe Guard\t-\tMIL\tseven\t\n");
        Path empty = Files.writeString(
                dir.resolve("empty.tsv"), "id\tname\ttype\taliases\tcountry\tsector\tacledType\taffiliations\n");

        Run malformed = run("Rain in Brill.\n", "extract", "--actors", bad.toString(), "-");
        Run none = run("Rain in Brill.\n", "extract", "--actors", empty.toString(), "-");

        assertEquals(2, malformed.status());
        assertTrue(malformed.err().startsWith("sitrep: --actors: " + bad + ":2"), malformed.err());
        assertTrue(malformed.err().contains("acledType must be a number 1-8, got 'seven'"), malformed.err());
        assertEquals(2, none.status());
        assertTrue(none.err().contains("holds no actors"), none.err());
    }

    @Test
    void endsJsonOutputWithANewline() {
        Run run = run("\n", "extract", "--format", "json", "-");
        assertTrue(run.out().endsWith("} ]\n"), run.out());
    }
}
