package org.sitrep.coding;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sitrep.actors.ActorCatalog;

class StateForcesTest {
    private final StateForces stateForces = new StateForces(ActorCatalog.load());

    @Test
    void recognisesStateForcesByCatalogueAndInstitution() {
        assertTrue(stateForces.test("Syrian Arab Army"));
        assertTrue(stateForces.test("the Lebanese army"));
        assertTrue(stateForces.test("Iraqi troops"));
        assertTrue(stateForces.test("the Syrian government"));
    }

    @Test
    void rejectsNonStateActors() {
        assertFalse(stateForces.test("Free Syrian Army"));
        assertFalse(stateForces.test("Syrian rebels"));
        assertFalse(stateForces.test("al-Nusra Front"));
        assertFalse(stateForces.test("Mustafa Nasser"));
    }
}
