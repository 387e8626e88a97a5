package org.sitrep.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.app.Outcome;
import org.sitrep.app.StreamingExtractor;
import org.sitrep.incidents.Incident;
import org.sitrep.incidents.IncidentMention;
import org.sitrep.incidents.IncidentMentions;
import org.sitrep.incidents.IncidentMerger;
import org.sitrep.incidents.IncidentRules;
import org.sitrep.ingest.IngestOptions;
import org.sitrep.ingest.IngestResult;
import org.sitrep.ingest.Ingester;
import org.sitrep.model.Document;
import org.sitrep.ontology.Ontology;
import org.sitrep.output.DocumentJson;
import org.sitrep.testing.WarcFixture;

/**
 * The job in local mode on a small WARC and JSON Lines corpus of articles written for this test, against what
 * {@code sitrep extract} gives on the same files ({@link StreamingExtractor} over the {@link Ingester}): the
 * same events with the same fields, the same entities, the same incidents, read back with Spark SQL.
 */
class SparkExtractIT {
    @TempDir
    static Path dir;

    private static SparkSession spark;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static final String RAID = """
            <html><head><title>Gunmen storm police post in Kunduz</title>
            <meta property="article:published_time" content="2026-03-04T09:00:00Z"></head><body><article>
            <h1>Gunmen storm police post in Kunduz</h1>
            <p>KUNDUZ, Afghanistan - Taliban gunmen attacked a police checkpoint in Kunduz on Tuesday, killing four
            police officers, the provincial governor said.</p>
            <p>The attackers fled after a two-hour gun battle with Afghan security forces.</p>
            </article></body></html>""";

    private static final String RAID_OTHER_OUTLET = """
            <html><head><title>Four police killed in Kunduz attack</title>
            <meta property="article:published_time" content="2026-03-04T11:00:00Z"></head><body><article>
            <h1>Four police killed in Kunduz attack</h1>
            <p>Taliban fighters attacked a police checkpoint in Kunduz on Tuesday and killed four policemen,
            officials said.</p>
            </article></body></html>""";

    private static final String TALKS = """
            <html><head><title>Ministers meet in Brussels</title></head><body><article>
            <h1>Ministers meet in Brussels</h1>
            <p>European Union foreign ministers met in Brussels on Monday and agreed new sanctions on Iran.</p>
            </article></body></html>""";

    private static final String JSON_LINES = """
            {"id": "wire-1", "url": "https://wire.example/mosul", "title": "Car bomb in Mosul", "published": "2026-02-10", "text": "A car bomb exploded at a market in Mosul on Sunday, killing at least nine people, Iraqi police said."}
            {"id": "wire-2", "url": "https://wire.example/protest", "title": "Protest in Nairobi", "published": "2026-02-11", "text": "Thousands of protesters marched in Nairobi on Tuesday to demand lower food prices. Police fired tear gas at the crowd."}
            {"id": "wire-3", "title": "broken record", "text": 17}
            """;

