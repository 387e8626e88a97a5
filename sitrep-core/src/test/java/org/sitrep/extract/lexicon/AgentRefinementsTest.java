package org.sitrep.extract.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.data.Tsv;
import org.sitrep.ontology.Ontology;

class AgentRefinementsTest {
    @Test
    void readsTheShippedRowsInOrder() {
        AgentRefinements.Refinement first =
                AgentRefinements.load(Ontology.load()).rows().get(0);
        assertEquals("AIRSTRIKE", first.to());
        assertTrue(first.agents().contains("jets") && first.from().contains("BOMBING"), first.toString());
    }

    @Test
    void namesTheLineOfAnUnknownType() {
        var e = assertThrows(
                IllegalArgumentException.class,
                () -> AgentRefinements.parse(
                        new Tsv.Source("a.tsv", "from\tagents\tto\treason\nBOMBING\tjets\tAIR_RAID\tx\n"),
                        Set.of("BOMBING", "AIRSTRIKE")));
        assertEquals("a.tsv:2: unknown event type 'AIR_RAID'", e.getMessage());
    }
}
