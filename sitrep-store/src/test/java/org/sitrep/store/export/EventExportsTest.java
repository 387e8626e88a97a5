package org.sitrep.store.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import blue.strategic.parquet.ParquetReader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.countries.Countries;
import org.sitrep.data.WordLists;
import org.sitrep.store.StoredEvent;
import org.sitrep.store.StoredIncident;

class EventExportsTest {
    private static final Countries COUNTRIES = Countries.load(WordLists.load());

    private static StoredEvent.Participant participant(
            String role, String text, String entity, String code, String country) {
        return new StoredEvent.Participant(
                role,
                text,
                0,
                text.length(),
                Optional.ofNullable(entity),
                Optional.ofNullable(code),
                Optional.ofNullable(country),
                Optional.of("MIL"),
                Optional.of(1));
    }

    private static StoredEvent event(Optional<Double> lat, Optional<Double> lon) {
        String evidence = "Its fighters shelled Kharkiv, \"officials\" said, a second, time.";
        return new StoredEvent(
                "art-1",
                "Shelling",
                "https://example.org/a (feed.jsonl#2)",
                Optional.of("2024-05-03"),
                "V2",
                "SHELLING",
                "shelled",
                14,
                21,
                Optional.of("2024-05"),
                Optional.of("month"),
                Optional.of("2024-05-01"),
                Optional.of("2024-05-31"),
                Optional.of("Kharkiv"),
                Optional.of("UA"),
                Optional.of("Kharkiv Oblast"),
                lat,
                lon,
                Optional.of("town"),
                "reported",
                0.9,
                evidence,
                0,
                evidence.length(),
                Optional.of("194"),
                Optional.of("ASSAULT"),
                Optional.of("artillery"),
                Optional.of("Explosions/Remote violence"),
                Optional.of("Shelling/artillery/missile attack"),
                lat.map(x -> 3L),
                List.of(
                        participant("agent", "Its fighters", "Russian army", "RUSMIL", "RU"),
                        participant("agent", "allied units", null, null, null),
                        participant("patient", "Kharkiv", null, null, null)));
    }

