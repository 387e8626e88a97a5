package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.countries.Countries;
import org.sitrep.testing.Shipped;

class PlaceContextTest {
    private static final Place BEIRUT =
            new Place(276781, "Beirut", 33.89332, 35.50157, "PPLC", "LB", "04", "Beyrouth", 1916100);

    @Test
    void weightsAreRelativeToTheStrongestEvidence() {
        PlaceContext c = PlaceContext.builder()
                .country("SY", 2)
                .country("LB", 1)
                .country("LB", 1)
                .country("IQ", 1)
                .build();
        assertEquals(1.0, c.weight("SY"));
        assertEquals(1.0, c.weight("LB"));
        assertEquals(0.5, c.weight("IQ"));
        assertEquals(0.0, c.weight("FR"));
        assertEquals(0.0, PlaceContext.empty().weight("FR"));
    }

    @Test
    void resolvedPlacesCountAsCountryEvidence() {
        PlaceContext c = PlaceContext.of(Map.of("SY", 1.0), List.of(BEIRUT, BEIRUT));
        assertEquals(1.0, c.weight("LB"));
        assertEquals(0.5, c.weight("SY"));
    }

    @Test
    void demonymsAndNamesBecomeCountries() {
        Countries countries = Shipped.countries();
        PlaceContext c = PlaceContext.builder()
                .countryWord(countries, "Lebanese", 1)
                .countryWord(countries, "Narnian", 1)
                .build();
        assertEquals(Map.of("LB", 1.0), c.countries());
    }

    @Test
    void rejectsBadCodesAndWeights() {
        assertThrows(
                IllegalArgumentException.class,
                () -> PlaceContext.builder().country("lb", 1).build());
        assertThrows(
                IllegalArgumentException.class,
                () -> PlaceContext.builder().country("LB", -1).build());
        assertThrows(IllegalArgumentException.class, () -> PlaceContext.of(Map.of("LB", Double.NaN), List.of()));
    }
}
