package org.sitrep.extract.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Geocode;

class NamedPlacesTest {
    private static Geocode geocode(String featureClass, String precision) {
        return new Geocode(1, "Somewhere", 10, 20, "AF", "", featureClass, precision, "test", 1.0);
    }

    @Test
    void theGazetteersReadingTellsWhatKindOfPlaceANameIs() {
        assertEquals(Optional.of(PlaceKind.SETTLEMENT), NamedPlaces.kindFromGeocode(geocode("P", "town")));
        assertEquals(Optional.of(PlaceKind.DIVISION), NamedPlaces.kindFromGeocode(geocode("A", "province")));
        assertEquals(Optional.of(PlaceKind.COUNTRY), NamedPlaces.kindFromGeocode(geocode("A", "country")));
        assertEquals(Optional.of(PlaceKind.AREA), NamedPlaces.kindFromGeocode(geocode("H", "region")), "a river");
        assertEquals(Optional.empty(), NamedPlaces.kindFromGeocode(geocode("S", "region")), "a camp or a crossing");
    }
}
