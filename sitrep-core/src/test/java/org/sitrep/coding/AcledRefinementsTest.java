package org.sitrep.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.data.Tsv;

class AcledRefinementsTest {
    private static final Map<String, String> TAXONOMY = Map.of(
            "Explosions/Remote violence / Suicide bomb", "SUIC_BOMB",
            "Explosions/Remote violence / Grenade", "GRENADE");
    private static final String HEADER = "types\tcues\tevent_type\tsub_event_type\treason\n";

    private static AcledRefinements parse(String rows) {
        return AcledRefinements.parse(new Tsv.Source("r.tsv", HEADER + rows), Set.of("BOMBING", "ATTACK"), TAXONOMY);
    }

    @Test
    void firstMatchingRowWinsOnWholeWords() {
        AcledRefinements r = parse("""
                BOMBING|ATTACK\tsuicide|blew himself up\tExplosions/Remote violence\tSuicide bomb\tr
                BOMBING\tgrenade\tExplosions/Remote violence\tGrenade\tr
                """);
        assertEquals(
                "Suicide bomb",
                r.find("BOMBING", "A suicide bomber threw a grenade.")
                        .orElseThrow()
                        .sub());
        assertEquals(
                "Grenade",
                r.find("BOMBING", "Militants threw a Grenade at police.")
                        .orElseThrow()
                        .sub());
        assertTrue(r.find("ATTACK", "Militants threw a grenade.").isEmpty(), "the grenade row is for BOMBING only");
        assertTrue(
                r.find("BOMBING", "The grenades' maker was arrested.").isEmpty(),
                "'grenade' is not a word of 'grenades'");
    }

    @Test
    void rejectsUnknownTypesAndPairsNamingTheLine() {
        IllegalArgumentException type = assertThrows(
                IllegalArgumentException.class,
                () -> parse("HUG\tsuicide\tExplosions/Remote violence\tSuicide bomb\tr\n"));
        assertTrue(type.getMessage().startsWith("r.tsv:2: unknown Sitrep event type 'HUG'"), type.getMessage());
        IllegalArgumentException pair = assertThrows(
                IllegalArgumentException.class, () -> parse("BOMBING\tsuicide\tBattles\tSuicide bomb\tr\n"));
        assertTrue(pair.getMessage().startsWith("r.tsv:2: 'Battles / Suicide bomb' is not"), pair.getMessage());
    }
}
