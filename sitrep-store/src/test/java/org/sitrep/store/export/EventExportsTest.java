package org.sitrep.store.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.sitrep.countries.Countries;
import org.sitrep.data.WordLists;
import org.sitrep.store.StoredEvent;

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
}
