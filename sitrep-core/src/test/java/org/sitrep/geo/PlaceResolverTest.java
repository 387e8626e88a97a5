package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.countries.Countries;
import org.sitrep.testing.Shipped;

/** Resolution rules on a fixture gazetteer of real GeoNames rows; PlaceResolverIT repeats the cases on the full data. */
class PlaceResolverTest {
    private static final long PARIS_TENNESSEE = 4647963;
    private static Countries countries;
    private static Gazetteer gazetteer;
    private static PlaceResolver resolver;

    @BeforeAll
    static void load() {
        countries = Shipped.countries();
        gazetteer = GeoFixtures.gazetteer();
        resolver = new PlaceResolver(gazetteer, countries);
    }

    private static ResolvedPlace resolve(String name, PlaceContext context) {
        Optional<ResolvedPlace> r = resolver.resolve(name, context);
        assertTrue(r.isPresent(), () -> name + " did not resolve");
        return r.get();
    }

    private static PlaceContext words(String... countryWords) {
        return GeoFixtures.words(countries, countryWords);
    }

    @Test
    void keepsNeighboursInTheTablesOrderSoTiesAreExplainedTheSameInEveryRun() {
        // Set.of iterated in an order that changed from run to run: a place with two context countries of
        // equal weight was "neighbour of context country DE" in one run and "... IT" in the next
        assertEquals(List.of("SY", "GE", "IQ", "IR", "GR", "AM", "AZ", "BG"), List.copyOf(gazetteer.neighbours("TR")));
    }

    @Test
    void aCountyNamedLikeAStateIsTheCounty() {
        // "county" is a division word, so "Texas County" also reads as "the division Texas": the counties named so win
        ResolvedPlace r = resolve("Texas County", PlaceContext.empty());
        assertEquals("ADM2", r.place().featureCode());
        assertEquals(ResolvedPlace.REGION, r.precision());
        assertEquals(2, r.acledGeoPrecision());
        Place palmyraMissouri = gazetteer.candidates("Palmyra").stream()
                .filter(p -> p.admin1Code().equals("MO"))
                .findFirst()
                .orElseThrow();
        PlaceContext missouri = PlaceContext.builder().place(palmyraMissouri).build();
        assertEquals(4411468, resolve("Texas County", missouri).place().geonameId());
    }

    @Test
    void aCountyIsTheOneInTheDivisionOfTheArticlesPlaces() {
        PlaceContext nearAtlanta = PlaceContext.builder()
                .place(gazetteer.candidates("Atlanta").get(0))
                .build();
        ResolvedPlace polk = resolve("Polk County", nearAtlanta);
        assertEquals(4216880, polk.place().geonameId());
        assertEquals("Georgia", polk.place().admin1Name());
        assertTrue(polk.reason().contains("same division as context place Atlanta"), polk.reason());
        // without context the most populous county of the name (Des Moines is in Polk County, Iowa)
        assertEquals(
                4871782, resolve("Polk County", PlaceContext.empty()).place().geonameId());
    }

