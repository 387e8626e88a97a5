package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.sitrep.ingest.Fixtures.accepted;
import static org.sitrep.ingest.Fixtures.onlyArticle;
import static org.sitrep.ingest.Fixtures.read;
import static org.sitrep.ingest.Fixtures.rejected;
import static org.sitrep.ingest.Fixtures.write;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Document;
import org.sitrep.model.Problem;
import org.sitrep.model.ProblemCode;

class IngesterTest {
    @TempDir
    Path dir;

    private static final String STORY =
            "Fire in the hills\n\n5 June 2019\n\nA fire burned in the invented hills of Arn.\n";

    @Test
    void readsDirectoriesRecursivelyInPathOrderSkippingHiddenFiles() {
        write(dir, "b.txt", STORY);
        write(dir, "a/z.txt", STORY);
        write(dir, "a/c.txt", STORY);
        write(dir, ".hidden.txt", STORY);
        write(dir, ".git/config.txt", STORY);
        write(dir, "a/.DS_Store", new byte[] {0, 1, 2});
        Path single = write(dir.resolve("elsewhere"), "single.txt", STORY);

        List<IngestResult> results = read(single, dir.resolve("a"), dir.resolve("b.txt"));

        assertEquals(
                List.of(
                        single.toString(),
                        dir.resolve("a/c.txt").toString(),
                        dir.resolve("a/z.txt").toString(),
                        dir.resolve("b.txt").toString()),
                results.stream().map(IngestResult::source).toList());
        assertEquals(
                List.of("single", "c", "z", "b"),
                results.stream().map(r -> Fixtures.stemOf(accepted(r).id())).toList());
    }

    @Test
    void walksAWholeTreeInSortedOrder() {
        write(dir, "b.txt", STORY);
        write(dir, "a/z.txt", STORY);
        write(dir, "a/c.txt", STORY);
        write(dir, ".hidden/x.txt", STORY);

        List<String> sources = read(dir).stream().map(IngestResult::source).toList();

        assertEquals(
                List.of(
                        dir.resolve("a/c.txt").toString(),
                        dir.resolve("a/z.txt").toString(),
                        dir.resolve("b.txt").toString()),
                sources);
    }

    @Test
    void ordersFilesAsSortingTheirWholePathsWould() {
        write(dir, "a.txt", STORY);
        write(dir, "a/b.txt", STORY);
        write(dir, "a-b.txt", STORY);
        write(dir, "a/b/c.txt", STORY);
        write(dir, "a/b.0.txt", STORY);

        List<String> sources = read(dir).stream().map(IngestResult::source).toList();

        assertEquals(
                List.of("a-b.txt", "a.txt", "a/b.0.txt", "a/b.txt", "a/b/c.txt"),
                sources.stream().map(s -> dir.relativize(Path.of(s)).toString()).toList());
    }

    @Test
    void givesTheSameArticleTheSameIdInAnyBatchAtAnyPosition() {
        Path one = write(dir, "x/story.txt", STORY);
        Path two = write(dir, "y/story.html", "<p>Another invented story.</p>");

        List<String> batch =
                read(one, two, one).stream().map(r -> accepted(r).id()).toList();
        String alone = onlyArticle(read(write(dir, "z/story.txt", STORY))).id();

        assertEquals(batch.get(0), batch.get(2), "the same article twice in a batch");
        assertEquals(batch.get(0), alone, "in another batch, first instead of first and third, from another directory");
        assertNotEquals(batch.get(0), batch.get(1), "another article");
        // pinned: the id is the same in every run and on every machine (SHA-256 of URL, headline and body)
        assertEquals("story-88a9165cdaf9", alone);
    }

