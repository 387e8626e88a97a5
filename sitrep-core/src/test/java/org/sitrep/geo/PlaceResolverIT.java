package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.countries.Countries;
import org.sitrep.testing.Shipped;

/** The cases of PlaceResolverTest on the full gazetteer, where every "Tripoli" and "Georgia" of GeoNames competes. */
class PlaceResolverIT {
    private static Countries countries;
    private static PlaceResolver resolver;

    @BeforeAll
    static void load() {
        countries = Shipped.countries();
        resolver = new PlaceResolver(Gazetteer.load(countries, Shipped.words()), countries);
    }

    private static ResolvedPlace resolve(String name, PlaceContext context) {
        return resolver.resolve(name, context).orElseThrow(() -> new AssertionError(name + " did not resolve"));
    }

    private static PlaceContext words(String... countryWords) {
        return GeoFixtures.words(countries, countryWords);
    }

    @Test
    void tripoli() {
        assertEquals(2210247, resolve("Tripoli", PlaceContext.empty()).place().geonameId());
        assertEquals(2210247, resolve("Tripoli", words("Libya")).place().geonameId());
        assertEquals(266826, resolve("Tripoli", words("Lebanon")).place().geonameId());
    }

    @Test
    void homs() {
        assertEquals(169577, resolve("Homs", PlaceContext.empty()).place().geonameId());
        assertEquals(169577, resolve("Homs", words("Syrian")).place().geonameId());
        assertEquals(2219905, resolve("Homs", words("Libyan")).place().geonameId());
    }

    @Test
    void georgia() {
        assertEquals("GE", resolve("Georgia", PlaceContext.empty()).place().country());
        assertEquals("GE", resolve("Georgia", words("Russian")).place().country());
        Place tbilisi = resolve("Tbilisi", PlaceContext.empty()).place();
        assertEquals(
                "GE",
                resolve("Georgia", PlaceContext.builder().place(tbilisi).build())
                        .place()
                        .country());
        Place atlanta = resolve("Atlanta", PlaceContext.empty()).place();
        assertEquals("GA", atlanta.admin1Code());
        ResolvedPlace state =
                resolve("Georgia", PlaceContext.builder().place(atlanta).build());
        assertEquals("ADM1", state.place().featureCode());
        assertEquals("US", state.place().country());
    }

    @Test
    void arsalWithTheLebaneseArmy() {
        ResolvedPlace r = resolve("Arsal", words("Lebanese"));
        assertEquals("LB", r.place().country());
        assertEquals("Baalbek-Hermel Governorate", r.place().admin1Name());
        assertEquals(r.place(), resolve("Ersal", words("Lebanese")).place());
    }

    @Test
    void syrianTownsInTheNewsResolveInSyria() {
        PlaceContext syria = words("Syrian");
        for (String name : new String[] {
            "Deir ez-Zor",
            "Dayr az Zawr",
            "Deir al-Zour",
            "Idleb",
            "Raqqa",
            "Al-Raqqa",
            "Ar-Raqqah",
            "Kobani",
            "Manbij",
            "Palmyra",
            "Qusayr",
            "Yabroud",
            "Madaya",
            "Aleppo",
            "Daraa",
            "Qamishli",
            "Hasakah",
            "Ma'arrat al-Nu'man"
        }) {
            ResolvedPlace r = resolve(name, syria);
            assertEquals("SY", r.place().country(), () -> name + " -> " + r);
            assertEquals(ResolvedPlace.TOWN, r.precision(), () -> name + " -> " + r);
        }
    }

    @Test
    void borderPhrase() {
        ResolvedPlace r = resolve("Lebanon's border with Syria", words("Lebanese"));
        assertEquals("LB", r.place().country());
        assertEquals(ResolvedPlace.REGION, r.precision());
    }

    @Test
    void unknownPlace() {
        assertEquals(Optional.empty(), resolver.resolve("Xyzzyville", PlaceContext.empty()));
        assertEquals(Optional.empty(), resolver.resolve("Xyzzyville", words("Syrian")));
    }

    @Test
    void resolvesQuickly() {
        long start = System.nanoTime();
        for (int i = 0; i < 1000; i++) {
            resolver.resolve(i % 2 == 0 ? "Tripoli" : "Springfield", words("Lebanese"));
        }
        double micros = (System.nanoTime() - start) / 1e3 / 1000;
        assertTrue(micros < 2000, "resolve took " + micros + " µs");
    }
}
