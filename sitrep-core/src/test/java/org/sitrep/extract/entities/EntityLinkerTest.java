package org.sitrep.extract.entities;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EntityLinkerTest {
    @Test
    void transliteratedSurnamesOneEditApartAreTheSamePerson() {
        assertTrue(EntityLinker.sameName("Nasser", "Naser"));
        assertTrue(EntityLinker.sameName("Gaddafi", "Qaddafi"));
        assertTrue(EntityLinker.sameName("nasser", "Nasser"));
    }

    @Test
    void shortOrDifferentNamesAreNot() {
        assertFalse(EntityLinker.sameName("Ali", "Alia"));
        assertFalse(EntityLinker.sameName("Nasser", "Nasrallah"));
        assertFalse(EntityLinker.sameName("Hassan", "Hussein"));
    }
}
