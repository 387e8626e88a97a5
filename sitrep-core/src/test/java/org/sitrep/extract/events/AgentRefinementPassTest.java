package org.sitrep.extract.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;
import org.sitrep.model.Role;
import org.sitrep.testing.DocumentBuilder;

/** Reads the shipped agent-refinements.tsv; the row a test relies on is quoted in it. */
class AgentRefinementPassTest {
    private static final EventPass PASS = PassFixtures.passes().agentRefinement();
    private static final Document DOC = new DocumentBuilder()
            .sentence(
                    "Coalition/NNP jets/NNS bombed/VBD/bomb a/DT market/NN ,/, militants/NNS bombed/VBD/bomb a/DT bridge/NN")
            .build();

    private static String type(Role role, String agent) {
        Trigger bombed =
                PassFixtures.trigger(DOC, 0, "bombed", PassFixtures.entry("bomb|V|BOMBING|AGENT|PATIENT|-|-|0.8"));
        Draft d = Draft.of(bombed, List.of(PassFixtures.argument(DOC, role, agent, null)));
        return PASS.apply(PassFixtures.withTriggers(DOC, bombed).withDrafts(List.of(d)))
                .drafts()
                .get(0)
                .type();
    }

    @Test
    void bombsDroppedByJetsAreAirStrikes() {
        // agent-refinements.tsv: BOMBING|ATTACK|SHELLING with an agent jet|jets|warplane|... is AIRSTRIKE
        assertEquals("AIRSTRIKE", type(Role.AGENT, "Coalition jets"));
        assertEquals("AIRSTRIKE", type(Role.INSTRUMENT, "Coalition jets"), "an instrument counts as an agent");
    }

    @Test
    void otherAgentsKeepTheType() {
        assertEquals("BOMBING", type(Role.AGENT, "militants"));
        assertEquals("BOMBING", type(Role.PATIENT, "Coalition jets"), "jets that are bombed do not bomb");
    }
}
