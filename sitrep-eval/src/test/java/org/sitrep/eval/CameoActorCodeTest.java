package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorCoding;

class CameoActorCodeTest {
    private static final Set<String> ISO3 = Set.of("IRQ", "USA", "LBN", "JPN", "HUN");

    @Test
    void readsCountryAndSectorFromAPetrarchCode() {
        CameoActorCode c = CameoActorCode.parse("IRQGOVMIL", ISO3);
        assertEquals(Optional.of("IRQ"), c.country());
        assertEquals(Optional.of("GOV"), c.sector());
        assertTrue(c.comparable());
    }

    @Test
    void readsGroupsLegacyCountriesAndUnknownCountries() {
        assertEquals(Optional.of("IGO"), CameoActorCode.parse("IGOUNOMIL", ISO3).group());
        assertEquals(Optional.of("JPN"), CameoActorCode.parse("JAP", ISO3).country());
        CameoActorCode unknown = CameoActorCode.parse("---REB", ISO3);
        assertFalse(unknown.comparable());
        assertEquals(Optional.of("REB"), unknown.sector());
        assertFalse(CameoActorCode.parse("", ISO3).comparable());
    }

    @Test
    void takesThePrimarySectorOfASeparateSectorField() {
        assertEquals(
                Optional.of("CVL"),
                CameoActorCode.parse("HUN", Optional.of("CVLalb"), ISO3).sector());
        assertEquals(
                Optional.of("CVL"),
                CameoActorCode.parse("HUN", Optional.of("CIV"), ISO3).sector());
        assertEquals(
                Optional.empty(),
                CameoActorCode.parse("HUN", Optional.of("***"), ISO3).sector());
    }

    @Test
    void comparesCountryByTheIso3PrefixOfSitrepsCode() {
        CameoActorCode gold = CameoActorCode.parse("LBN", Optional.of("MIL"), ISO3);
        assertTrue(gold.sameCountry(actor("LBNGOV", "LB", "GOV")));
        assertFalse(gold.sameCountryAndSector(actor("LBNGOV", "LB", "GOV")));
        assertTrue(gold.sameCountryAndSector(actor("LBNMIL", "LB", "MIL")));
        assertFalse(gold.sameCountry(actor("INS", null, "INS")));
    }

    @Test
    void matchesAGroupCodeToAnActorWithoutACountryOfThatSector() {
        assertTrue(CameoActorCode.parse("IGO", ISO3).sameCountry(actor("IGO", null, "IGO")));
        assertTrue(CameoActorCode.parse("IMG", ISO3).sameCountry(actor("INS", null, "INS")));
        assertFalse(CameoActorCode.parse("IGO", ISO3).sameCountry(actor("USAGOV", "US", "GOV")));
    }

    static ActorCoding actor(String code, String iso2, String sector) {
        return new ActorCoding(code, Optional.ofNullable(iso2), sector, 1, "test");
    }
}
