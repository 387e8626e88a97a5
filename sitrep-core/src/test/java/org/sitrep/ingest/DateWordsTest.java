package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.data.Tsv;

class DateWordsTest {
    private static DateWords parse(String rows) {
        return DateWords.parse(new Tsv.Source("test.tsv", "kind\tword\tvalue\n" + rows));
    }

    @Test
    void readsEachKindOfWord() {
        DateWords words =
                parse("month\tsept\t9\nweekday\ttue\t-\nlabel\tlast updated\tupdated\ntld\tus\tmonth-first\n");
        assertEquals(Optional.of(9), words.month("Sept."));
        assertTrue(words.isWeekday("TUE"));
        assertEquals(Optional.of(DateWords.Label.UPDATED), words.label("Last  updated"));
        assertEquals(Optional.of(NumericOrder.MONTH_FIRST), words.orderOfDomain("US"));
    }

    @Test
    void theShippedTableKnowsEveryMonthAndTheCommonLabels() {
        DateWords words = DateWords.standard();
        for (String month : new String[] {"January", "Feb", "Mar.", "Sept", "December"}) {
            assertTrue(words.month(month).isPresent(), month);
        }
        assertEquals(Optional.of(DateWords.Label.PUBLISHED), words.label("First published on"));
        assertEquals(Optional.of(DateWords.Label.UPDATED), words.label("Last modified"));
    }

    @Test
    void rejectsBadRowsNamingTheLine() {
        IllegalArgumentException kind = assertThrows(IllegalArgumentException.class, () -> parse("era\tbc\t-\n"));
        assertTrue(kind.getMessage().startsWith("test.tsv:2: unknown kind 'era'"), kind.getMessage());
        assertThrows(IllegalArgumentException.class, () -> parse("month\tJanuary\t1\n"));
        assertThrows(IllegalArgumentException.class, () -> parse("month\tjanuary\t13\n"));
        assertThrows(IllegalArgumentException.class, () -> parse("label\tseen\tviewed\n"));
        assertThrows(IllegalArgumentException.class, () -> parse("tld\tuk\tyear-first\n"));
    }
}