    @Test
    void csvHasAcledsColumnsAndSurvivesQuotesAndCommasInTheEvidence() throws Exception {
        StringWriter out = new StringWriter();
        new AcledCsv(COUNTRIES).write(List.of(event(Optional.of(49.98), Optional.of(36.25))), out);
        CSVRecord row = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(out.toString()))
                .getRecords()
                .get(0);
        assertEquals("2024-05-01", row.get("event_date"));
        assertEquals("3", row.get("time_precision"), "a month is ACLED time precision 3");
        assertEquals("Russian army", row.get("actor1"), "named by the entity, not the pronoun phrase");
        assertEquals("allied units", row.get("assoc_actor_1"));
        assertEquals("1", row.get("inter1"));
        assertEquals("Ukraine", row.get("country"));
        assertEquals("1", row.get("geo_precision"));
        assertEquals(event(Optional.empty(), Optional.empty()).evidence(), row.get("notes"));
        assertEquals("3", row.get("fatalities"));
    }

    @Test
    void ploverRecordsAndGeoJsonKeepEveryEventAndItsCoordinatesInTheRightOrder() {
        ObjectMapper mapper = new ObjectMapper();
        EventJson json = new EventJson(mapper, COUNTRIES);
        JsonNode plover = json.plover(List.of(event(Optional.of(49.98), Optional.of(36.25))))
                .get(0);
        assertEquals("ASSAULT", plover.get("event").asText());
        assertEquals("artillery", plover.get("mode").asText());
        assertEquals("RUS", plover.get("src_actor").asText());
        assertEquals("MIL", plover.get("src_agent").asText());
        assertEquals("UKR", plover.get("country").asText());
        assertEquals(3, plover.get("sitrep").get("fatalities").asInt());
        assertEquals(36.25, plover.get("long").asDouble());

        JsonNode geo = json.geoJson(
                List.of(event(Optional.of(49.98), Optional.of(36.25)), event(Optional.empty(), Optional.empty())));
        JsonNode located = geo.get("features").get(0);
        assertEquals(
                List.of(36.25, 49.98),
                List.of(
                        located.get("geometry").get("coordinates").get(0).asDouble(),
                        located.get("geometry").get("coordinates").get(1).asDouble()),
                "GeoJSON is longitude first");
        assertTrue(geo.get("features").get(1).get("geometry").isNull(), "an event without a point is kept, unplaced");
    }

    @Test
    void parquetReadsBackTheCsvRowsWithTypedDatesAndCoordinates(@TempDir Path dir) throws Exception {
        List<StoredEvent> events =
                List.of(event(Optional.of(49.98), Optional.of(36.25)), event(Optional.empty(), Optional.empty()));
        Path file = dir.resolve("events.parquet");
        new EventParquet(COUNTRIES).writeEvents(events, file);

        MessageType schema =
                ParquetReader.readMetadata(file.toFile()).getFileMetaData().getSchema();
        assertEquals(
                LogicalTypeAnnotation.dateType(), schema.getType("event_date").getLogicalTypeAnnotation());
        assertEquals(
                PrimitiveTypeName.DOUBLE,
                schema.getType("latitude").asPrimitiveType().getPrimitiveTypeName());
        assertEquals(
                PrimitiveTypeName.INT64,
                schema.getType("year").asPrimitiveType().getPrimitiveTypeName());

        List<Map<String, Object>> rows = EventParquet.rows(file);
        StringWriter csv = new StringWriter();
        AcledCsv acled = new AcledCsv(COUNTRIES);
        acled.write(events, csv);
        List<CSVRecord> records = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(csv.toString()))
                .getRecords();
        assertEquals(records.size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            for (String column : acled.header()) {
                Object v = rows.get(i).get(column);
                String asText = v == null
                        ? ""
                        : schema.getType(column).getLogicalTypeAnnotation() == LogicalTypeAnnotation.dateType()
                                ? LocalDate.ofEpochDay(((Number) v).longValue()).toString()
                                : String.valueOf(v);
                assertEquals(records.get(i).get(column), asText, "row " + i + " column " + column);
            }
        }
        assertEquals(49.98, rows.get(0).get("latitude"));
        assertEquals(
                LocalDate.of(2024, 5, 1).toEpochDay(), ((Number) rows.get(0).get("event_date")).longValue());
        assertEquals(null, rows.get(1).get("latitude"), "an unplaced event has a null latitude, not 0");
        assertEquals(3L, rows.get(0).get("fatalities"));
        assertEquals(null, rows.get(1).get("fatalities"), "no number of dead is null, not 0");
    }

    @Test
    void parquetIncidentsHaveOneRowPerReportingEvent(@TempDir Path dir) throws Exception {
        StoredIncident incident = new StoredIncident(
                "I1",
                "ATTACK",
                Optional.of("2024-05-02"),
                Optional.of("2024-05-03"),
                Optional.of("Kharkiv"),
                Optional.of("UA"),
                Optional.empty(),
                Optional.of(49.98),
                Optional.of(36.25),
                2,
                2,
                List.of(
                        new StoredIncident.Member(
                                "a/V1", "ATTACK", "One", "a.org", "Gunmen attacked.", Optional.empty(), 0, ""),
                        new StoredIncident.Member(
                                "b/V3",
                                "ATTACK",
                                "Two",
                                "b.org",
                                "An attack.",
                                Optional.of("a/V1"),
                                0.8,
                                "same type ATTACK")));
        Path file = dir.resolve("incidents.parquet");
        new EventParquet(COUNTRIES).writeIncidents(List.of(incident), file);
        List<Map<String, Object>> rows = EventParquet.rows(file);
        assertEquals(
                List.of("a/V1", "b/V3"), rows.stream().map(r -> r.get("event")).toList());
        assertEquals(2L, rows.get(1).get("articles"));
        assertEquals("a/V1", rows.get(1).get("matched_to"));
        assertEquals(null, rows.get(0).get("matched_to"));
        assertEquals(
                LocalDate.of(2024, 5, 3).toEpochDay(), ((Number) rows.get(1).get("last_day")).longValue());
    }
}
