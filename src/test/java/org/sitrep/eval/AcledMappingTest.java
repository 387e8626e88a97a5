package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AcledMappingTest {
    @Test
    void picksColumnsByNameAndTurnsAcledNamesIntoCaseCodes() {
        AcledMapping m = AcledMapping.parse(List.of(
                "cameo\tacledSubEvent\tacledEvent\ttype",
                "190\tAir/drone strike\tExplosions/Remote violence\tAIRSTRIKE",
                "173\tArrests\tStrategic developments\tARREST",
                "130\t\t\tTHREATEN",
                "000\tSomething new\tX\tODD"), "test.tsv");
        assertEquals(Optional.of("AIR_STRIKE"), m.label("AIRSTRIKE"));
        assertEquals(Optional.of("ARREST"), m.label("ARREST"));
        assertEquals(Optional.empty(), m.label("THREATEN"));
        assertEquals(Optional.of("Something new"), m.label("ODD"));   // kept, so the scorer reports it as unknown
    }

    @Test
    void usesTheNonStateRowWhenTheFileDistinguishesStateAgents() {
        AcledMapping m = AcledMapping.parse(List.of(
                "type\tstateAgent\tacledSubEvent",
                "SEIZE_TERRITORY\ttrue\tGovernment regains territory",
                "SEIZE_TERRITORY\tfalse\tNon-state actor overtakes territory"), "test.tsv");
        assertEquals(Optional.of("NON_STATE_ACTOR_OVERTAKES_TER"), m.label("SEIZE_TERRITORY"));
    }

    @Test
    void namesTheMissingColumns() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AcledMapping.parse(List.of("type\tacled"), "test.tsv"));
        assertTrue(e.getMessage().contains("[acledSubEvent]"), e.getMessage());
    }

    @Test
    void caseLabelsAreThirtyAndAcceptCodesOrAcledNames() {
        assertEquals(30, CaseLabels.all().size());
        assertEquals(Optional.of("ART_MISS_ATTACK"), CaseLabels.fromAcled("shelling/artillery/missile attack"));
        assertEquals(Optional.of("DIPLO"), CaseLabels.fromAcled("DIPLO"));
        assertEquals(Optional.empty(), CaseLabels.fromAcled("Picnic"));
    }
}