    private static Place town(String name, String admin1) {
        return gazetteer.candidates(name).stream()
                .filter(p -> p.admin1Code().equals(admin1))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theReadingThatKeepsMostOfTheArticlesPlacesTogetherWins() {
        // two Tennessee towns and one stray reading in Texas: the larger Paris, Texas no longer ties on "one place in
        // the same division" and wins by population
        PlaceContext tennessee = PlaceContext.builder()
                .place(town("Cookeville", "TN"))
                .place(town("Nashville", "TN"))
                .place(town("Atlanta", "TX"))
                .build();
        ResolvedPlace paris = resolve("Paris", tennessee);
        assertEquals(PARIS_TENNESSEE, paris.place().geonameId());
        assertTrue(paris.reason().contains("(67% of the article's places)"), paris.reason());
        // the same places once more: each place counts once
        assertEquals(
                PARIS_TENNESSEE,
                resolve("Paris", tennessee.withPlaces(List.of(town("Nashville", "TN"), town("Nashville", "TN"))))
                        .place()
                        .geonameId());
    }

    @Test
    void aNamedDivisionSaysMoreThanATown() {
        // "Tennessee" and a town read in Texas: the division weighs twice the town
        PlaceContext context = PlaceContext.builder()
                .place(gazetteer.division("Tennessee").orElseThrow())
                .place(town("Atlanta", "TX"))
                .build();
        assertEquals(PARIS_TENNESSEE, resolve("Paris", context).place().geonameId());
    }

    @Test
    void tripoliIsLibyasCapitalWithoutContext() {
        ResolvedPlace r = resolve("Tripoli", PlaceContext.empty());
        assertEquals("LY", r.place().country());
        assertEquals("PPLC", r.place().featureCode());
        assertEquals(ResolvedPlace.TOWN, r.precision());
        assertEquals(1, r.acledGeoPrecision());
    }

    @Test
    void tripoliIsLebanesesWithLebanonInContext() {
        ResolvedPlace r = resolve("Tripoli", words("Lebanese"));
        assertEquals(266826, r.place().geonameId());
        assertTrue(r.reason().startsWith("context country LB"), r.reason());
        assertEquals("LY", resolve("Tripoli", words("Libya")).place().country());
    }

    @Test
    void homsIsSyrianUnlessLibyaIsInContext() {
        assertEquals(169577, resolve("Homs", PlaceContext.empty()).place().geonameId());
        ResolvedPlace libyan = resolve("Homs", words("Libyan"));
        assertEquals("Al Khums", libyan.place().name());
        assertEquals("context country LY", libyan.reason().split("; ")[0]);
    }

    @Test
    void georgiaIsTheCountryUnlessAtlantaIsInContext() {
        assertEquals("PCLI", resolve("Georgia", PlaceContext.empty()).place().featureCode());
        Place tbilisi = resolve("Tbilisi", PlaceContext.empty()).place();
        assertEquals(
                "GE",
                resolve("Georgia", PlaceContext.builder().place(tbilisi).build())
                        .place()
                        .country());
        assertEquals("GE", resolve("Georgia", words("Russian")).place().country());

        Place atlanta = resolve("Atlanta", PlaceContext.empty()).place();
        assertEquals("GA", atlanta.admin1Code());
        ResolvedPlace state =
                resolve("Georgia", PlaceContext.builder().place(atlanta).build());
        assertEquals("ADM1", state.place().featureCode());
        assertEquals("US", state.place().country());
        assertEquals(ResolvedPlace.PROVINCE, state.precision());
        assertTrue(state.reason().contains("contains context place Atlanta"), state.reason());
    }

    @Test
    void neighbourOfAContextCountryCountsLessThanTheCountryItself() {
        ResolvedPlace r = resolve("Georgia", words("Russian"));
        assertTrue(r.reason().contains("neighbour of context country RU"), r.reason());
    }

    @Test
    void arsalComesFromTheSupplementInBaalbekHermel() {
        for (String spelling : new String[] {"Arsal", "Aarsal", "Aarsâl", "Ersal", "Irsal"}) {
            ResolvedPlace r = resolve(spelling, words("Lebanese"));
            assertEquals("LB", r.place().country(), spelling);
            assertEquals("11", r.place().admin1Code(), spelling);
            assertEquals("Baalbek-Hermel Governorate", r.place().admin1Name(), spelling);
        }
    }

    @Test
    void aVillageWithTheStatesNameAsAlternateLeavesTheStateItsName() {
        // Minneota, Minnesota has the alternate name "Minnesota": only a seat named like its division takes the name
        ResolvedPlace r = resolve("Minnesota", PlaceContext.empty());
        assertEquals(5037779, r.place().geonameId());
        assertEquals(ResolvedPlace.PROVINCE, r.precision());
    }

    @Test
    void aBorderPhraseGivesTheFirstCountryAtRegionPrecision() {
        ResolvedPlace r = resolve("Lebanon's border with Syria", PlaceContext.empty());
        assertEquals("LB", r.place().country());
        assertEquals(ResolvedPlace.REGION, r.precision());
        assertEquals(2, r.acledGeoPrecision());
        assertTrue(r.reason().startsWith("border of LB with SY"), r.reason());
        assertEquals(
                "SY",
                resolve("the border between Syria and Lebanon", PlaceContext.empty())
                        .place()
                        .country());
        assertEquals(
                "LB",
                resolve("the Syrian-Lebanese border", words("Lebanese")).place().country());
    }

    @Test
    void anUnknownPlaceResolvesToNothing() {
        assertEquals(Optional.empty(), resolver.resolve("Xyzzyville", PlaceContext.empty()));
        assertEquals(Optional.empty(), resolver.resolve("  ", PlaceContext.empty()));
        assertEquals(Optional.empty(), resolver.resolve("Gondor's border with Mordor", PlaceContext.empty()));
    }

    @Test
    void aTownNamesItselfRatherThanItsDivisionUnlessProvinceIsSaid() {
        assertEquals("PPLA", resolve("Raqqa", PlaceContext.empty()).place().featureCode());
        ResolvedPlace province = resolve("Raqqa province", PlaceContext.empty());
        assertEquals("ADM1", province.place().featureCode());
        assertEquals(ResolvedPlace.PROVINCE, province.precision());
    }

    @Test
    void countriesResolveByNameAndAlias() {
        ResolvedPlace us = resolve("the US", PlaceContext.empty());
        assertEquals("US", us.place().country());
        assertEquals(ResolvedPlace.COUNTRY, us.precision());
        assertEquals(3, us.acledGeoPrecision());
        assertEquals("LB", resolve("Lebanon", PlaceContext.empty()).place().country());
    }

    @Test
    void approximateSpellingNeedsSupportFromTheContext() {
        // "Hims" is not among the fixture's names; its skeleton "hms" matches Homs (SY) and no other place
        assertEquals(Optional.empty(), resolver.resolve("Hamus", PlaceContext.empty()));
        ResolvedPlace r = resolve("Hamus", words("Syrian"));
        assertEquals(169577, r.place().geonameId());
        assertTrue(r.reason().endsWith("approximate spelling"), r.reason());
    }

    @Test
    void aNearbyResolvedPlaceHelps() {
        Place beirut = resolve("Beirut", PlaceContext.empty()).place();
        ResolvedPlace r =
                resolve("Tripoli", PlaceContext.builder().place(beirut).build());
        assertEquals("LB", r.place().country());
        assertTrue(r.reason().contains("within 150 km of context place Beirut"), r.reason());
    }

    @Test
    void aContinentsNameIsTheContinentWhateverElseSharesIt() {
        // Mahdia has the alternate name "Africa", and a Tunisian article would otherwise pull it ahead
        ResolvedPlace africa = resolve("Africa", words("Tunisia"));
        assertEquals(6255146, africa.place().geonameId());
        assertEquals(ResolvedPlace.REGION, africa.precision());
        assertEquals("the continent's name", africa.reason());
        // a town named Asia in Peru, in an article about Peru
        assertEquals(6255147, resolve("Asia", words("Peru")).place().geonameId());
        // only the continent's own name: "Africa" inside a longer name is not the continent
        assertTrue(resolver.resolve("Mahdia", words("Tunisia"))
                .orElseThrow()
                .place()
                .isPopulated());
    }

    @Test
    void aContinentGivesNoCountryEvidenceNorSupportsAPlace() {
        Place asia = resolve("Asia", PlaceContext.empty()).place();
        assertTrue(PlaceContext.builder().place(asia).build().weights().isEmpty());
        // Asia's point is in Tibet: it must not make "Paris" a Chinese or any other place near it
        assertEquals(
                resolve("Paris", PlaceContext.empty()).place().geonameId(),
                resolve("Paris", PlaceContext.builder().place(asia).build())
                        .place()
                        .geonameId());
    }

    @Test
    void aCountrysNameIsATownWhenTheArticlesPlacesSurroundThatTown() {
        // "Lebanon" written in an article on Cookeville and Nashville: its own mentions are no evidence for the country
        PlaceContext tennessee = PlaceContext.builder()
                .countryNamed("Lebanon", "LB", 1)
                .place(town("Cookeville", "TN"))
                .place(town("Nashville", "TN"))
                .build();
        ResolvedPlace r = resolve("Lebanon", tennessee);
        assertEquals(4636045, r.place().geonameId());
        assertTrue(r.reason().startsWith("the name's own mentions are no country evidence"), r.reason());
        // the same article with the Lebanese capital among its places, or with no place near a namesake: the country
        PlaceContext beirut = PlaceContext.builder()
                .countryNamed("Lebanon", "LB", 1)
                .place(town("Cookeville", "TN"))
                .place(gazetteer.candidates("Beirut").get(0))
                .place(gazetteer.candidates("Damascus").get(0))
                .build();
        assertTrue(resolve("Lebanon", beirut).place().isCountry());
        PlaceContext apart = PlaceContext.builder()
                .countryNamed("Lebanon", "LB", 1)
                .place(town("Atlanta", "GA"))
                .build();
        assertTrue(resolve("Lebanon", apart).place().isCountry());
    }

    @Test
    void aTownKnownByTheNameOnlyAsAnAlternateGivesWayToThePlacesWhoseOwnNameItIs() {
        // Swainsboro, Georgia was once called Paris: beside Atlanta it would win on its division alone
        PlaceContext georgia =
                PlaceContext.builder().place(town("Atlanta", "GA")).build();
        assertTrue(gazetteer.candidates("Paris").stream().anyMatch(p -> p.geonameId() == 4225346));
        ResolvedPlace r = resolve("Paris", georgia);
        assertEquals("Paris", r.place().name());
        // where no place bears the name as its own, the alternate name is all there is
        assertEquals(4225346, resolve("Swainsborough", georgia).place().geonameId());
    }
}
