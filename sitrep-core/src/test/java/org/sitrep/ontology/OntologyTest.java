package org.sitrep.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Role;

public class OntologyTest {
    /** The public contract: the 33 Sitrep event types, in this order (new types are added at the end). */
    public static final List<String> CONTRACT_TYPES = List.of(
            "ATTACK",
            "BOMBING",
            "AIRSTRIKE",
            "SHELLING",
            "CLASH",
            "KILL",
            "INJURE",
            "ABDUCT",
            "SEIZE_TERRITORY",
            "WITHDRAW",
            "DESTROY",
            "ARREST",
            "RELEASE",
            "PRISONER_EXCHANGE",
            "CHARGE",
            "SENTENCE",
            "RECRUIT",
            "DEFECT",
            "PROTEST",
            "RIOT",
            "AGREE",
            "NEGOTIATE",
            "THREATEN",
            "ACCUSE",
            "DEMAND",
            "AID",
            "DEPLOY",
            "DISPLACE",
            "CLAIM",
            "SANCTION",
            "NATURAL_DISASTER",
            "ACCIDENT",
            "TRAFFICKING");

    private final Ontology ontology = Ontology.load();

    @Test
    void definesExactlyTheContractTypes() {
        assertEquals(CONTRACT_TYPES, List.copyOf(ontology.names()));
    }

    @Test
    void everyTypeHasDefinitionRolesAndExamples() {
        for (EventType type : ontology.types()) {
            assertTrue(type.definition().endsWith("."), type.name() + " definition is one sentence");
            assertTrue(
                    type.roles().containsKey(Role.AGENT) || type.roles().containsKey(Role.PATIENT),
                    type.name() + " has an AGENT or a PATIENT (a natural disaster has no agent)");
            assertTrue(type.examples().size() >= 3, type.name() + " has at least 3 examples");
            assertFalse(type.notExamples().isEmpty(), type.name() + " has a near miss");
            type.roles().values().forEach(filler -> assertFalse(filler.isBlank(), type.name()));
        }
    }

    @Test
    void looksUpTypesByName() {
        assertEquals(
                "the person or people arrested",
                ontology.type("ARREST").orElseThrow().roles().get(Role.PATIENT));
        assertTrue(ontology.type("PICNIC").isEmpty());
    }

    @Test
    void rejectsUnknownRoleNamingTheEntry() throws Exception {
        var json = new ObjectMapper().readTree("""
                {"types": [{"type":"ARREST","definition":"x.","roles":{"JAILER":"police"},"examples":[],"notExamples":[]}],
                 "families": {}}""");
        var e = assertThrows(IllegalArgumentException.class, () -> Ontology.parse("test.json", json));
        assertTrue(e.getMessage().contains("entry 0 (ARREST)"), e.getMessage());
        assertTrue(e.getMessage().contains("JAILER"), e.getMessage());
    }

    @Test
    void definesEachTypeFamilyOnceWithItsMeaningAndUsers() {
        assertEquals(
                List.of(
                        "attack",
                        "armed-operation",
                        "place-patient",
                        "on-site",
                        "hazard",
                        "statement",
                        "accusation",
                        "outcome",
                        "incident-violence",
                        "incident-unrest",
                        "incident-hazard"),
                List.copyOf(ontology.families().keySet()));
        assertEquals(
                List.of("ATTACK", "BOMBING", "AIRSTRIKE", "SHELLING", "CLASH"), List.copyOf(ontology.family("attack")));
        assertEquals(List.of("NATURAL_DISASTER", "ACCIDENT"), List.copyOf(ontology.family("hazard")));
        assertEquals(List.of("KILL", "INJURE"), List.copyOf(ontology.family("outcome")));
        assertEquals(List.of("ACCUSE", "CHARGE"), List.copyOf(ontology.family("accusation")));
        assertTrue(ontology.family("armed-operation").containsAll(ontology.family("attack")));
        assertFalse(
                ontology.family("place-patient").contains("CLASH"), "a clash's patient is the other side, not a place");
        for (TypeFamily family : ontology.families().values()) {
            assertFalse(family.usedBy().isEmpty(), family.name() + " names the classes that use it");
        }
    }

    @Test
    void rejectsAFamilyWithAnUnknownTypeNamingTheFileAndFamily() {
        var e = assertThrows(
                IllegalArgumentException.class,
                () -> Ontology.parse(
                        "test.json",
                        json(
                                "{\"hazard\": {\"description\": \"no intent\", \"usedBy\": [\"X\"], \"types\": [\"KILL\", \"EARTHQUAKE\"]}}")));
        assertTrue(
                e.getMessage().startsWith("test.json: family 'hazard': unknown event type 'EARTHQUAKE'"),
                e.getMessage());
    }

    @Test
    void rejectsAnEmptyFamilyNamingTheFile() {
        var e = assertThrows(
                IllegalArgumentException.class,
                () -> Ontology.parse(
                        "test.json",
                        json("{\"hazard\": {\"description\": \"no intent\", \"usedBy\": [\"X\"], \"types\": []}}")));
        assertEquals("test.json: type family hazard has no types", e.getMessage());
        var description = assertThrows(
                IllegalArgumentException.class,
                () -> Ontology.parse("test.json", json("{\"hazard\": {\"usedBy\": [\"X\"], \"types\": [\"KILL\"]}}")));
        assertEquals("test.json: family 'hazard': missing or empty 'description'", description.getMessage());
    }

    @Test
    void failsOnAnUnknownFamilyNamingTheFileAndTheFamilies() throws Exception {
        Ontology small = Ontology.parse(
                "test.json",
                json("{\"hazard\": {\"description\": \"no intent\", \"usedBy\": [\"X\"], \"types\": [\"KILL\"]}}"));
        assertEquals(java.util.Set.of("KILL"), small.family("hazard"));
        var e = assertThrows(IllegalArgumentException.class, () -> small.family("hazards"));
        assertEquals("test.json: no type family 'hazards'; families: [hazard]", e.getMessage());
        var shipped = assertThrows(IllegalArgumentException.class, () -> ontology.family("attacks"));
        assertTrue(
                shipped.getMessage().startsWith("org/sitrep/ontology/ontology.json: no type family 'attacks'"),
                shipped.getMessage());
    }

    /** An ontology with one type, KILL, and the given families. */
    private static com.fasterxml.jackson.databind.JsonNode json(String families) throws Exception {
        return new ObjectMapper().readTree("""
                {"types": [{"type": "KILL", "definition": "x.", "roles": {}, "examples": [], "notExamples": []}],
                 "families": %s}""".formatted(families));
    }
}
