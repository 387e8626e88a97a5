package org.sitrep.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorCoding;
import org.sitrep.model.Argument;
import org.sitrep.model.Document;
import org.sitrep.model.Entity;
import org.sitrep.model.EntityMention;
import org.sitrep.model.EntityType;
import org.sitrep.model.Event;
import org.sitrep.model.EventCodes;
import org.sitrep.model.EventMention;
import org.sitrep.model.EventPlace;
import org.sitrep.model.EventTime;
import org.sitrep.model.Geocode;
import org.sitrep.model.Modality;
import org.sitrep.model.Precision;
import org.sitrep.model.Problem;
import org.sitrep.model.Role;
import org.sitrep.model.TimeMention;
import org.sitrep.model.TimeValue;
import org.sitrep.model.Timex;
import org.sitrep.testing.DocumentSchema;
import org.sitrep.testing.Fixtures;

class DocumentJsonTest {
    private static final String TEXT = "Rebels seized Kidal in August 2014.";

    private static Document document() {
        EntityMention rebels = new EntityMention(
                Fixtures.span(TEXT, "Rebels"),
                "Rebels",
                EntityType.PERSON,
                EntityMention.Kind.NOMINAL,
                0,
                Fixtures.span(TEXT, "Rebels"));
        TimeMention august = new TimeMention(
                Fixtures.span(TEXT, "August 2014"),
                "August 2014",
                Timex.of(Timex.Type.DATE, "2014-08"),
                Optional.of(TimeValue.of("2014-08", Precision.MONTH)),
                Optional.empty());
        Geocode kidal = new Geocode(
                2455290, "Kidal", 18.44, 1.41, "ML", "Kidal", "P", "town", "only candidate; context country ML", 1.0);
        EntityMention kidalMention = new EntityMention(
                Fixtures.span(TEXT, "Kidal"),
                "Kidal",
                EntityType.GPE,
                EntityMention.Kind.NAME,
                0,
                Fixtures.span(TEXT, "Kidal"));
        Event seizure = new Event(
                        "V1",
                        "SEIZE_TERRITORY",
                        List.of(new EventMention(Fixtures.span(TEXT, "seized"), "seized", 0)),
                        List.of(new Argument(
                                Role.AGENT,
                                Fixtures.span(TEXT, "Rebels"),
                                "Rebels",
                                Optional.of("E1"),
                                Optional.of(new ActorCoding("MLIREB", Optional.of("ML"), "REB", 2, "description")))),
                        Optional.of(new EventPlace(
                                Fixtures.span(TEXT, "Kidal"),
                                "Kidal",
                                Optional.of("ML"),
                                "syntax",
                                Optional.of(kidal))),
                        Optional.of(EventTime.of(august, august.value(), "syntax")),
                        Modality.ASSERTED,
                        0.95,
                        Fixtures.span(TEXT, TEXT))
                .withCodes(new EventCodes(
                        Optional.of("192"),
                        Optional.of("COERCE"),
                        Optional.of("seize"),
                        "Battles",
                        "Non-state actor overtakes territory"));
        Event undated = new Event(
                        "V2",
                        "ATTACK",
                        List.of(new EventMention(Fixtures.span(TEXT, "seized"), "seized", 0)),
                        List.of(),
                        Optional.empty(),
                        Optional.of(
                                EventTime.published(new TimeValue("2014-09-01", Precision.DAY, Optional.of("BEFORE")))),
                        Modality.REPORTED,
                        0.5,
                        Fixtures.span(TEXT, TEXT))
                .withCodes(new EventCodes(
                        Optional.of("190"),
                        Optional.of("ASSAULT"),
                        Optional.empty(),
                        "Violence against civilians",
                        "Attack"));
        return Document.of(
                        "d1",
                        "d1.txt",
                        "Rebels take Kidal",
                        Optional.of(LocalDate.of(2014, 9, 1)),
                        Optional.empty(),
                        TEXT)
                .withMentions(List.of(rebels, kidalMention))
                .withTimes(List.of(august))
                .withEntities(List.of(
                        new Entity("E1", "Rebels", EntityType.PERSON, List.of("Rebels"), List.of(rebels)),
                        new Entity("E2", "Kidal", EntityType.GPE, List.of("Kidal"), List.of(kidalMention))
                                .withGeo(Optional.of(kidal))))
                .withEvents(List.of(seizure, undated))
                .withProblem(new Problem("NO_DATE", "d1.txt", "example"));
    }

    static JsonNode json() {
        return new DocumentJson(new ObjectMapper()).toJson(document());
    }

    @Test
    void givesAnEntityItsGeoAndOtherEntitiesNull() {
        JsonNode entities = json().get("entities");
        assertTrue(entities.get(0).get("geo").isNull());
        JsonNode geo = entities.get(1).get("geo");
        assertEquals(2455290, geo.get("geonameid").asLong());
        assertEquals("Kidal", geo.get("name").asText());
        assertEquals("P", geo.get("featureClass").asText());
        assertEquals("town", geo.get("precision").asText());
        assertEquals(1.0, geo.get("score").asDouble());
        assertEquals("only candidate; context country ML", geo.get("resolution").asText());
    }

    @Test
    void matchesTheSchema() throws Exception {
        assertEquals(List.of(), DocumentSchema.get().violations(json()));
    }

