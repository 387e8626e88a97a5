package org.sitrep.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CountriesTest {
    private static final Countries COUNTRIES = Countries.load();

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
    void rejectsADuplicateIso2NamingTheLine() {
        String tsv = """
                # test
                iso2\tiso3\tname\taliases\tdemonyms
                LB\tLBN\tLebanon\t-\tLebanese
                LB\tLBX\tOther\t-\t-
                """;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Countries.load(new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)), "t.tsv"));
        assertEquals("t.tsv:4: duplicate iso2 LB", e.getMessage());
    }

    @Test
    void rejectsADemonymNamingTwoCountries() {
        String tsv = """
                iso2\tiso3\tname\taliases\tdemonyms
                CD\tCOD\tDemocratic Republic of the Congo\t-\tCongolese
                CG\tCOG\tRepublic of the Congo\t-\tCongolese
                """;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Countries.load(new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)), "t.tsv"));
        assertEquals("t.tsv:3: 'Congolese' of CG already names CD", e.getMessage());
    }
}
