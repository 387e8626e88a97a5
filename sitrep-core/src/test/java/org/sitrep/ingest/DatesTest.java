package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatesTest {
    private static final Optional<LocalDate> JAN_7 = Optional.of(LocalDate.of(2016, 1, 7));

    @ParameterizedTest
    @ValueSource(
            strings = {
                "07 January, 2016",
                "January 7, 2016",
                "2016-01-07",
                "Thursday 7 January 2016",
                "Published: 7 Jan 2016 10:32 GMT",
                "Updated 7 January 2016",
                "Thursday, January 7, 2016",
                "Jan. 7, 2016",
                "7th January 2016",
                "2016-01-07T10:32:00Z",
                "Thu, 07 Jan 2016 10:32:00 +0000",
                "Posted on January 7, 2016 at 10:32 am",
                "2016/01/07",
                "07/01/2016",
                "07.01.2016",
                "7th of January 2016",
                "Thurs., Jan. 7th, 2016 at 10.32am GMT+5:30",
                "07-Jan-2016"
            })
    void readsDateLinesInManyForms(String line) {
        assertTrue(StampLine.isStampLine(line), line);
        assertEquals(JAN_7, Dates.find(line), line);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "The army said on 7 January 2016 that it had arrested him.",
                "2 min read",
                "January 2016",
                "By Jane Smith",
                "Updated 3 hours ago"
            })
    void doesNotTakeSentencesOrPartialDatesForDateLines(String line) {
        assertFalse(StampLine.isStampLine(line), line);
    }

    @Test
    void findsTheFirstDateInASentence() {
        assertEquals(Optional.of(LocalDate.of(2014, 8, 2)), Dates.find("on 2 August 2014 and again on 1 May 2015"));
    }

    @Test
    void readsSeptemberAbbreviatedWithAFullStopAndOrdinalDays() {
        assertEquals(Optional.of(LocalDate.of(2024, 9, 3)), Dates.find("Sept. 3rd, 2024"));
        assertEquals(Optional.of(LocalDate.of(2024, 9, 3)), Dates.find("3rd Sept 2024"));
        assertEquals(Optional.of(LocalDate.of(2024, 3, 22)), Dates.find("MARCH 22ND 2024"));
    }

    @Test
    void readsAnAmbiguousNumericDateDayFirstUnlessOnlyMonthFirstIsAReadDate() {
        assertEquals(Optional.of(LocalDate.of(2024, 3, 5)), Dates.find("05/03/2024"));
        assertEquals(Optional.of(LocalDate.of(2024, 3, 15)), Dates.find("03/15/2024"));
        assertEquals(
                Optional.of(NumericOrder.MONTH_FIRST),
                Dates.all("03/15/2024").get(0).forcedOrder());
        assertTrue(Dates.all("05/03/2024").get(0).isAmbiguous());
        assertFalse(Dates.all("05/05/2024").get(0).isAmbiguous());
    }

    @Test
    void readsATwoDigitYearInANumericDate() {
        assertEquals(Optional.of(LocalDate.of(2024, 3, 5)), Dates.find("Posted 05/03/24 at 9:15"));
        assertEquals(Optional.of(LocalDate.of(1998, 12, 31)), Dates.find("31.12.98"));
        assertEquals(Optional.empty(), Dates.find("version 5.3.2"));
    }

    @Test
    void ignoresImpossibleDates() {
        assertEquals(Optional.empty(), Dates.find("31 February 2016"));
        assertEquals(Optional.empty(), Dates.find("2016-13-45"));
    }

    @Test
    void readsMetadataTimestampsAndEpochs() {
        assertEquals(JAN_7, Dates.parseMetadata("2016-01-07T23:30:00-05:00"));
        assertEquals(JAN_7, Dates.parseMetadata("1452160000"));
        assertEquals(JAN_7, Dates.parseMetadata("1452160000000"));
        assertEquals(Optional.empty(), Dates.parseMetadata("soon"));
    }
}
