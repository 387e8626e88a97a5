package org.sitrep.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class SpanIndexTest {
    private static final Function<CharSpan, CharSpan> SELF = s -> s;

    @Test
    void findsEveryItemThatCoversASpanInOrderOfStart() {
        CharSpan outer = new CharSpan(0, 40); // "Syria's al-Qaeda affiliate, the Nusra Front"
        CharSpan affiliate = new CharSpan(8, 26);
        CharSpan later = new CharSpan(50, 60);
        SpanIndex<CharSpan> index = SpanIndex.of(List.of(later, affiliate, outer), SELF);

        assertEquals(List.of(outer, affiliate), index.covering(new CharSpan(10, 12)));
        assertEquals(List.of(outer), index.covering(new CharSpan(0, 5)));
        assertEquals(List.of(later), index.covering(new CharSpan(55, 56)));
        assertTrue(index.covering(new CharSpan(42, 44)).isEmpty());
    }

    @Test
    void itemsStartingTogetherKeepTheOrderTheyWereGiven() {
        CharSpan longer = new CharSpan(0, 20);
        CharSpan shorter = new CharSpan(0, 5);
        assertEquals(
                List.of(longer, shorter),
                SpanIndex.of(List.of(longer, shorter), SELF).covering(new CharSpan(1, 2)));
    }

    @Test
    void aLongSpanEarlyStillCoversAPositionFarAfterShortOnes() {
        CharSpan paragraph = new CharSpan(0, 1000);
        List<CharSpan> items = new ArrayList<>(List.of(paragraph));
        for (int i = 10; i < 900; i += 10) {
            items.add(new CharSpan(i, i + 5));
        }
        SpanIndex<CharSpan> index = SpanIndex.of(items, SELF);

        assertEquals(List.of(paragraph), index.covering(new CharSpan(897, 899)));
        assertTrue(index.anyCovers(new CharSpan(999, 1000)));
        assertFalse(index.anyCovers(new CharSpan(999, 1001)));
    }

    @Test
    void findsTheItemsInsideASpanInOrderOfStart() {
        CharSpan before = new CharSpan(0, 4);
        CharSpan first = new CharSpan(10, 14);
        CharSpan second = new CharSpan(10, 12);
        CharSpan across = new CharSpan(18, 25);
        CharSpan last = new CharSpan(15, 20);
        SpanIndex<CharSpan> index = SpanIndex.of(List.of(across, before, first, second, last), SELF);

        assertEquals(List.of(first, second, last), index.within(new CharSpan(10, 20)));
        assertTrue(index.within(new CharSpan(5, 9)).isEmpty());
    }

    @Test
    void anEmptyIndexCoversNothing() {
        assertTrue(SpanIndex.of(List.<CharSpan>of(), SELF)
                .covering(new CharSpan(0, 1))
                .isEmpty());
    }
}
