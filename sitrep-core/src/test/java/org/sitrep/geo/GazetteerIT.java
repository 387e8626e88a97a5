package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitrep.data.Tsv;
import org.sitrep.model.LatLon;
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

    private static Place only(String name, String featureCode) {
        List<Place> found = gazetteer.candidates(name).stream()
                .filter(p -> p.featureCode().equals(featureCode))
                .toList();
        assertEquals(1, found.size(), () -> name + " " + featureCode + " -> " + found);
        return found.get(0);
    }

    @Test
    void holdsCities500DivisionsCountriesTheSupplementAndFeatures() {
        assertTrue(gazetteer.size() > 199_568 + 3_800 + 240 + 3_200 + 3_100, "size " + gazetteer.size());
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

    @Test
    void countriesStandAtTheirOwnPointWithTheirCapitalAsSeat() {
        Place russia = gazetteer.country("RU").orElseThrow();
        assertEquals(60.0, russia.lat(), 0.5);
        assertEquals(100.0, russia.lon(), 0.5);
        Place syria = gazetteer.country("SY").orElseThrow();
        assertEquals(35.0, syria.lat(), 0.5);
        assertEquals(38.0, syria.lon(), 0.5);
        LatLon damascus = syria.seat().orElseThrow();
        assertTrue(LatLon.km(damascus.lat(), damascus.lon(), 33.51, 36.29) < 10, damascus::toString);
        assertEquals("A", syria.featureClass());
        // GeoNames' own point for the United States (the Factbook's 38N 97W is 235 km from it)
        Place us = gazetteer.country("US").orElseThrow();
        assertTrue(LatLon.km(us.lat(), us.lon(), 39.76, -98.5) < 1, us::toString);
    }

    @Test
    void usCountiesStandAtTheirOwnPointInTheirState() {
        Place cook = gazetteer.candidates("Cook County").stream()
                .filter(p -> p.admin1Code().equals("IL"))
                .findFirst()
                .orElseThrow();
        assertEquals(4888671, cook.geonameId());
        assertEquals("Illinois", cook.admin1Name());
        assertTrue(LatLon.km(cook.lat(), cook.lon(), 41.84, -87.82) < 30, cook::toString);
    }

    @Test
    void divisionsStandAtTheirOwnPointWithTheirLargestTownAsSeat() {
        Place nineveh = gazetteer.candidates("Nineveh").stream()
                .filter(Place::isAdmin1)
                .findFirst()
                .orElseThrow();
        assertEquals("IQ", nineveh.country());
        LatLon mosul = nineveh.seat().orElseThrow();
        assertTrue(LatLon.km(mosul.lat(), mosul.lon(), 36.34, 43.13) < 10, mosul::toString);
        double fromMosul = LatLon.km(nineveh.lat(), nineveh.lon(), mosul.lat(), mosul.lon());
        assertTrue(
                fromMosul > 20 && fromMosul < 150,
                "Nineveh's own point is inside the province, not Mosul: " + fromMosul);
        assertTrue(gazetteer.candidates("Ninawa").contains(nineveh), "Natural Earth's name is an alternate name");
    }

    @Test
    void seasRiversAndRegionsAreFeaturesWithTheirClass() {
        Place euphrates = only("Euphrates", "STM");
        assertEquals("H", euphrates.featureClass());
        assertTrue(euphrates.geonameId() < 0);
        assertTrue(Set.of("IQ", "SY", "TR").contains(euphrates.country()), euphrates::toString);
        assertEquals(euphrates, only("Euphrates River", "STM"));
        assertTrue(LatLon.km(euphrates.lat(), euphrates.lon(), 31.0, 47.4) < 100, () -> "at its mouth: " + euphrates);
        Place nile = only("Nile", "STM");
        assertTrue(LatLon.km(nile.lat(), nile.lon(), 30.1, 31.2) < 161, () -> "where its delta begins: " + nile);
        assertEquals("T", only("Elburz Mountains", "MTS").featureClass());
        Place redSea = only("Red Sea", "SEA");
        assertEquals("H", redSea.featureClass());
        assertTrue(LatLon.km(redSea.lat(), redSea.lon(), 20.0, 38.5) < 300, redSea::toString);
        assertEquals("H", only("Gulf of Aden", "GULF").featureClass());
        assertEquals("T", only("Syrian Desert", "DSRT").featureClass());
        assertEquals("T", only("Sahel", "PLN").featureClass());
    }

    @Test
    void curatedRegionsAreFoundUnderTheirNewsNames() {
        Place sinai = only("Sinai", "PEN");
        assertEquals("EG", sinai.country());
        assertTrue(LatLon.km(sinai.lat(), sinai.lon(), 29.5, 33.8) < 100, sinai::toString);
        assertEquals(sinai, only("Sinai Peninsula", "PEN"));
        assertEquals("SY", only("Eastern Ghouta", "RGN").country());
        assertEquals("IQ", only("Iraqi Kurdistan", "RGN").country());
        assertEquals("UA", only("Donbass", "RGN").country());
        assertEquals("SD", only("Darfur", "RGN").country());
        assertEquals("SY", only("Golan Heights", "PLAT").country());
    }

    @Test
    void countryNamesStayWithTheCountries() {
        assertTrue(
                gazetteer.candidates("Jordan").stream()
                        .noneMatch(p -> p.featureClass().equals("H")),
                "the river is the Jordan River");
        Place river = only("Jordan River", "STM");
        assertTrue(Set.of("JO", "IL", "PS").contains(river.country()), river::toString);
        assertTrue(gazetteer.candidates("Cuba").stream()
                .allMatch(p -> !p.featureCode().equals("ISL")));
    }

    @Test
    void campsAndCrossingsAreSpotsAtTheTownTheyAreNamedFor() {
        Place camp = only("Jenin camp", "CMPRF");
        assertEquals("S", camp.featureClass());
        assertEquals("PS", camp.country());
        assertEquals("S", only("Rafah crossing", "PSTB").featureClass());
        assertEquals("SY", only("al-Hawl camp", "CMPRF").country());
    }

    @Test
    void divisionsThatAreNewsRegionsKeepTheirGeoNamesRow() {
        assertEquals("PS", only("Gaza Strip", "ADM1").country());
        assertEquals("PS", only("West Bank", "ADM1").country());
        assertEquals("UA", only("Crimea", "ADM1").country());
        assertEquals("ET", only("Tigray", "ADM1").country());
    }

    /** The files that scripts/build-gazetteer.py writes, and the curated ones, in the format Gazetteer reads. */
    @Test
    void shippedFilesHaveTheBuildScriptsFormat() throws IOException {
        List<Tsv.Row> admin1 = rows(Gazetteer.ADMIN1, Gazetteer.ADMIN1_HEADER);
        assertTrue(admin1.size() > 3_800, "admin1 rows " + admin1.size());
        long ownPoints =
                admin1.stream().filter(r -> r.get("point").equals("ne")).count();
        assertTrue(ownPoints > 3_000, "divisions at their own point: " + ownPoints);
        for (Tsv.Row r : admin1) {
            assertTrue(Set.of("ne", "seat", "").contains(r.get("point")), r::toString);
            assertEquals(r.get("lat").isEmpty(), r.get("point").isEmpty(), r::toString);
        }
        List<Tsv.Row> countryPoints = rows(Gazetteer.COUNTRY_POINTS, Gazetteer.COUNTRY_POINTS_HEADER);
        assertTrue(countryPoints.size() >= 240);
        assertTrue(
                countryPoints.stream()
                                .filter(r -> r.get("source").equals("geonames"))
                                .count()
                        > 190,
                "countries at GeoNames' own point");
        for (Tsv.Row r : countryPoints) {
            assertTrue(Set.of("geonames", "factbook").contains(r.get("source")), r::toString);
        }
        List<Tsv.Row> counties = rows(Gazetteer.ADMIN2, Gazetteer.ADMIN2_HEADER);
        assertTrue(counties.size() > 3_000, "US counties " + counties.size());
        for (Tsv.Row r : counties) {
            assertTrue(Long.parseLong(r.get("id")) > 0, r::toString);
            assertEquals("A ADM2 US", r.get("feature_class") + " " + r.get("feature_code") + " " + r.get("country"));
        }
        Set<String> ids = new HashSet<>();
        for (String file : List.of(Gazetteer.FEATURES, Gazetteer.REGIONS)) {
            for (Tsv.Row r : rows(file, Gazetteer.FEATURES_HEADER)) {
                // Sitrep's own rows have negative ids; GeoNames' continents (regions.tsv) keep GeoNames' ids
                boolean geonamesContinent = file.equals(Gazetteer.REGIONS)
                        && r.get("feature_code").equals("CONT")
                        && r.get("source").startsWith("GeoNames continent " + r.get("id"));
                assertTrue(geonamesContinent || Long.parseLong(r.get("id")) < 0, r::toString);
                assertTrue(ids.add(r.get("id")), () -> "duplicate id " + r);
                assertTrue(Set.of("H", "T", "L", "S", "V").contains(r.get("feature_class")), r::toString);
                assertFalse(r.get("source").isBlank(), r::toString);
            }
        }
        assertTrue(ids.size() > 3_200, "features " + ids.size());
    }

    private static List<Tsv.Row> rows(String file, List<String> header) throws IOException {
        try (InputStream raw = Gazetteer.class.getResourceAsStream(file);
                InputStream in = file.endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
            List<Tsv.Row> rows = new ArrayList<>();
            Tsv.read(in, file, header, rows::add);
            return rows;
        }
    }
}
