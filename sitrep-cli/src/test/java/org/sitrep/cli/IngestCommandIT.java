package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.countries.Countries;
import org.sitrep.data.WordLists;
import org.sitrep.store.export.AcledCsv;
import org.sitrep.store.export.EventParquet;

/** {@code ingest} and {@code query} end to end on articles written for the test, with the real pipeline. */
class IngestCommandIT {
    @TempDir
    Path dir;

    private record Run(int status, String out, String err) {}

    private static Run sitrep(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        int status;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            status = Main.commandLine().execute(args);
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void storesEachArticleOnceKeepsFailuresAndExportsWhatLoadsBack() throws Exception {
        Path articles = dir.resolve("articles");
        FixtureArticles.write(articles, 6);
        Files.write(articles.resolve("photo.txt"), new byte[] {0, 1, 2, 0, 0, 7});
        String db = dir.resolve("store.db").toString();

        Run first = sitrep("ingest", "--db", db, articles.toString());
        assertEquals(1, first.status(), "a rejected input makes the status 1: " + first.err());
        assertTrue(first.err().contains("6 articles stored, 0 unchanged, 1 failed"), first.err());
        assertTrue(first.err().contains("INGEST_BINARY"), first.err());

        Run again = sitrep("ingest", "--db", db, articles.toString());
        assertTrue(again.err().contains("0 articles stored, 6 unchanged, 1 failed"), again.err());

        Run csv = sitrep("query", "--db", db, "--format", "csv", "--limit", "1000");
        assertEquals(0, csv.status(), csv.err());
        List<CSVRecord> rows = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(csv.out()))
                .getRecords();
        assertFalse(rows.isEmpty());
        assertEquals(
                new AcledCsv(Countries.load(WordLists.load())).header(),
                rows.get(0).getParser().getHeaderNames());
        for (CSVRecord row : rows) {
            assertTrue(row.get("event_date").matches("202[34]-\\d\\d-\\d\\d"), row.toString());
            assertFalse(row.get("notes").isBlank(), row.toString());
        }
        assertTrue(
                rows.stream()
                        .anyMatch(r -> r.get("location").equals("Mosul")
                                && r.get("country_iso2").equals("IQ")),
                "Mosul is placed in Iraq");

        JsonNode geo = new ObjectMapper()
                .readTree(sitrep("query", "--db", db, "--format", "geojson", "--limit", "1000")
                        .out());
        assertEquals("FeatureCollection", geo.get("type").asText());
        assertEquals(rows.size(), geo.get("features").size(), "the same events in every format");
        Path parquet = dir.resolve("events.parquet");
        Run toFile = sitrep("query", "--db", db, "--format", "parquet", "--out", parquet.toString(), "--limit", "1000");
        assertEquals(0, toFile.status(), toFile.err());
        assertEquals(
                rows.stream().map(r -> r.get("event_id_cnty")).toList(),
                EventParquet.rows(parquet).stream()
                        .map(r -> r.get("event_id_cnty"))
                        .toList(),
                "the same events in Parquet");
        Run toPipe = sitrep("query", "--db", db, "--format", "parquet", "--limit", "1000");
        assertTrue(toPipe.out().startsWith("PAR1"), "a redirected output gets the Parquet file itself");
        Path incidents = dir.resolve("incidents.parquet");
        Run incidentFile =
                sitrep("query", "--db", db, "--incidents", "--format", "parquet", "--out", incidents.toString());
        assertEquals(0, incidentFile.status(), incidentFile.err());
        assertTrue(Files.readString(incidents, StandardCharsets.ISO_8859_1).startsWith("PAR1"));
        Run near = sitrep("query", "--db", db, "--near", "36.34,43.13,30", "--format", "json");
        for (JsonNode event : new ObjectMapper().readTree(near.out())) {
            assertEquals("IRQ", event.get("country").asText(), event.toString());
        }
        Run bad = sitrep("query", "--db", db, "--near", "north of Mosul");
        assertEquals(2, bad.status());
        assertTrue(bad.err().contains("LAT,LON,KM"), bad.err());
        Run noStore = sitrep("query", "--db", dir.resolve("missing.db").toString());
        assertEquals(2, noStore.status());
        assertTrue(noStore.err().contains("no store at"), noStore.err());
    }

    /** kill -9 in the middle of an ingest, then a re-run: the store ends as an uninterrupted ingest leaves it. */
    @Test
    void aKilledIngestLosesNothingCommittedAndAReRunFinishesTheJob() throws Exception {
        Path articles = dir.resolve("articles");
        int total = 120;
        FixtureArticles.write(articles, total);
        Path killed = dir.resolve("killed.db");
        Process ingest = new ProcessBuilder(
                        ProcessHandle.current().info().command().orElse("java"),
                        "-Xmx1g",
                        "-cp",
                        System.getProperty("java.class.path"),
                        Main.class.getName(),
                        "ingest",
                        "--threads",
                        "1",
                        "--db",
                        killed.toString(),
                        articles.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("ingest.log").toFile())
                .start();
        long stored = StoreFiles.waitForArticles(killed, 5, Duration.ofMinutes(3));
        ingest.destroyForcibly().waitFor();
        long atKill = StoreFiles.rows(killed, "articles");
        assertTrue(stored >= 5 && atKill < total, "killed midway: " + atKill + " of " + total + " stored");

        Path whole = dir.resolve("whole.db");
        sitrep("ingest", "--db", whole.toString(), articles.toString());
        Map<String, String> expected = rowsByArticle(whole);
        Map<String, String> afterKill = rowsByArticle(killed);
        afterKill.forEach(
                (article, rows) -> assertEquals(expected.get(article), rows, "no half-written article: " + article));

        Run rerun = sitrep("ingest", "--db", killed.toString(), articles.toString());
        assertTrue(
                rerun.err().contains("%d articles stored, %d unchanged".formatted(total - atKill, atKill)),
                rerun.err());
        assertEquals(expected, rowsByArticle(killed));
    }

    /** Each article's events and arguments as text, for comparing two stores. */
    private static Map<String, String> rowsByArticle(Path db) throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT id FROM articles")) {
                while (r.next()) {
                    out.put(r.getString(1), "");
                }
            }
            try (ResultSet r =
                    s.executeQuery("SELECT e.article_id, e.id, e.type, e.time_value, e.place, e.lat, e.lon, e.evidence,"
                            + " (SELECT group_concat(g.role || ':' || g.text, '|') FROM arguments g"
                            + " WHERE g.article_id = e.article_id AND g.event_id = e.id)"
                            + " FROM events e ORDER BY e.article_id, e.id")) {
                while (r.next()) {
                    List<String> fields = new ArrayList<>();
                    for (int i = 2; i <= 9; i++) {
                        fields.add(String.valueOf(r.getObject(i)));
                    }
                    out.merge(r.getString(1), String.join(" ", fields) + "\n", String::concat);
                }
            }
        }
        return out;
    }
}
