package org.sitrep.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalLong;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class NumberWordsTest {
    private static final NumberWords WORDS = NumberWords.english();

    @Test
    void parsesDigitsAndWords() {
        assertEquals(OptionalLong.of(45), WORDS.parse("45"));
        assertEquals(OptionalLong.of(1200), WORDS.parse("1,200"));
        assertEquals(OptionalLong.of(12), WORDS.parse("a dozen"));
        assertEquals(OptionalLong.of(24), WORDS.parse("two dozen"));
        assertEquals(OptionalLong.of(24), WORDS.parse("Twenty-four"));
        assertEquals(OptionalLong.of(205), WORDS.parse("two hundred and five"));
        assertEquals(OptionalLong.of(3000), WORDS.parse("three thousand"));
        assertEquals(OptionalLong.of(2), WORDS.parse("a couple"));
        assertEquals(OptionalLong.empty(), WORDS.parse("several"));
        assertEquals(OptionalLong.empty(), WORDS.parse("a few"));
    }

    @Test
    void thePatternFindsWholeNumbersOnly() {
        Pattern p = Pattern.compile(WORDS.pattern());
        assertTrue(p.matcher("seventeen").matches());
        assertTrue(p.matcher("a dozen").matches());
        assertTrue(p.matcher("1,200").matches());
        assertFalse(p.matcher("someone").find(), "'one' inside a word is no number");
        assertFalse(p.matcher("dozens").find(), "a vague plural is no number");
        assertFalse(p.matcher("a").find(), "an article alone is no number");
    }
}
