package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NumericOrderTest {
    private static final DateText FIFTH_OF_MARCH_OR_THIRD_OF_MAY =
            Dates.all("05/03/2024").get(0);

    @Test
    void aPartAboveTwelveDecidesTheOrderForEveryDate() {
        List<DateText> dates =
                List.of(FIFTH_OF_MARCH_OR_THIRD_OF_MAY, Dates.all("03/15/2024").get(0));
        assertEquals(
                NumericOrder.MONTH_FIRST, NumericOrder.decide(dates, List.of(), Optional.of(NumericOrder.DAY_FIRST)));
        assertEquals(
                NumericOrder.DAY_FIRST,
                NumericOrder.decide(List.of(Dates.all("15.03.2024").get(0)), List.of(), Optional.empty()));
    }

    @Test
    void aDateWrittenWithItsMonthNameDecidesNext() {
        List<DateText> dates = List.of(FIFTH_OF_MARCH_OR_THIRD_OF_MAY);
        assertEquals(
                NumericOrder.MONTH_FIRST,
                NumericOrder.decide(dates, List.of(MonthDay.of(5, 3)), Optional.of(NumericOrder.DAY_FIRST)));
        assertEquals(
                NumericOrder.DAY_FIRST,
                NumericOrder.decide(dates, List.of(MonthDay.of(3, 5)), Optional.of(NumericOrder.MONTH_FIRST)));
    }

    @Test
    void thenTheOutletsDomainThenDayFirst() {
        List<DateText> dates = List.of(FIFTH_OF_MARCH_OR_THIRD_OF_MAY);
        assertEquals(
                NumericOrder.MONTH_FIRST,
                NumericOrder.decide(dates, List.of(), NumericOrder.ofUrl("https://news.example.us/a")));
        assertEquals(NumericOrder.DAY_FIRST, NumericOrder.decide(dates, List.of(), Optional.empty()));
        assertEquals(
                Optional.of(LocalDate.of(2024, 3, 5)), FIFTH_OF_MARCH_OR_THIRD_OF_MAY.date(NumericOrder.DAY_FIRST));
    }

    @Test
    void readsTheCountryCodeOfAUrl() {
        assertEquals(Optional.of(NumericOrder.DAY_FIRST), NumericOrder.ofUrl("https://www.example.co.uk/story"));
        assertEquals(Optional.of(NumericOrder.MONTH_FIRST), NumericOrder.ofUrl("http://example.us"));
        assertEquals(Optional.empty(), NumericOrder.ofUrl("https://www.example.com/story"));
        assertEquals(Optional.empty(), NumericOrder.ofUrl("not a url at all"));
    }
}
