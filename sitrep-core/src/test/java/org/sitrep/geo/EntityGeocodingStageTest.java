package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.countries.Countries;
import org.sitrep.data.WordLists;
import org.sitrep.model.Document;
import org.sitrep.model.Entity;
import org.sitrep.model.EntityType;
import org.sitrep.model.Geocode;
import org.sitrep.model.Precision;
import org.sitrep.testing.DocumentAssertions;
import org.sitrep.testing.DocumentBuilder;
import org.sitrep.testing.Shipped;

/** Each resolution rule of the geocode stage, on hand-written articles and the fixture gazetteer. */
class EntityGeocodingStageTest {
    private static final long PARIS_FRANCE = 2988507;
    private static final long PARIS_TENNESSEE = 4647963;
    private static final long PARIS_TEXAS = 4717560;
    private static EntityGeocodingStage stage;

    @BeforeAll
    static void load() {
        Countries countries = Shipped.countries();
        Gazetteer gazetteer = GeoFixtures.gazetteer();
        stage = new EntityGeocodingStage(gazetteer, countries, Qualifiers.load(gazetteer, countries), WordLists.load());
    }

    private static Document run(DocumentBuilder b) {
        Document d = stage.apply(b.build());
        DocumentAssertions.assertWellFormed(d);
        return d;
    }