    @Test
    void givesADifferentIdToADifferentTextOrUrl() {
        String a = onlyArticle(read(write(dir, "a/story.txt", STORY))).id();
        String b = onlyArticle(read(write(dir, "b/story.txt", STORY.replace("hills of Arn", "hills of Orn"))))
                .id();
        List<IngestResult> records = read(write(dir, "feed.jsonl", """
                {"title": "Fire", "text": "A fire burned.", "url": "https://example.org/1"}
                {"title": "Fire", "text": "A fire burned.", "url": "https://example.org/2"}
                """));
        assertNotEquals(a, b);
        assertNotEquals(accepted(records.get(0)).id(), accepted(records.get(1)).id(), "same text, other URL");
    }

    @Test
    void warnsWhenNoDateIsFound() {
        Article article =
                onlyArticle(read(write(dir, "undated.txt", "Police said the invented road was closed yesterday.")));

        assertEquals(Optional.empty(), article.published());
        Problem warning = article.warnings().get(0);
        assertEquals(ProblemCode.NO_DATE, warning.code());
        assertEquals(article.source(), warning.source());
        assertTrue(warning.message().contains("relative times"), warning.message());
        assertTrue(warning.message().contains("unresolved"), warning.message());
    }

    @Test
    void thePublishedOverrideWinsOverEveryDateInTheArticle() {
        Path file = write(dir, "dated.html", """
                <html><head><meta property="article:published_time" content="2019-06-05"></head>
                <body><p>5 June 2019</p><p>KABUL, 2 June 2019 - Invented text.</p></body></html>""");
        LocalDate override = LocalDate.of(2020, 1, 1);

        List<IngestResult> results = new Ingester(IngestOptions.defaults().withPublishedOverride(override))
                .read(List.of(file))
                .toList();

        Article article = accepted(results.get(0));
        assertEquals(Optional.of(override), article.published());
        assertEquals(List.of(), article.warnings());
    }

    @Test
    @Tag("issue-12")
    void aDatelineWithoutAYearIsDatedByTheWeekdayOfItsLead() {
        Path file = write(dir, "wire.txt", """
                Invented raid in the hills

                ARNVILLE, March 12 (AFP) -

                Invented gunmen raided a post overnight, the army said Saturday.
                """);
        List<IngestResult> results = new Ingester(IngestOptions.defaults().withToday(LocalDate.of(2026, 12, 8)))
                .read(List.of(file))
                .toList();
        Article article = onlyArticle(results);
        assertEquals(Optional.of(LocalDate.of(2022, 3, 12)), article.published(), "March 12 was a Saturday in 2022");
        assertEquals(Optional.of("Arnville"), article.dateline());
        assertEquals(List.of(), article.warnings());
    }

    @Test
    void metadataDateWinsOverADateLine() {
        Path file = write(dir, "dated.html", """
                <html><head><meta property="article:published_time" content="2019-06-05"></head>
                <body><p>7 June 2019</p><p>Invented text about a fire.</p></body></html>""");
        Article article = onlyArticle(read(file));
        assertEquals(Optional.of(LocalDate.of(2019, 6, 5)), article.published());
        assertEquals("Invented text about a fire.", article.body());
    }

    @Test
    void decodesWindows1252WithAWarning() {
        byte[] bytes =
                "Caf\u00e9 bombing in the invented town of S\u00e8te \u2014 \u201cno one hurt\u201d\n\n8 May 2012\n\nText."
                        .getBytes(Charset.forName("windows-1252"));

        Article article = onlyArticle(read(write(dir, "cafe.txt", bytes)));

        assertEquals(
                "Caf\u00e9 bombing in the invented town of S\u00e8te \u2014 \u201cno one hurt\u201d",
                article.headline());
        assertEquals(
                List.of(ProblemCode.INGEST_ENCODING),
                article.warnings().stream().map(Problem::code).toList());
    }

    @Test
    void normalisesBomLineEndingsNoBreakSpacesAndUnicodeForm() {
        String text =
                "\uFEFFHeadline here\r\n\r\n8 May 2012\r\nThe mayor of Ce\u0301ret said 10\u00a0people\u202Fleft.\r\nSecond.\r\n";
        Article article = onlyArticle(read(write(dir, "crlf.txt", text)));
        assertEquals("Headline here", article.headline());
        assertEquals("The mayor of C\u00e9ret said 10 people left.\n\nSecond.", article.body());
    }

