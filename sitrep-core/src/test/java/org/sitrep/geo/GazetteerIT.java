package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitrep.testing.Shipped;

/** The full gazetteer (2–9 s to load on a busy 2-core machine, so an IT). */
class GazetteerIT {
    private static Gazetteer gazetteer;

    @BeforeAll
    static void load() {
        gazetteer = Gazetteer.load(Shipped.countries(), Shipped.words());
    }

    private static Set<Long> ids(String name) {
        return gazetteer.candidates(name).stream().map(Place::geonameId).collect(Collectors.toSet());
    }

    @Test
    void holdsCities500DivisionsCountriesAndTheSupplement() {
        assertTrue(gazetteer.size() > 199_568 + 3_800 + 240, "size " + gazetteer.size());
        assertEquals("Baalbek-Hermel Governorate", gazetteer.admin1Name("LB", "11"));
        assertEquals(Set.of("SY", "IL"), gazetteer.neighbours("LB"));
        assertEquals("PCLI", gazetteer.country("LB").orElseThrow().featureCode());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Deir ez-Zor",
                "Deir al-Zour",
                "Deir ez Zor",
                "Dayr az Zawr",
                "Deir el-Zor",
                "Deir Ezzor",
                "DEIR EZ-ZOR"
            })
    void deirEzZorSpellingsFindTheCity(String spelling) {
        assertTrue(ids(spelling).contains(170794L), () -> spelling + " -> " + gazetteer.candidates(spelling));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Raqqa", "Ar-Raqqah", "Al-Raqqa", "Raqqah", "Ar Raqqah"})
    void raqqaSpellingsFindTheCity(String spelling) {
        assertTrue(ids(spelling).contains(172955L), () -> spelling + " -> " + gazetteer.candidates(spelling));
    }

    @Test
    void idlebIsAnAlternateNameOfIdlib() {
        assertTrue(ids("Idleb").contains(169389L));
        assertTrue(ids("Idlib").contains(169389L));
    }

    @Test
    void arsalIsOnlyInTheSupplementAndErsalToo() {
        List<Place> arsal = gazetteer.candidates("Arsal");
        assertEquals(1, arsal.size(), arsal::toString);
        assertEquals(-1, arsal.get(0).geonameId());
        assertEquals(arsal, gazetteer.candidates("Aarsâl"));
        assertEquals(arsal, gazetteer.candidates("Ersal"));
    }

    @Test
    void candidatesComeMostPopulousFirst() {
        List<Place> tripoli = gazetteer.candidates("Tripoli");
        assertEquals("LY", tripoli.get(0).country());
        assertTrue(tripoli.stream().anyMatch(p -> p.country().equals("LB")));
        for (int i = 1; i < tripoli.size(); i++) {
            assertTrue(tripoli.get(i - 1).population() >= tripoli.get(i).population());
        }
    }

    @Test
    void approximateCandidatesAreLoose() {
        assertFalse(gazetteer.approximateCandidates("Dayr az Zur").isEmpty());
        assertTrue(gazetteer.candidates("Xyzzyville").isEmpty());
    }
}
