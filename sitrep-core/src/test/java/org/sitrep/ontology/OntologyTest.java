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
    public static final List<String> CONTRACT_TYPES = List.of("ATTACK", "BOMBING", "AIRSTRIKE", "SHELLING", "CLASH", "KILL",
            "INJURE", "ABDUCT", "SEIZE_TERRITORY", "WITHDRAW", "DESTROY", "ARREST", "RELEASE", "PRISONER_EXCHANGE",
            "CHARGE", "SENTENCE", "RECRUIT", "DEFECT", "PROTEST", "RIOT", "AGREE", "NEGOTIATE", "THREATEN", "ACCUSE",
            "DEMAND", "AID", "DEPLOY", "DISPLACE", "CLAIM", "SANCTION", "NATURAL_DISASTER", "ACCIDENT", "TRAFFICKING");

    private final Ontology ontology = Ontology.load();

    @Test
    void definesExactlyTheContractTypes() {
        assertEquals(CONTRACT_TYPES, List.copyOf(ontology.names()));
    }

    @Test
    void everyTypeHasDefinitionRolesAndExamples() {
        for (EventType type : ontology.types()) {
            assertTrue(type.definition().endsWith("."), type.name() + " definition is one sentence");
            assertTrue(type.roles().containsKey(Role.AGENT) || type.roles().containsKey(Role.PATIENT),
                    type.name() + " has an AGENT or a PATIENT (a natural disaster has no agent)");
            assertTrue(type.examples().size() >= 3, type.name() + " has at least 3 examples");
            assertFalse(type.notExamples().isEmpty(), type.name() + " has a near miss");
            type.roles().values().forEach(filler -> assertFalse(filler.isBlank(), type.name()));
        }
    }

    @Test
    void looksUpTypesByName() {
        assertEquals("the person or people arrested", ontology.type("ARREST").orElseThrow().roles().get(Role.PATIENT));
        assertTrue(ontology.type("PICNIC").isEmpty());
    }

    @Test
    void rejectsUnknownRoleNamingTheEntry() throws Exception {
        var json = new ObjectMapper().readTree("""
                [{"type":"ARREST","definition":"x.","roles":{"JAILER":"police"},"examples":[],"notExamples":[]}]""");
        var e = assertThrows(IllegalArgumentException.class, () -> Ontology.parse("test.json", json));
        assertTrue(e.getMessage().contains("entry 0 (ARREST)"), e.getMessage());
        assertTrue(e.getMessage().contains("JAILER"), e.getMessage());
    }
}
