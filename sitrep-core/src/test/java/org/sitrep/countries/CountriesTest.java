package org.sitrep.countries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.data.Tsv;
import org.sitrep.data.WordLists;
import org.sitrep.model.LatLon;

class CountriesTest {
    private static final Countries COUNTRIES = Countries.load(WordLists.load());
    private static final String HEADER = String.join("\t", Countries.HEADER);

    private static String iso2(Optional<Country> c) {
        return c.map(Country::iso2).orElse("none");
    }

    @Test
    void coversEveryIsoCountryOfJavaOnceWithUniqueCodes() {
        Set<String> iso2 = new HashSet<>();
        Set<String> iso3 = new HashSet<>();
        for (Country c : COUNTRIES.all()) {
            assertTrue(iso2.add(c.iso2()), "duplicate iso2 " + c.iso2());
            assertTrue(iso3.add(c.iso3()), "duplicate iso3 " + c.iso3());
        }
        for (String code : Locale.getISOCountries()) {
            assertTrue(iso2.contains(code), "missing " + code);
        }
        assertTrue(COUNTRIES.all().size() >= 249);
    }

    @Test
    void findsCountriesByDemonym() {
        assertEquals("LB", iso2(COUNTRIES.byDemonym("Lebanese")));
        assertEquals("SY", iso2(COUNTRIES.byDemonym("Syrian")));
        assertEquals("SY", iso2(COUNTRIES.byDemonym("Syrians")));
        assertEquals("AF", iso2(COUNTRIES.byDemonym("Afghan")));
        assertEquals("GB", iso2(COUNTRIES.byDemonym("British")));
        assertEquals("GB", iso2(COUNTRIES.byDemonym("Britons")));
        assertEquals("AE", iso2(COUNTRIES.byDemonym("Emirati")));
        assertEquals("US", iso2(COUNTRIES.byDemonym("American")));
        assertEquals("SS", iso2(COUNTRIES.byDemonym("South Sudanese")));
        assertEquals("SD", iso2(COUNTRIES.byDemonym("sudanese")));
        assertEquals("none", iso2(COUNTRIES.byDemonym("Lebanon")));
    }

    @Test
    void findsCountriesByNameAliasAndIsoCode() {
        assertEquals("US", iso2(COUNTRIES.byName("the United States")));
        assertEquals("US", iso2(COUNTRIES.byName("U.S.")));
        assertEquals("US", iso2(COUNTRIES.byName("US")));
        assertEquals("none", iso2(COUNTRIES.byName("us")));
        assertEquals("SY", iso2(COUNTRIES.byName("Syrian Arab Republic")));
        assertEquals("CI", iso2(COUNTRIES.byName("Cote d’Ivoire")));
        assertEquals("CD", iso2(COUNTRIES.byName("DRC")));
        assertEquals("CD", iso2(COUNTRIES.byName("Congo-Kinshasa")));
        assertEquals("MM", iso2(COUNTRIES.byName("Burma")));
        assertEquals("GB", iso2(COUNTRIES.byName("Great Britain")));
        assertEquals("TR", iso2(COUNTRIES.byName("Türkiye")));
        assertEquals("PS", iso2(COUNTRIES.byName("Palestinian territories")));
        assertEquals("LB", iso2(COUNTRIES.byIso2("lb")));
        assertEquals("LB", iso2(COUNTRIES.lookup("Lebanese")));
        assertEquals("LB", iso2(COUNTRIES.lookup("Lebanon")));
        assertEquals("LBN", COUNTRIES.byIso2("LB").orElseThrow().iso3());
    }

    @Test
    void givesTheGazetteerWhatGeoNamesSaysOfACountry() {
        Country.GeoNames lebanon = COUNTRIES.byIso2("LB").orElseThrow().geonames();
        assertEquals(272103, lebanon.geonameId());
        assertEquals(Optional.of("Beirut"), lebanon.capital());
        assertEquals(Optional.of(new LatLon(33.89332, 35.50157)), lebanon.capitalPoint());
        assertEquals(List.of("SY", "IL"), lebanon.neighbours());
        assertEquals(
                "Aland Islands", COUNTRIES.byIso2("AX").orElseThrow().geonames().name());
        Country.GeoNames antarctica = COUNTRIES.byIso2("AQ").orElseThrow().geonames();
        assertEquals(Optional.empty(), antarctica.capital());
        assertEquals(Optional.empty(), antarctica.capitalPoint());
        assertEquals(List.of(), antarctica.neighbours());
    }

    @Test
    void rejectsABadGeoNamesColumnNamingTheLine() {
        String tsv = HEADER + "\nLB\tLBN\tLebanon\t-\tLebanese\t272103\tLebanon\tBeirut\t6848925\tSY|IL\t133.9\t35.5\n";
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> Countries.load(new Tsv.Source("t.tsv", tsv), WordLists.load()));
        assertEquals("t.tsv:2: expected -90 <= lat <= 90 and -180 <= lon <= 180, got 133.9, 35.5", e.getMessage());
    }

    @Test
    void rejectsADuplicateIso2NamingTheLine() {
        String tsv = """
                # test
                %s
                LB\tLBN\tLebanon\t-\tLebanese\t272103\tLebanon\tBeirut\t6848925\tSY|IL\t33.89332\t35.50157
                LB\tLBX\tOther\t-\t-\t1\tOther\t-\t0\t-\t-\t-
                """.formatted(HEADER);
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> Countries.load(new Tsv.Source("t.tsv", tsv), WordLists.load()));
        assertEquals("t.tsv:4: duplicate iso2 LB", e.getMessage());
    }

    @Test
    void rejectsADemonymNamingTwoCountries() {
        String tsv = """
                %s
                CD\tCOD\tDemocratic Republic of the Congo\t-\tCongolese\t203312\tDR Congo\tKinshasa\t84068091\t-\t-\t-
                CG\tCOG\tRepublic of the Congo\t-\tCongolese\t2260494\tCongo Republic\tBrazzaville\t5244363\t-\t-\t-
                """.formatted(HEADER);
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> Countries.load(new Tsv.Source("t.tsv", tsv), WordLists.load()));
        assertEquals("t.tsv:3: 'Congolese' of CG already names CD", e.getMessage());
    }
}