    @Test
    void decodesUtf16WithAByteOrderMark() {
        byte[] bytes = "\uFEFFA flood hit the invented plain of Mur.".getBytes(StandardCharsets.UTF_16LE);
        assertEquals(
                "A flood hit the invented plain of Mur.",
                onlyArticle(read(write(dir, "wide.txt", bytes))).body());
    }

    @Test
    void becomesAPipelineDocumentWithItsWarnings() {
        Article article = onlyArticle(read(write(dir, "doc.txt", "A storm hit the invented coast of Lor.")));
        Document document = article.toDocument();
        assertEquals(article.id(), document.id());
        assertEquals(article.body(), document.text());
        assertEquals(article.warnings(), document.problems());
    }

    @Test
    void carriesOnAfterABadFile() {
        Path good = write(dir, "good.txt", STORY);
        List<IngestResult> results = read(dir.resolve("missing.txt"), write(dir, "empty.txt", ""), good);
        assertEquals(3, results.size());
        assertEquals(ProblemCode.INGEST_NOT_FOUND, rejected(results.get(0)).code());
        assertEquals(ProblemCode.INGEST_EMPTY, rejected(results.get(1)).code());
        assertFalse(accepted(results.get(2)).body().isEmpty());
    }

    @Test
    void readsALinkToAFileInADirectoryAndNamesEveryOtherLinkOrSpecialFile() throws Exception {
        Path news = dir.resolve("news");
        Path elsewhere = write(dir.resolve("elsewhere"), "story.txt", STORY);
        write(news, "a.txt", STORY);
        Files.createSymbolicLink(news.resolve("b-link.txt"), elsewhere);
        Files.createSymbolicLink(news.resolve("c-broken.txt"), dir.resolve("no-such-file.txt"));
        Files.createSymbolicLink(news.resolve("d-dir"), dir.resolve("elsewhere"));
        Path fifo = news.resolve("e-fifo");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo is not available");

        List<IngestResult> results = read(news);

        assertEquals(5, results.size());
        accepted(results.get(0));
        assertEquals(
                news.resolve("b-link.txt").toString(), accepted(results.get(1)).source());
        assertEquals(ProblemCode.INGEST_NOT_FOUND, rejected(results.get(2)).code());
        assertEquals(
                news.resolve("d-dir").resolve("story.txt").toString(),
                accepted(results.get(3)).source());
        assertEquals(
                "not a regular file (a FIFO, device or socket): not read",
                rejected(results.get(4)).message());
    }

    @Test
    void aFifoOrADeviceNamedOnTheCommandLineIsNamedNotOpened() throws Exception {
        Path fifo = dir.resolve("feed-fifo");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo is not available");
        Path story = write(dir, "story.txt", STORY);
        Path zero = Path.of("/dev/zero");

        List<IngestResult> results = read(fifo, zero, story); // opening the FIFO would wait for a writer for ever

        assertEquals(3, results.size());
        assertEquals(
                "not a regular file (a FIFO, device or socket): not read; pipe it to '-' to read standard input",
                rejected(results.get(0)).message());
        if (Files.exists(zero)) {
            assertEquals(ProblemCode.INGEST_IO, rejected(results.get(1)).code(), "/dev/zero is endless: never read");
        }
        accepted(results.get(2));
    }

    @Test
    void aLinkBackToADirectoryAlreadyReadIsALoopAndIsNamedOnce() throws Exception {
        Path news = dir.resolve("news");
        write(news, "a.txt", STORY);
        Files.createSymbolicLink(news.resolve("b-loop"), news);

        List<IngestResult> results = read(news);

        assertEquals(2, results.size(), "the file once, the loop once: " + results);
        accepted(results.get(0));
        assertTrue(rejected(results.get(1)).message().contains("already read in this walk"));
    }
}