    @Test
    void theSchemaListsExactlyTheOntologysEventTypes() throws Exception {
        JsonNode schema = new ObjectMapper()
                .readTree(Path.of("schema", "sitrep-document.schema.json").toFile());
        List<String> inSchema = new java.util.ArrayList<>();
        schema.findParents("enum").stream()
                .filter(n -> n.get("enum").toString().contains("\"ARREST\""))
                .forEach(n -> n.get("enum").forEach(v -> inSchema.add(v.asText())));
        assertEquals(List.copyOf(org.sitrep.ontology.Ontology.load().names()), inSchema);
    }

    @Test
    void writesEveryFieldWithItsOffsets() {
        JsonNode event = json().get("events").get(0);
        assertEquals("seized", event.get("trigger").get("text").asText());
        assertEquals(TEXT.indexOf("seized"), event.get("trigger").get("start").asInt());
        assertEquals("agent", event.get("arguments").get(0).get("role").asText());
        assertEquals(
                "MLIREB", event.get("arguments").get(0).get("actor").get("code").asText());
        assertEquals(2455290, event.get("place").get("geonameid").asLong());
        assertEquals("2014-08", event.get("time").get("value").asText());
        assertEquals("month", event.get("time").get("precision").asText());
        assertEquals("192", event.get("mappings").get("cameo").asText());
        assertEquals("seize", event.get("mappings").get("ploverMode").asText());
        assertEquals(
                "Non-state actor overtakes territory",
                event.get("mappings").get("acledSub").asText());
        assertEquals("asserted", event.get("modality").asText());
    }

    @Test
    void listsEveryTimeExpressionAsTimex3() {
        JsonNode times = json().get("times");
        assertEquals(1, times.size());
        JsonNode august = times.get(0);
        assertEquals("August 2014", august.get("text").asText());
        assertEquals(TEXT.indexOf("August 2014"), august.get("start").asInt());
        assertEquals(TEXT.indexOf("August 2014") + 11, august.get("end").asInt());
        assertEquals("DATE", august.get("type").asText());
        assertEquals("2014-08", august.get("value").asText());
        assertTrue(august.get("mod").isNull());
    }

    @Test
    void aDefaultTimeHasNoExpression() {
        JsonNode time = json().get("events").get(1).get("time");
        assertTrue(time.get("text").isNull() && time.get("start").isNull(), time::toString);
        assertEquals("published", time.get("rule").asText());
        assertEquals("BEFORE", time.get("modifier").asText());
        assertTrue(json().get("events").get(1).get("place").isNull());
    }

    @Test
    void writesTheCodesTheEventCarriesWithNullForNone() {
        JsonNode mappings = json().get("events").get(1).get("mappings");
        assertEquals(
                "{\"cameo\":\"190\",\"plover\":\"ASSAULT\",\"ploverMode\":null,"
                        + "\"acled\":\"Violence against civilians\",\"acledSub\":\"Attack\"}",
                mappings.toString());
    }

    @Test
    void refusesAnEventThatWasNeverCoded() {
        Document d = document();
        Event uncoded = d.events().get(0);
        Document withUncoded = d.withEvents(List.of(new Event(
                uncoded.id(),
                uncoded.type(),
                uncoded.mentions(),
                uncoded.arguments(),
                uncoded.place(),
                uncoded.time(),
                uncoded.modality(),
                uncoded.confidence(),
                uncoded.evidence())));
        IllegalStateException e = assertThrows(
                IllegalStateException.class, () -> new DocumentJson(new ObjectMapper()).toJson(withUncoded));
        assertEquals("event V1 of document d1 has no codes; the pipeline needs the coding stage", e.getMessage());
    }

    @Test
    void writesARejectedInputAsAnEmptyRecordWithItsError() throws Exception {
        JsonNode rejected =
                new DocumentJson(new ObjectMapper()).rejected(new Problem("INGEST_EMPTY", "in/a.txt", "file is empty"));
        assertEquals(
                "{\"id\":\"in/a.txt\",\"source\":\"in/a.txt\",\"headline\":null,\"published\":null,\"dateline\":null,\"text\":\"\","
                        + "\"entities\":[],\"events\":[],\"times\":[],\"errors\":[{\"code\":\"INGEST_EMPTY\",\"source\":\"in/a.txt\","
                        + "\"message\":\"file is empty\"}]}",
                rejected.toString());
        assertEquals(List.of(), DocumentSchema.get().violations(rejected));
    }

    @Test
    void writesAFailedDocumentWithItsIdAndTextAndTheFailureLast() throws Exception {
        Document input = Document.of(
                        "kidal-3f2a9c1b0d4e", "in/kidal.txt", "Kidal", Optional.empty(), Optional.empty(), TEXT)
                .withProblem(new Problem("NO_DATE", "in/kidal.txt", "no publication date found"));

        JsonNode failed = new DocumentJson(new ObjectMapper())
                .failed(input, new Problem("STAGE_FAILED", "in/kidal.txt", "stage 'events' failed"));

        assertEquals("kidal-3f2a9c1b0d4e", failed.get("id").asText());
        assertEquals(TEXT, failed.get("text").asText());
        assertEquals(0, failed.get("events").size());
        assertEquals(List.of("NO_DATE", "STAGE_FAILED"), failed.get("errors").findValuesAsText("code"));
        assertEquals(List.of(), DocumentSchema.get().violations(failed));
    }
}