    private static Optional<Geocode> geoOf(Document d, String name) {
        return d.entities().stream()
                .filter(e -> e.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no entity " + name + " in " + d.entities()))
                .geo();
    }

    @Test
    void aPlaceAloneTakesTheMostProminentReading() {
        Document d = run(
                new DocumentBuilder().sentence("Paris/NNP is/VBZ calm/JJ ./.").name("E1", "Paris", EntityType.GPE));
        assertEquals(PARIS_FRANCE, geoOf(d, "Paris").orElseThrow().geonameId());
    }

    @Test
    void aQualifierAfterTheNameKeepsItInsideTheDivisionAndTheSameNameLaterFollows() {
        Document d = run(new DocumentBuilder()
                .sentence("He/PRP moved/VBD to/TO Paris/NNP ,/, Tenn./NNP ./.")
                .name("E1", "Paris", EntityType.GPE)
                .sentence("Paris/NNP is/VBZ calm/JJ ./.")
                .name("E2", "Paris", EntityType.GPE));
        List<Entity> paris =
                d.entities().stream().filter(e -> e.name().equals("Paris")).toList();
        assertEquals(2, paris.size());
        for (Entity e : paris) {
            Geocode g = e.geo().orElseThrow();
            assertEquals(PARIS_TENNESSEE, g.geonameId(), e.id());
            assertTrue(g.reason().startsWith("inside Tenn."), g.reason());
            assertEquals("P", g.featureClass());
            assertEquals("Tennessee", g.admin1());
        }
    }

    @Test
    void theAbbreviationOfAQualifierIsAPlaceNameToo() {
        Document d = run(new DocumentBuilder()
                .sentence("He/PRP moved/VBD to/TO Paris/NNP ,/, Tenn./NNP ./.")
                .name("E1", "Paris", EntityType.GPE));
        Geocode tennessee = geoOf(d, "Tenn.").orElseThrow();
        assertEquals("Tennessee", tennessee.name());
        assertEquals("province", tennessee.precision());
        assertEquals("abbreviation of Tennessee", tennessee.reason());
    }

    @Test
    void aPlaceNounAloneIsNoPlaceName() {
        // the tagger types "City" of "City Hall" a place; a suburb of Canberra is named City
        Document d = run(new DocumentBuilder()
                .sentence("The/DT council/NN met/VBD at/IN City/NNP Hall/NNP in/IN Paris/NNP ./.")
                .name("E1", "City", EntityType.GPE)
                .name("E2", "Paris", EntityType.GPE));
        assertTrue(geoOf(d, "City").isEmpty());
        assertEquals(PARIS_FRANCE, geoOf(d, "Paris").orElseThrow().geonameId());
    }

    @Test
    void aPartyTagNamesThePoliticiansHomeDivisionOrTown() {
        Document d = run(new DocumentBuilder()
                .sentence("Rep./NNP Ann/NNP Roe/NNP ,/, D-Tenn./NNP ,/, spoke/VBD ./.")
                .name("E1", "Ann Roe", EntityType.PERSON)
                .sentence("Sen./NNP Bo/NNP Lee/NNP (/-LRB- R-Paris/NNP )/-RRB- agreed/VBD ./.")
                .name("E2", "Bo Lee", EntityType.PERSON));
        Geocode tennessee = geoOf(d, "Tenn.").orElseThrow();
        assertEquals("Tennessee", tennessee.name());
        // the town is read with the article's other places: Tennessee makes it Paris, Tennessee
        assertEquals(PARIS_TENNESSEE, geoOf(d, "Paris").orElseThrow().geonameId());
    }

    @Test
    void aCapitalisedWordAfterAHyphenIsNoPartyTagWithoutACommaOrBracketBeforeIt() {
        Document d = run(new DocumentBuilder()
                .sentence("The/DT D-Paris/NNP unit/NN left/VBD ./.")
                .sentence("Lee/NNP ,/, X-Paris/NNP ,/, left/VBD ./."));
        assertTrue(d.entities().stream().noneMatch(e -> e.name().equals("Paris")), d.entities()::toString);
    }

    @Test
    void anAbbreviationWithAFullStopIsTheDivisionWhateverTheTaggersType() {
        Document d = run(new DocumentBuilder()
                .sentence("Tenn./NNP lawmakers/NNS met/VBD ./.")
                .name("E1", "Tenn.", EntityType.ORGANIZATION)
                .sentence("NSW/NNP Health/NNP said/VBD so/RB ./.")
                .name("E2", "NSW", EntityType.ORGANIZATION));
        assertEquals("Tennessee", geoOf(d, "Tenn.").orElseThrow().name());
        assertTrue(geoOf(d, "NSW").isEmpty(), "a bare code typed an organisation stays one");
    }

    @Test
    void anAustralianStatesAbbreviationIsTheState() {
        Document d = run(new DocumentBuilder()
                .sentence("NSW/NNP recorded/VBD cases/NNS ./.")
                .name("E1", "NSW", EntityType.LOCATION));
        Geocode nsw = geoOf(d, "NSW").orElseThrow();
        assertEquals("New South Wales", nsw.name());
        assertEquals("AU", nsw.country());
    }

    @Test
    void aBareTwoLetterCodeThatNamesNoPlaceIsNoDivision() {
        Document d = run(new DocumentBuilder()
                .sentence("The/DT PA/NNP condemned/VBD the/DT raid/NN ./.")
                .name("E1", "PA", EntityType.ORGANIZATION));
        assertTrue(geoOf(d, "PA").isEmpty(), "the Palestinian Authority, not Pennsylvania");
    }

    @Test
    void aDivisionNamedInFullQualifiesToo() {
        Document d = run(new DocumentBuilder()
                .sentence("They/PRP met/VBD in/IN Paris/NNP ,/, Texas/NNP ./.")
                .name("E1", "Paris", EntityType.GPE)
                .name("E2", "Texas", EntityType.GPE));
        assertEquals(PARIS_TEXAS, geoOf(d, "Paris").orElseThrow().geonameId());
        assertEquals("A", geoOf(d, "Texas").orElseThrow().featureClass());
    }

    @Test
    void aCountryNamedLikeAStateIsTheStateAmongTheArticlesUsPlaces() {
        // "Georgia" in the text is no evidence for the country Georgia: the article's places decide
        Document d = run(new DocumentBuilder()
                .sentence("Georgia/NNP and/CC Texas/NNP officials/NNS met/VBD ./.")
                .name("E1", "Georgia", EntityType.GPE)
                .name("E2", "Texas", EntityType.GPE));
        Geocode georgia = geoOf(d, "Georgia").orElseThrow();
        assertEquals("US", georgia.country());
        assertEquals("province", georgia.precision());
        Document alone =
                run(new DocumentBuilder().sentence("Georgia/NNP voted/VBD ./.").name("E1", "Georgia", EntityType.GPE));
        assertEquals("GE", geoOf(alone, "Georgia").orElseThrow().country());
        Document caucasus = run(new DocumentBuilder()
                .sentence("Georgia/NNP and/CC Russia/NNP officials/NNS met/VBD in/IN Tbilisi/NNP ./.")
                .name("E1", "Georgia", EntityType.GPE)
                .name("E2", "Russia", EntityType.GPE)
                .name("E3", "Tbilisi", EntityType.GPE));
        assertEquals("GE", geoOf(caucasus, "Georgia").orElseThrow().country());
    }

    @Test
    void aNameWrittenOnceWithAnotherCountrysQualifierIsSplitFromTheArticlesOwnPlace() {
        Document d = run(new DocumentBuilder()
                .sentence("Lebanon/NNP sent/VBD troops/NNS to/TO Tripoli/NNP ./.")
                .name("E1", "Lebanon", EntityType.GPE)
                .name("E2", "Tripoli", EntityType.GPE)
                .sentence("Lebanese/JJ officials/NNS said/VBD Tripoli/NNP is/VBZ calm/JJ ./.")
                .name("E3", "Lebanese", EntityType.NORP)
                .name("E2", "Tripoli", EntityType.GPE)
                .sentence("Lebanon/NNP thanked/VBD them/PRP ./.")
                .name("E1", "Lebanon", EntityType.GPE)
                .sentence("Unlike/IN Tripoli/NNP ,/, Libya/NNP ,/, it/PRP is/VBZ quiet/JJ ./.")
                .name("E2", "Tripoli", EntityType.GPE)
                .name("E4", "Libya", EntityType.GPE));
        List<Entity> tripoli =
                d.entities().stream().filter(e -> e.name().equals("Tripoli")).toList();
        assertEquals(2, tripoli.size(), d.entities()::toString);
        Entity lebanese = tripoli.get(0);
        assertEquals("E2", lebanese.id());
        assertEquals(2, lebanese.mentions().size());
        assertEquals("LB", lebanese.geo().orElseThrow().country());
        assertTrue(lebanese.geo().orElseThrow().reason().startsWith("named without its qualifier"));
        Entity libyan = tripoli.get(1);
        assertEquals(1, libyan.mentions().size());
        assertEquals("LY", libyan.geo().orElseThrow().country());
        int libyaAt = d.text().indexOf("Tripoli ,");
        assertEquals(libyaAt, libyan.mentions().get(0).span().begin(), "the qualified mention moved, offsets kept");
    }

    @Test
    void placesResolvedTogetherStayClose() {
        Document d = run(new DocumentBuilder()
                .sentence("Officials/NNS from/IN Cookeville/NNP and/CC Paris/NNP met/VBD ./.")
                .name("E1", "Cookeville", EntityType.GPE)
                .name("E2", "Paris", EntityType.GPE));
        Geocode paris = geoOf(d, "Paris").orElseThrow();
        assertEquals(PARIS_TENNESSEE, paris.geonameId());
        assertTrue(paris.reason().contains("context place Cookeville"), paris.reason());
        assertTrue(paris.score() > 0 && paris.score() <= 1);
    }

    @Test
    void aDemonymIsItsCountry() {
        Document d = run(new DocumentBuilder()
                .sentence("French/JJ officials/NNS spoke/VBD ./.")
                .name("E1", "French", EntityType.NORP));
        Geocode g = geoOf(d, "French").orElseThrow();
        assertEquals("FR", g.country());
        assertEquals("country", g.precision());
        assertEquals("demonym of France", g.reason());
    }

    @Test
    void aPlaceNameTheTaggerMissedIsAddedWhenACueWordPrecedesIt() {
        Document d = run(new DocumentBuilder().sentence("He/PRP lives/VBZ in/IN Cookeville/NNP ./."));
        assertEquals(1, d.entities().size());
        Entity e = d.entities().get(0);
        assertEquals(EntityType.GPE, e.type());
        assertEquals("Cookeville", e.name());
        assertEquals("Tennessee", e.geo().orElseThrow().admin1());
        assertEquals(1, d.mentions().size());
    }

    @Test
    void aCapitalisedWordTheGazetteerKnowsIsNoPlaceWithoutSupport() {
        Document d = run(new DocumentBuilder().sentence("Cookeville/NNP won/VBD the/DT game/NN ./."));
        assertEquals(List.of(), d.entities());
    }

    @Test
    void aTimeExpressionIsNeverAPlace() {
        Document d = run(new DocumentBuilder()
                .sentence("They/PRP met/VBD in/IN Paris/NNP 2014/CD ./.")
                .time("Paris 2014", "2014", Precision.YEAR));
        assertEquals(List.of(), d.entities());
    }

    @Test
    void aPlaceNamedInsideAnOrganisationsNameJoinsThePlaceNamedElsewhere() {
        Document d = run(new DocumentBuilder()
                .sentence("He/PRP lives/VBZ in/IN Cookeville/NNP ./.")
                .name("E1", "Cookeville", EntityType.GPE)
                .sentence("The/DT Cookeville/NNP Police/NNP Department/NNP said/VBD so/RB ./.")
                .name("E2", "Cookeville Police Department", EntityType.ORGANIZATION));
        Entity town = d.entities().get(0);
        assertEquals(2, town.mentions().size());
        assertTrue(town.geo().isPresent());
        assertTrue(d.entities().get(1).geo().isEmpty(), "the police department itself is no place");
    }

    @Test
    void aCountyNamedInFullInsideAnOrganisationsNameIsAPlace() {
        Document d = run(new DocumentBuilder()
                .sentence("The/DT Polk/NNP County/NNP Sheriff/NNP Office/NNP in/IN Atlanta/NNP said/VBD so/RB ./.")
                .name("E1", "Polk County Sheriff Office", EntityType.ORGANIZATION)
                .name("E2", "Atlanta", EntityType.GPE));
        Geocode polk = geoOf(d, "Polk County").orElseThrow();
        assertEquals(4216880, polk.geonameId(), "the Polk County of Georgia, beside Atlanta");
        assertEquals("region", polk.precision());
        assertTrue(geoOf(d, "Polk County Sheriff Office").isEmpty(), "the office itself is no place");
        Document town = run(new DocumentBuilder()
                .sentence("The/DT Atlanta/NNP Rotary/NNP Club/NNP met/VBD ./.")
                .name("E1", "Atlanta Rotary Club", EntityType.ORGANIZATION));
        assertEquals(1, town.entities().size(), "a town's name inside a name needs support: " + town.entities());
    }

    @Test
    void namesInAListOfCountiesAreCounties() {
        Document d = run(new DocumentBuilder()
                .sentence("Floods/NNS hit/VBD Polk/NNP and/CC Texas/NNP counties/NNS near/IN Palmyra/NNP ./.")
                .name("E1", "Polk", EntityType.PERSON)
                .name("E2", "Palmyra", EntityType.GPE));
        assertEquals("Polk County", geoOf(d, "Polk").orElseThrow().name());
        Geocode texas = geoOf(d, "Texas").orElseThrow();
        assertEquals(4411468, texas.geonameId(), "Texas County, Missouri, beside Palmyra, Missouri: not the state");
        Document one = run(new DocumentBuilder()
                .sentence("Floods/NNS hit/VBD Texas/NNP ./.")
                .name("E1", "Texas", EntityType.GPE));
        assertEquals("province", geoOf(one, "Texas").orElseThrow().precision());
    }

    @Test
    void aTownsNameBeforeAWordOfLocalGovernmentInsideAnOrganisationsNameIsAPlace() {
        Document d = run(new DocumentBuilder()
                .sentence("The/DT Atlanta/NNP Police/NNP Department/NNP arrested/VBD a/DT man/NN ./.")
                .name("E1", "Atlanta Police Department", EntityType.ORGANIZATION));
        Geocode atlanta = geoOf(d, "Atlanta").orElseThrow();
        assertEquals("P", atlanta.featureClass());
        assertTrue(geoOf(d, "Atlanta Police Department").isEmpty(), "the department itself is no place");
        Document mayor = run(new DocumentBuilder()
                .sentence("Atlanta/NNP Mayor/NNP Jane/NNP Roe/NNP spoke/VBD ./.")
                .name("E1", "Atlanta", EntityType.PERSON)
                .name("E2", "Jane Roe", EntityType.PERSON));
        assertTrue(geoOf(mayor, "Atlanta").isPresent(), "a town's name before 'Mayor', though tagged a person");
        assertTrue(geoOf(mayor, "Jane Roe").isEmpty());
    }

    @Test
    void aNameTheTaggerTypedAsAnOrganisationIsAPlaceWhenItIsADivisionsOwnName() {
        Document d = run(new DocumentBuilder()
                .sentence("Texas/NNP approved/VBD the/DT plan/NN ./.")
                .name("E1", "Texas", EntityType.ORGANIZATION));
        assertEquals("A", geoOf(d, "Texas").orElseThrow().featureClass());
    }

    @Test
    void aPersonsNameIsNoPlaceWithoutAQualifier() {
        Document d =
                run(new DocumentBuilder().sentence("Paris/NNP spoke/VBD ./.").name("E1", "Paris", EntityType.PERSON));
        assertTrue(geoOf(d, "Paris").isEmpty());
    }

    @Test
    void aWordOfAPersonsNameAloneIsThatPersonEvenWhenTaggedAPlace() {
        Document d = run(new DocumentBuilder()
                .sentence("Commissioner/NNP Jerry/NNP Paris/NNP spoke/VBD ./.")
                .name("E1", "Jerry Paris", EntityType.PERSON)
                .sentence("Paris/NNP said/VBD no/UH ./.")
                .name("E2", "Paris", EntityType.GPE));
        assertTrue(d.entities().get(1).geo().isEmpty());
    }

    @Test
    void aTownBeforeATitleInsideAPersonsNameIsStillAPlace() {
        // the tagger's one person "Paris Mayor Jane Roe": "Paris" is the town the mayor serves, not her name
        Document d = run(new DocumentBuilder()
                .sentence("Paris/NNP Mayor/NNP Jane/NNP Roe/NNP spoke/VBD ./.")
                .name("E1", "Paris Mayor Jane Roe", EntityType.PERSON)
                .sentence("Paris/NNP said/VBD no/UH ./.")
                .name("E2", "Paris", EntityType.GPE));
        assertEquals(PARIS_FRANCE, d.entities().get(1).geo().orElseThrow().geonameId());
    }

    @Test
    void aDirectionBeforeAPlaceNamesPartOfIt() {
        Document d = run(new DocumentBuilder()
                .sentence("Storms/NNS hit/VBD Northeast/NNP Texas/NNP ./.")
                .name("E1", "Northeast Texas", EntityType.GPE));
        Geocode g = geoOf(d, "Northeast Texas").orElseThrow();
        assertEquals("Texas", g.name());
        assertEquals("region", g.precision());
        assertTrue(g.reason().startsWith("part of Texas"), g.reason());
    }

    @Test
    void theLeadingPlaceOfALongerPlaceNameTheGazetteerLacksIsAPlace() {
        Document d = run(new DocumentBuilder()
                .sentence("He/PRP was/VBD taken/VBN to/TO Cookeville/NNP Regional/NNP Hospital/NNP ./.")
                .name("E1", "Cookeville Regional Hospital", EntityType.GPE));
        assertEquals(2, d.entities().size());
        assertEquals("Cookeville", d.entities().get(1).name());
        assertTrue(d.entities().get(1).geo().isPresent());
        assertTrue(d.entities().get(0).geo().isEmpty());
    }

    @Test
    void theNameOfACountyIsNotTheTownOfThatName() {
        Document d = run(new DocumentBuilder()
                .sentence("Storms/NNS hit/VBD Paris/NNP County/NNP ./.")
                .name("E1", "Paris County", EntityType.GPE));
        assertEquals(1, d.entities().size(), () -> d.entities().toString());
        assertTrue(d.entities().get(0).geo().isEmpty());
    }

    @Test
    void aDatelineIsAPlace() {
        Document d = run(new DocumentBuilder()
                .sentence("COOKEVILLE/NNP --/: The/DT council/NN voted/VBD ./.")
                .name("E1", "COOKEVILLE", EntityType.ORGANIZATION));
        assertEquals("Cookeville", geoOf(d, "COOKEVILLE").orElseThrow().name());
        Document threeHyphens = run(new DocumentBuilder()
                .sentence("COOKEVILLE/NNP ---/: The/DT council/NN voted/VBD ./.")
                .name("E1", "COOKEVILLE", EntityType.ORGANIZATION));
        assertEquals(
                "Cookeville", geoOf(threeHyphens, "COOKEVILLE").orElseThrow().name());
    }

    @Test
    void aNameTypedAsAnOrganisationIsATownNearTheArticlesPlaces() {
        Document d = run(new DocumentBuilder()
                .sentence("Officials/NNS in/IN Cookeville/NNP met/VBD ./.")
                .name("E1", "Cookeville", EntityType.GPE)
                .sentence("Nashville/NNP trustees/NNS voted/VBD ./.")
                .name("E2", "Nashville", EntityType.ORGANIZATION));
        Geocode g = geoOf(d, "Nashville").orElseThrow();
        assertEquals("US", g.country());
        assertTrue(g.reason().startsWith("near the article's places"), g.reason());
    }

    @Test
    void aNameTypedAsAPersonNeedsATownWithinFiftyKilometres() {
        Document d = run(new DocumentBuilder()
                .sentence("Officials/NNS in/IN Cookeville/NNP met/VBD ./.")
                .name("E1", "Cookeville", EntityType.GPE)
                .sentence("Paris/NNP voted/VBD ./.")
                .name("E2", "Paris", EntityType.PERSON));
        assertTrue(geoOf(d, "Paris").isEmpty(), "Paris, Tennessee is some 200 km from Cookeville");
    }
}
