package org.sitrep.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Argument;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.EventPlace;
import org.sitrep.model.Role;
import org.sitrep.testing.SharedSitrep;

/** Event places geocoded in the article's context, and participants coded, on short articles written for Sitrep. */
class PlacesAndActorsIT {

    private static Document extract(String text) {
        return SharedSitrep.extract(text, LocalDate.of(2020, 6, 10));
    }

    private static Event event(Document d, String type) {
        return d.events().stream()
                .filter(e -> e.type().equals(type))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " in "
                        + d.events().stream().map(Event::type).toList()));
    }

    private static EventPlace place(Document d, String type) {
        return event(d, type).place().orElseThrow(() -> new AssertionError(type + " has no place"));
    }

    @Test
    void tripoliWithTheLebaneseArmyIsInLebanon() {
        Document d = extract("Lebanese army troops clashed with gunmen in Tripoli on Monday, a security source said.");
        assertEquals("LB", place(d, "CLASH").geocode().orElseThrow().country());
    }

    @Test
    void tripoliWithLibyanMilitiasIsInLibya() {
        Document d = extract(
                "Rival Libyan militias clashed in Tripoli on Monday, killing four people, the health ministry said.");
        assertEquals("LY", place(d, "CLASH").geocode().orElseThrow().country());
    }

    @Test
    void georgiaWithTbilisiIsTheCountry() {
        Document d = extract(
                "Police arrested twelve protesters in Georgia on Saturday after a rally in Tbilisi turned violent.");
        var geocode = place(d, "ARREST").geocode().orElseThrow();
        assertEquals("GE", geocode.country());
        assertEquals("country", geocode.precision());
    }

    @Test
    void theRegionAnEarthquakeStruckIsWhereItHappened() {
        Document d = extract(
                "A powerful earthquake struck central Morocco on Friday night, killing more than 2,000 people.");
        assertEquals("MA", place(d, "NATURAL_DISASTER").geocode().orElseThrow().country());
    }

    @Test
    void aBorderPhraseIsARegion() {
        Document d = extract("Hezbollah fighters clashed with militants along Lebanon's border with Syria on Friday.");
        EventPlace place = place(d, "CLASH");
        assertEquals("Lebanon's border with Syria", place.name());
        assertEquals("region", place.geocode().orElseThrow().precision());
    }

    @Test
    void anUnknownVillageIsThePlaceWithoutAGuessedGeocode() {
        Document d = extract("Gunmen attacked the village of Qarqoozabad on Monday, residents said.");
        EventPlace place = place(d, "ATTACK");
        assertEquals("Qarqoozabad", place.name());
        assertTrue(place.geocode().isEmpty(), "an unknown village is not guessed: " + place.geocode());
    }

    @Test
    void aKnownCountryIsKeptBesideAnUnknownVillage() {
        Document d = extract("Gunmen attacked the village of Qarqoozabad in Nigeria on Monday, residents said.");
        EventPlace place = place(d, "ATTACK");
        assertEquals("NG", place.country().orElseThrow());
    }

    @Test
    void aFollowUpBySameActorsHappenedWhereTheFirstEventDid() {
        Document d = extract(
                "Islamic State fighters attacked the city of Kirkuk on Monday. The fighters also burned dozens of houses.");
        EventPlace place = place(d, "DESTROY");
        assertEquals("Kirkuk", place.name());
        assertEquals("context", place.rule());
    }

    @Test
    void demonymsAndDescriptionsGiveActorCodes() {
        Document d = extract("Gunmen kidnapped a Nigerian soldier near Kano on Tuesday, police said.");
        Event abduction = event(d, "ABDUCT");
        Argument soldier = abduction.arguments().stream()
                .filter(a -> a.role() == Role.PATIENT)
                .findFirst()
                .orElseThrow();
        assertEquals("NGAMIL", soldier.actor().orElseThrow().code());
        Argument gunmen = abduction.arguments().stream()
                .filter(a -> a.role() == Role.AGENT)
                .findFirst()
                .orElseThrow();
        assertEquals(
                Optional.of("NG"), gunmen.actor().orElseThrow().country(), "unnamed actors take the event's country");
        assertEquals("description", gunmen.actor().orElseThrow().rule());
    }

    @Test
    void anEventPlaceReusesTheResolutionOfItsEntity() {
        Document d = extract("Police arrested two men in Paris, Tenn., on Monday, the sheriff said.");
        EventPlace place = place(d, "ARREST");
        var entity = d.entities().stream()
                .filter(e -> e.name().equals("Paris"))
                .findFirst()
                .orElseThrow()
                .geo()
                .orElseThrow();
        assertEquals(entity, place.geocode().orElseThrow());
        assertEquals("US", entity.country());
        assertEquals("Tennessee", entity.admin1());
        assertTrue(entity.reason().startsWith("inside Tenn."), entity.reason());
    }

    @Test
    void aCapitalThatSpeaksKeepsItsGeoAndIsThePlaceOnlyOfWhatItSays() {
        Document d = extract("Moscow warned that it would retaliate against any attack on its troops.");
        assertTrue(
                d.entities().stream()
                        .anyMatch(e -> e.name().equals("Moscow") && e.geo().isPresent()),
                () -> "Moscow has no geo: " + d.entities());
        for (Event e : d.events()) {
            boolean inMoscow = e.place().map(p -> p.name().equals("Moscow")).orElse(false);
            // the warning was made in Moscow (rule "speaker"); the attack it warns of is nowhere the text says
            assertEquals(
                    inMoscow,
                    e.place().map(p -> p.rule().equals("speaker")).orElse(false),
                    () -> e.type() + " placed " + e.place());
        }
    }
}
