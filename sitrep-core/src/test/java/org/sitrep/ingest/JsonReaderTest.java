package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.ingest.Fixtures.accepted;
import static org.sitrep.ingest.Fixtures.onlyArticle;
import static org.sitrep.ingest.Fixtures.onlyProblem;
import static org.sitrep.ingest.Fixtures.read;
import static org.sitrep.ingest.Fixtures.rejected;
import static org.sitrep.ingest.Fixtures.write;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Problem;
import org.sitrep.model.ProblemCode;

class JsonReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsOneObject() {
        Path file = write(dir, "one.json", """
                {"title": "Strike closes port", "text": "Dockers in the invented port of Brill walked out.\\n\\nShips waited offshore.",
                 "date": "2018-06-01"}""");

        Article article = onlyArticle(read(file));

        assertEquals("one", Fixtures.stemOf(article.id()));
        assertEquals(file.toString(), article.source());
        assertEquals("Strike closes port", article.headline());
        assertEquals(Optional.of(LocalDate.of(2018, 6, 1)), article.published());
        assertEquals("Dockers in the invented port of Brill walked out.\n\nShips waited offshore.", article.body());
    }

    @Test
    void aLoneSurrogateEscapeBecomesTheReplacementCharacterAndAPairStaysWhole() {
        Path file = write(dir, "surrogates.json", """
                {"id": "x\\ud83d", "title": "Rocket \\ud83d\\ude80 launched", "text": "Broken \\ude80 emoji in a report of the invented port of Brill."}""");

        Article article = onlyArticle(read(file));

        assertEquals("x\uFFFD", article.id());
        assertEquals("Rocket \uD83D\uDE80 launched", article.headline());
        assertEquals("Broken \uFFFD emoji in a report of the invented port of Brill.", article.body());
    }

    @Test
    void aNumericDateFieldIsReadInTheOrderOfTheOutletsCountry() {
        Path file = write(dir, "dates.jsonl", """
                {"title": "Ferry sinks", "datePublished": "07/08/2024", "url": "https://news.example.us/ferry", "text": "A ferry sank off the invented port of Brill."}
                {"title": "Ferry sinks", "datePublished": "07/08/2024", "url": "https://news.example.co.uk/ferry", "text": "A ferry sank off the invented port of Brill."}
                {"title": "Ferry sinks", "datePublished": "13/08/2024", "url": "https://news.example.us/ferry", "text": "A ferry sank off the invented port of Brill."}""");

        List<IngestResult> results = read(file);

        assertEquals(
                Optional.of(LocalDate.of(2024, 7, 8)), accepted(results.get(0)).published(), "US: month first");
        assertEquals(
                Optional.of(LocalDate.of(2024, 8, 7)), accepted(results.get(1)).published(), "UK: day first");
        assertEquals(
                Optional.of(LocalDate.of(2024, 8, 13)), accepted(results.get(2)).published(), "13 is no month");
    }

    @Test
    void readsAnArrayWithOtherFieldNames() {
        Path file = write(dir, "batch.json", """
                [
                  {"headline": "First", "body": "Text of the first invented story.", "publish_date": "1 May 2018"},
                  {"headline": "Second", "content": "<p>Text of the <b>second</b>.</p><p>More.</p>", "pubDate": "Wed, 02 May 2018 10:00:00 GMT"},
                  {"headline": "Third", "article": ["Para one.", "Para two."], "datePublished": "2018-05-03T00:00:00Z"}
                ]""");

        List<IngestResult> results = read(file);

        assertEquals(3, results.size());
        Article first = accepted(results.get(0));
        Article second = accepted(results.get(1));
        Article third = accepted(results.get(2));
        assertEquals(
                List.of("batch", "batch", "batch"),
                Stream.of(first, second, third)
                        .map(a -> Fixtures.stemOf(a.id()))
                        .toList());
        assertEquals(3, Set.of(first.id(), second.id(), third.id()).size(), "different articles, different ids");
        assertEquals(file + "#2", second.source());
        assertEquals(Optional.of(LocalDate.of(2018, 5, 1)), first.published());
        assertEquals(Optional.of(LocalDate.of(2018, 5, 2)), second.published());
        assertEquals(Optional.of(LocalDate.of(2018, 5, 3)), third.published());
        assertEquals("Text of the second.\n\nMore.", second.body());
        assertEquals("Para one.\n\nPara two.", third.body());
    }

    @Test
    void readsJsonLinesAndRejectsOnlyTheMalformedLine() {
        Path file = write(dir, "feed.jsonl", """
                {"id": "a-1", "title": "Quake", "text": "A quake shook the invented island of Tor.", "date": "2017-03-01", "url": "https://example.org/quake"}
                {"title": "Broken", "text": "This line never ends

                {"title": "Aftershock", "text": "An aftershock followed.", "published": "2017-03-02"}
                """);

        List<IngestResult> results = read(file);

        assertEquals(3, results.size());
        Article quake = accepted(results.get(0));
        assertEquals("a-1", quake.id(), "the record's own id, as given");
        assertEquals("https://example.org/quake (" + file + "#1)", quake.source());
        Problem broken = rejected(results.get(1));
        assertEquals(ProblemCode.INGEST_MALFORMED_JSON, broken.code());
        assertEquals(file + "#2", broken.source());
        assertTrue(broken.message().startsWith("line 2 is not valid JSON"), broken.message());
        assertTrue(!broken.message().contains("never ends"), broken.message());
        Article aftershock = accepted(results.get(2));
        assertEquals("feed", Fixtures.stemOf(aftershock.id()));
        assertEquals(file + "#4", aftershock.source());
        assertEquals(Optional.of(LocalDate.of(2017, 3, 2)), aftershock.published());
    }

    @Test
    void detectsJsonLinesWithoutTheExtension() {
        Path file = write(dir, "feed.txt", """
                {"title": "One", "text": "First invented report."}
                {"title": "Two", "text": "Second invented report."}
                """);
        List<IngestResult> results = read(file);
        assertEquals(
                List.of(file + "#1", file + "#2"),
                results.stream().map(r -> accepted(r).source()).toList());
    }

    @Test
    void rejectsMalformedJsonNamingTheFileAndPlace() {
        Problem problem = onlyProblem(read(write(dir, "bad.json", "{\"title\": \"x\",\n  \"text\": }")));
        assertEquals(ProblemCode.INGEST_MALFORMED_JSON, problem.code());
        assertEquals(dir.resolve("bad.json").toString(), problem.source());
        assertTrue(problem.message().contains("line 2"), problem.message());
    }

    @Test
    void rejectsRecordsWithoutTextOrThatAreNotObjects() {
        List<IngestResult> results = read(write(dir, "mixed.json", """
                [{"title": "No text here", "date": "2018-01-01"}, 42, {"title": "Fine", "text": "Invented text."}]"""));
        assertEquals(ProblemCode.INGEST_NO_TEXT, rejected(results.get(0)).code());
        assertEquals(ProblemCode.INGEST_MALFORMED_JSON, rejected(results.get(1)).code());
        assertEquals(dir.resolve("mixed.json") + "#3", accepted(results.get(2)).source());
    }

    @Test
    void dropsATextThatRepeatsTheHeadlineAndReadsEpochDates() {
        Article article = onlyArticle(read(write(dir, "repeat.json", """
                {"title": "Ferry sinks", "text": "Ferry sinks\\n\\nA ferry sank off the invented cape of Lo.", "date": 1452160000}""")));
        assertEquals("A ferry sank off the invented cape of Lo.", article.body());
        assertEquals(Optional.of(LocalDate.of(2016, 1, 7)), article.published());
    }

    @Test
    void rejectsFieldsOfTheWrongTypeNamingThemAndReadsTheOtherRecords() {
        Path file = write(dir, "types.jsonl", """
                {"id": "a1", "text": null}
                {"id": null, "text": "Gunmen attacked a police post in the invented town of Brill."}
                {"id": "a3", "text": 42}
                {"id": {"x": 1}, "text": "Rebels seized Orn."}
                {"id": 7, "text": ["Floods hit Lor.", "Roads closed."], "title": ["not", "a string"]}
                {"id": 8, "text": "Floods hit Lor.", "url": "https://example.org/lor"}
                """);

        List<IngestResult> results = read(file);

        assertEquals(ProblemCode.INGEST_NO_TEXT, rejected(results.get(0)).code()); // null is no text, not "null"
        assertEquals("types", Fixtures.stemOf(accepted(results.get(1)).id())); // null is no id, not "null"
        assertEquals(
                "field 'text' is a JSON number, expected a string or an array of strings",
                rejected(results.get(2)).message());
        assertEquals(
                "field 'id' is a JSON object, expected a string or an integer",
                rejected(results.get(3)).message());
        assertEquals(
                "field 'title' is a JSON array, expected a string",
                rejected(results.get(4)).message());
        assertEquals("8", accepted(results.get(5)).id());
    }

    @Test
    void readsObjectsOneAfterTheOtherAndSaysWhereTrailingGarbageBegins() {
        Path file = write(dir, "dump.json", """
                {"title": "One", "text": "Rain fell on the invented town of Brill."}{"title": "Two",
                  "text": "Snow fell on Orn."}
                not json at all""");

        List<IngestResult> results = read(file);

        assertEquals(3, results.size());
        assertEquals("One", accepted(results.get(0)).headline());
        assertEquals("Two", accepted(results.get(1)).headline());
        Problem garbage = rejected(results.get(2));
        assertEquals(file + "#3", garbage.source());
        assertTrue(garbage.message().startsWith("not valid JSON after record 2: "), garbage.message());
    }

    @Test
    void keepsTheRecordsOfAnArrayBeforeASyntaxError() {
        Path file = write(dir, "cut.json", """
                [{"title": "One", "text": "Rain fell on Brill."},
                 {"title": "Two", "text": "Snow fell on Orn."},
                 {"title": "Three", "text": "Hail fell on""");

        List<IngestResult> results = read(file);

        assertEquals(
                List.of("One", "Two"),
                results.subList(0, 2).stream().map(r -> accepted(r).headline()).toList());
        assertEquals(ProblemCode.INGEST_MALFORMED_JSON, rejected(results.get(2)).code());
        assertEquals(3, results.size());
    }

    @Test
    void rejectsAJsonLinesLineWithContentAfterItsObject() {
        Path file = write(dir, "feed.jsonl", """
                {"text": "Rain fell on the invented town of Brill."}
                {"text": "Snow fell on Orn."} {"text": "Hail fell on Lor."}
                {"text": "Fog lay over Arn."}
                """);

        List<IngestResult> results = read(file);

        assertEquals(3, results.size());
        accepted(results.get(0));
        Problem second = rejected(results.get(1));
        assertEquals(file + "#2", second.source());
        assertTrue(second.message().startsWith("line 2 is not valid JSON"), second.message());
        accepted(results.get(2));
    }

    @Test
    void keepsATextEqualToItsTitleAsTheText() {
        Path file = write(dir, "flash.json", """
                {"title": "Gunmen kill three in the invented town of Brill", "text": "Gunmen kill three in the invented town of Brill"}""");

        Article article = onlyArticle(read(file));

        assertEquals("Gunmen kill three in the invented town of Brill", article.body());
    }
}
