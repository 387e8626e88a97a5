package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.countries.Countries;
import org.sitrep.data.Tsv;
import org.sitrep.data.WordLists;
import org.sitrep.model.LatLon;

/** Loading the gazetteer's files (own points, seats, features) from small fixtures. */
class GazetteerTest {
    private static final WordLists WORDS = WordLists.load();
    private static final Countries COUNTRIES =
            Countries.load(Tsv.Source.of(open("countries.tsv"), "org/sitrep/geo/fixture/countries.tsv"), WORDS);
    private static final Gazetteer GAZETTEER = load(open("features.tsv"));

    private static Gazetteer load(InputStream features) {
        return load(features, Optional.empty());
    }

    private static Gazetteer load(InputStream features, Optional<InputStream> regions) {
        return Gazetteer.load(
                COUNTRIES,
                WORDS,
                new Gazetteer.Sources(
                        open("admin1.tsv"),
                        open("places.tsv"),
                        open("supplement.tsv"),
                        Optional.of(open("country-points.tsv")),
                        Optional.of(features),
                        regions));
    }

    private static InputStream open(String name) {
        return GazetteerTest.class.getResourceAsStream("fixture/" + name);
    }

    private static InputStream text(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aCountryStandsAtItsOwnPointWithItsCapitalAsSeat() {
        Place syria = GAZETTEER.country("SY").orElseThrow();
        assertEquals(35.0, syria.lat());
        assertEquals(38.0, syria.lon());
        assertEquals("A", syria.featureClass());
        assertEquals(Optional.of(new LatLon(33.5102, 36.29128)), syria.seat(), "Damascus");
        assertEquals(60.0, GAZETTEER.candidates("Russia").get(0).lat());
    }

    @Test
    void aCountryWithoutAnOwnPointStandsAtItsCapital() {
        Place lebanon = GAZETTEER.country("LB").orElseThrow();
        assertEquals(33.89332, lebanon.lat());
        assertEquals(Optional.of(new LatLon(33.89332, 35.50157)), lebanon.seat());
    }

    @Test
    void withoutCountryPointsEveryCountryStandsAtItsCapital() {
        Gazetteer plain = Gazetteer.load(
                COUNTRIES,
                WORDS,
                new Gazetteer.Sources(open("admin1.tsv"), open("places.tsv"), open("supplement.tsv")));
        assertEquals(33.5102, plain.country("SY").orElseThrow().lat());
        assertTrue(plain.candidates("Euphrates").isEmpty());
    }

    @Test
    void aCountyIsIndexedUnderItsFullNameWithItsStatesName() {
        Place polk = GeoFixtures.gazetteer().candidates("Polk County").stream()
                .filter(p -> p.admin1Code().equals("GA"))
                .findFirst()
                .orElseThrow();
        assertEquals("A", polk.featureClass());
        assertTrue(polk.isAdmin2());
        assertEquals("Georgia", polk.admin1Name());
        assertEquals(33.99601, polk.lat());
        assertTrue(GeoFixtures.gazetteer().candidates("Polk").isEmpty(), "no bare name: 'Polk' is no county");
    }

    @Test
    void aDivisionKeepsItsSeatBesideItsPoint() {
        Place baalbek = GAZETTEER.candidates("Baalbek-Hermel").stream()
                .filter(Place::isAdmin1)
                .findFirst()
                .orElseThrow();
        assertEquals("A", baalbek.featureClass());
        assertEquals(Optional.of(new LatLon(34.00583, 36.21806)), baalbek.seat());
    }

    @Test
    void featuresAreFoundByNameAndAlternateNameWithTheirClass() {
        List<Place> euphrates = GAZETTEER.candidates("Euphrates");
        assertEquals(1, euphrates.size(), euphrates::toString);
        Place river = euphrates.get(0);
        assertEquals("H", river.featureClass());
        assertEquals("STM", river.featureCode());
        assertEquals(-100001, river.geonameId());
        assertEquals(Optional.empty(), river.seat());
        assertEquals(List.of(river), GAZETTEER.candidates("Firat"));
        assertEquals("T", GAZETTEER.candidates("Syrian Desert").get(0).featureClass());
    }

    @Test
    void townsAreClassP() {
        Place homs = GAZETTEER.candidates("Homs").stream()
                .filter(p -> p.geonameId() == 169577)
                .findFirst()
                .orElseThrow();
        assertEquals("P", homs.featureClass());
        assertTrue(homs.isPopulated());
    }

    @Test
    void aFeatureRowOfUnknownClassIsRejectedWithItsName() {
        String bad = "id\tname\tlat\tlon\tfeature_class\tfeature_code\tcountry\tadmin1\talternate_names\tsource\n"
                + "-1\tNowhere\t1\t2\tX\tSTM\tSY\t\t\tfixture\n";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> load(text(bad)));
        assertTrue(e.getMessage().contains("Nowhere"), e.getMessage());
    }

    @Test
    void placeDerivesTheClassOfTownsDivisionsAndCountriesOnly() {
        assertEquals("P", new Place(1, "Town", 1, 2, "PPLA", "SY", "", "", 0).featureClass());
        assertEquals("A", new Place(2, "Division", 1, 2, "ADM1", "SY", "", "", 0).featureClass());
        assertThrows(IllegalArgumentException.class, () -> new Place(3, "River", 1, 2, "STM", "SY", "", "", 0));
        assertThrows(
                IllegalArgumentException.class,
                () -> new Place(4, "Sea", 1, 2, "W", "SEA", "SY", "", "", 0, Optional.empty()));
        assertThrows(IllegalArgumentException.class, () -> new LatLon(91, 0));
    }

    @Test
    void aContinentStandsAtGeoNamesPointNotAtNaturalEarthsLargestLandmass() {
        // the fixture's features hold Natural Earth's "Africa" (CONT, at its polygon's centroid): left out
        assertTrue(GAZETTEER.candidates("Africa").stream().noneMatch(Place::isContinent));
        Gazetteer withRegions = load(open("features.tsv"), Optional.of(open("regions.tsv")));
        List<Place> continents = withRegions.candidates("Africa").stream()
                .filter(Place::isContinent)
                .toList();
        assertEquals(1, continents.size());
        assertEquals(6255146, continents.get(0).geonameId());
        assertEquals(7.1881, continents.get(0).lat());
    }
}
