package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.ingest.Fixtures.accepted;
import static org.sitrep.ingest.Fixtures.read;
import static org.sitrep.ingest.Fixtures.rejected;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitrep.model.Problem;
import org.sitrep.model.ProblemCode;
import org.sitrep.testing.WarcFixture;

class WarcStreamTest {
    @TempDir
    Path dir;

    private static final Instant CAPTURED = Instant.parse("2026-03-04T23:30:00Z");

    private static final String DATED_PAGE = """
            <html><head><title>Flood in Arn</title>
            <meta property="article:published_time" content="2026-03-02T08:00:00Z"></head>
            <body><article><h1>Flood in Arn</h1>
            <p>A flood swept through the invented town of Arn on Monday, officials said.</p>
            </article></body></html>""";

    private static final String UNDATED_PAGE = """
            <html><head><title>Fire near Bel</title></head>
            <body><article><h1>Fire near Bel</h1>
            <p>A fire burned near the invented village of Bel, firefighters said.</p>
            </article></body></html>""";

    private static WarcFixture crawl() {
        return new WarcFixture()
                .info()
                .request("https://news.example/arn-flood")
                .response("https://news.example/arn-flood", CAPTURED, "text/html; charset=utf-8", DATED_PAGE)
                .metadata("https://news.example/arn-flood")
                .response("https://news.example/logo.png", CAPTURED, "image/png", "PNG")
                .revisit("https://news.example/arn-flood")
                .response("https://news.example/gone", CAPTURED, 404, "text/html", "<p>Not here</p>")
                .response("https://news.example/bel-fire", CAPTURED, "text/html", UNDATED_PAGE)
                .response(
                        "https://news.example/wire.txt",
                        CAPTURED,
                        "text/plain",
                        "Quake shakes Dorn\n\nA quake shook the invented city of Dorn on Sunday.\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"crawl.warc", "crawl.warc.gz"})
    void readsEachHtmlOrTextResponseAsAnArticleAndCountsTheRest(String name) {
        Path file = crawl().write(dir.resolve(name), name.endsWith(".gz"));

        List<IngestResult> results = read(file);

        assertEquals(4, results.size(), () -> "results: " + results);
        Article flood = accepted(results.get(0));
        assertEquals("Flood in Arn", flood.headline());
        assertTrue(flood.source().startsWith("https://news.example/arn-flood (" + file + "@"), flood.source());
        assertEquals(Optional.of(LocalDate.of(2026, 3, 2)), flood.published(), "the page's own date comes first");
        assertTrue(flood.id().matches("crawl-[0-9a-f]{12}"), flood.id());
        Article fire = accepted(results.get(1));
        assertEquals(Optional.of(LocalDate.of(2026, 3, 4)), fire.published(), "no date on the page: WARC-Date");
        assertTrue(fire.warnings().stream().noneMatch(w -> w.code().equals(ProblemCode.NO_DATE)));
        assertEquals("Quake shakes Dorn", accepted(results.get(2)).headline());
        Problem skipped = assertInstanceOf(IngestResult.Skipped.class, results.get(3), "a note, not a rejection")
                .note();
        assertEquals(ProblemCode.INGEST_SKIPPED, skipped.code());
        assertEquals(file.toString(), skipped.source());
        assertEquals(
                "skipped 6 WARC records that hold no article: 1 HTTP status 404, 1 image/png, 1 metadata record,"
                        + " 1 request record, 1 revisit record, 1 warcinfo record",
                skipped.message());
    }

    @Test
    void givesTheSameIdsInAnyRunAndThroughAStream() throws Exception {
        Path file = crawl().write(dir.resolve("crawl.warc.gz"), true);
        List<String> first = ids(read(file));
        List<String> again = ids(new Ingester(IngestOptions.defaults())
                .read(new ByteArrayInputStream(Files.readAllBytes(file)), "crawl.warc.gz", "upload")
                .toList());

        assertEquals(3, first.size());
        assertEquals(first, again);
    }

    @Test
    void rejectsABrokenRecordNamingFileAndOffsetAndKeepsTheRecordsBefore() throws Exception {
        byte[] good = new WarcFixture()
                .response("https://news.example/bel-fire", CAPTURED, "text/html", UNDATED_PAGE)
                .bytes(dir.resolve("scratch.warc"), false);
        byte[] broken = Arrays.copyOf(good, good.length * 2 - 40);
        System.arraycopy(good, 0, broken, good.length, good.length - 40); // the second copy is cut short
        Path file = Fixtures.write(dir, "cut.warc", broken);

        List<IngestResult> results = read(file);

        assertEquals(2, results.size(), () -> "results: " + results);
        assertEquals("Fire near Bel", accepted(results.get(0)).headline());
        Problem problem = rejected(results.get(1));
        assertEquals(ProblemCode.INGEST_IO, problem.code());
        assertEquals(file + "@" + good.length, problem.source(), "the broken record's own offset");
    }

    private static List<String> ids(List<IngestResult> results) {
        return results.stream()
                .filter(r -> r instanceof IngestResult.Accepted)
                .map(r -> accepted(r).id())
                .toList();
    }
}
