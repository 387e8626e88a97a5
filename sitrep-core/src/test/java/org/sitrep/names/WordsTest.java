package org.sitrep.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordsTest {
    @Test
    void splitsOnHyphensAndDotsAndKeepsInnerApostrophes() {
        assertEquals(List.of("al", "nusra", "front"), Words.folded(Words.split("al-Nusra Front")));
        assertEquals(List.of("shiite", "militias"), Words.folded(Words.split("Shi’ite militias")));
        assertEquals(List.of("U", "S"), Words.raw(Words.split("U.S.")));
        assertEquals(List.of("cote", "divoire"), Words.folded(Words.split("Côte d'Ivoire")));
    }

    @Test
    void dropsPossessiveSButKeepsTheSpanOfTheName() {
        List<Words.Word> words = Words.split("Hezbollah's fighters");
        assertEquals(List.of("hezbollah", "fighters"), Words.folded(words));
        assertEquals(0, words.get(0).begin());
        assertEquals(9, words.get(0).end());
        assertEquals(12, words.get(1).begin());
    }

    @Test
    void treatsOnlyShortCapitalAcronymsAsCaseSensitive() {
        assertTrue(Words.isCaseSensitive("IS"));
        assertTrue(Words.isCaseSensitive("U.S."));
        assertTrue(Words.isCaseSensitive("M23"));
        assertTrue(Words.isCaseSensitive("LeT"), "folded it would be the verb 'let'");
        assertFalse(Words.isCaseSensitive("Hamas"));
        assertFalse(Words.isCaseSensitive("McDonald's"), "not a single short word of letters");
        assertFalse(Words.isCaseSensitive("ISIS"));
        assertFalse(Words.isCaseSensitive("MPs"));
    }
}