    @BeforeAll
    static void corpusAndSpark() throws IOException {
        Instant captured = Instant.parse("2026-03-05T06:00:00Z");
        new WarcFixture()
                .info()
                .request("https://news.example/kunduz")
                .response("https://news.example/kunduz", captured, "text/html; charset=utf-8", RAID)
                .response("https://other.example/kunduz-attack", captured, "text/html", RAID_OTHER_OUTLET)
                .response("https://news.example/logo.png", captured, "image/png", "PNG")
                .response("https://news.example/brussels", captured, "text/html", TALKS)
                .write(Files.createDirectories(dir.resolve("in")).resolve("crawl.warc.gz"), true);
        Files.writeString(dir.resolve("in/wire.jsonl"), JSON_LINES);
        spark = SparkSession.builder()
                .master("local[2]")
                .appName("sitrep-test")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4")
                .config("spark.sql.jsonGenerator.ignoreNullFields", "false")
                .getOrCreate();
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void writesTheSameEventsEntitiesAndIncidentsAsExtract() throws IOException {
        List<Document> documents = extract();
        Path out = dir.resolve("out");

        Map<String, Long> written = SparkExtract.run(
                spark,
                JobOptions.parse("--output", out.toString(), dir.resolve("in").toString()));
        Map<String, Long> again = SparkExtract.run(
                spark,
                JobOptions.parse("--output", out.toString(), dir.resolve("in").toString()));

        assertEquals(written, again, "a second run replaces the months it wrote: no row twice");
        assertEquals(1, ExecutorSitrep.loads(), "one pipeline for every task of this JVM");
        assertEquals(expected(documents, "events"), actual(out, "events"));
        assertEquals(expected(documents, "entities"), actual(out, "entities"));
        assertFalse(actual(out, "events").isEmpty());
        assertEquals(documents.size(), written.get("articles"));
        assertEquals(incidents(documents), sparkIncidents(out));
        assertTrue(
                sparkIncidents(out).stream().anyMatch(members -> members.contains(",")),
                () -> "the two reports of the Kunduz attack make one incident: " + sparkIncidents(out));
        List<String> errors = spark.read()
                .parquet(out.resolve("errors").toString())
                .selectExpr("code")
                .as(org.apache.spark.sql.Encoders.STRING())
                .collectAsList();
        assertEquals(new TreeSet<>(List.of("INGEST_MALFORMED_JSON", "INGEST_SKIPPED")), new TreeSet<>(errors));
        List<Row> months = spark.sql("SELECT month, count(*) FROM parquet.`" + out.resolve("articles")
                        + "` GROUP BY month ORDER BY month")
                .collectAsList();
        assertEquals("[[2026-02,2], [2026-03,3]]", months.toString());
    }

    @Test
    void readsParquetRecordsAsTheJsonReaderReadsThem() throws IOException {
        Path table = dir.resolve("records.parquet");
        spark.read()
                .json(dir.resolve("in/wire.jsonl").toString())
                .filter("id != 'wire-3'")
                .write()
                .parquet(table.toString());
        Path out = dir.resolve("out-parquet");

        SparkExtract.run(spark, JobOptions.parse("--output", out.toString(), table.toString()));

        Map<String, JsonNode> expected = new TreeMap<>(expected(extract(), "events"));
        expected.keySet().removeIf(key -> !key.startsWith("wire-"));
        assertFalse(expected.isEmpty());
        assertEquals(expected, actual(out, "events"));
    }

    /** What `sitrep extract` gives on the same inputs: the same ingester, the same streaming extraction. */
    private static List<Document> extract() {
        List<Document> documents = new ArrayList<>();
        try (Stream<IngestResult> inputs = new Ingester(IngestOptions.defaults())
                .read(List.of(dir.resolve("in/crawl.warc.gz"), dir.resolve("in/wire.jsonl")))) {
            StreamingExtractor.of(ExecutorSitrep::get, 1).run(inputs, outcome -> {
                if (outcome instanceof Outcome.Extracted e) {
                    documents.add(e.document());
                }
            });
        }
        return documents;
    }

    /** Each row of one of a document's lists ("events", "entities") by article and id, as the JSON record has it. */
    private static Map<String, JsonNode> expected(List<Document> documents, String list) throws IOException {
        Map<String, JsonNode> out = new TreeMap<>();
        DocumentJson json = new DocumentJson(MAPPER);
        for (Document d : documents) {
            for (JsonNode row : json.toJson(d).get(list)) {
                out.put(d.id() + "/" + row.get("id").asText(), normal(row));
            }
        }
        return out;
    }

    private static Map<String, JsonNode> actual(Path out, String table) throws IOException {
        Map<String, JsonNode> rows = new TreeMap<>();
        for (String line :
                spark.read().parquet(out.resolve(table).toString()).toJSON().collectAsList()) {
            ObjectNode row = (ObjectNode) MAPPER.readTree(line);
            String article = row.remove(OutputSchema.ARTICLE_ID).asText();
            row.remove(OutputSchema.MONTH);
            rows.put(article + "/" + row.get("id").asText(), normal(row));
        }
        return rows;
    }

    /** Numbers read back as the JSON text gives them (Parquet's long 3 and the record's int 3 are one value). */
    private static JsonNode normal(JsonNode node) throws IOException {
        return MAPPER.readTree(MAPPER.writeValueAsString(node));
    }

    /** Each incident as its members' keys, merged by the store's merger over the extracted documents. */
    private static TreeSet<String> incidents(List<Document> documents) {
        List<IncidentMention> mentions = new ArrayList<>();
        documents.forEach(d -> mentions.addAll(IncidentMentions.of(d)));
        TreeSet<String> out = new TreeSet<>();
        for (Incident incident : new IncidentMerger(new IncidentRules(Ontology.load())).merge(mentions)) {
            out.add(incident.id() + "="
                    + String.join(
                            ",",
                            new TreeSet<>(incident.members().stream()
                                    .map(m -> m.mention().key())
                                    .toList())));
        }
        return out;
    }

    private static TreeSet<String> sparkIncidents(Path out) {
        TreeSet<String> result = new TreeSet<>();
        for (Row row : spark.sql(
                        "SELECT id, array_join(array_sort(transform(members, m -> concat(m.article_id, '/', m.event_id))), ',')"
                                + " FROM parquet.`" + out.resolve("incidents") + "`")
                .collectAsList()) {
            result.add(row.getString(0) + "=" + row.getString(1));
        }
        return result;
    }
}
