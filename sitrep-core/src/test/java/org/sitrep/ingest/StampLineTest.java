package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StampLineTest {
    @ParameterizedTest
    @ValueSource(
            strings = {
                "Tue 5 Mar 2024 14.32 GMT",
                "Last modified on Tue 5 Mar 2024 16.10 GMT",
                "Updated 3:14 PM EST, March 5, 2024",
                "March 5, 2024 10:32 AM GMT+3 Updated 2 hours ago",
                "Issued on: 05/03/2024 - 14:32 Modified: 05/03/2024 - 16:10",
                "Published On 5 Mar 2024 | 5 Mar 2024",
                "TOI News Desk / TIMESOFINDIA.COM / Updated: Mar 5, 2024, 14:32 IST",
                "by Jane Doe · March 5, 2024 2:32 PM · 2 min read",
                "By Jane Doe | 5th March 2024 | 2 min read",
                "Posted 03/05/2024 at 9:15 a.m. CT",
                "Sept. 3rd, 2024 • 10.32am BST",
                "5th of March 2024 — 14:32 hrs IST",
                "This story is from March 10, 2002",
                "Today, 4:12 am | Sep 14, 2022, 4:12 am",
                "By: Jane Doe - Inquirer Visayas / 05:14 PM May 18, 2021",
                "THIRUVANANTHAPURAM, AUGUST 16, 2018 00:12 IST",
                "Goma, 1 May 2024 – 10:30"
            })
    void readsDateLinesOfManyOutlets(String line) {
        assertTrue(StampLine.isStampLine(line), line);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "On 5 March 2024, gunmen attacked a police post.",
                "Garissa, Kenya, 2 April 2015 -",
                "Garissa, 2 April 2015 -",
                "Kabul, the capital, 2 April 2015",
                "KYIV, March 5 (Reuters) -",
                "Kyiv — March 5, 2024",
                "The 5 March 2024 vote | Results",
                "Updated 3 hours ago",
                "5 min read"
            })
    void takesNoSentenceDatelineOrDatelessLineForADateLine(String line) {
        assertFalse(StampLine.isStampLine(line), line);
    }

    @Test
    void givesEachDateTheLabelWrittenLastBeforeIt() {
        List<StampLine.Stamp> stamps =
                StampLine.stamps("5 March 2024 | Updated 6 March 2024, first published 4 March 2024");
        assertEquals(
                List.of(Optional.empty(), Optional.of(DateWords.Label.UPDATED), Optional.of(DateWords.Label.PUBLISHED)),
                stamps.stream().map(StampLine.Stamp::label).toList());
        assertEquals(Optional.of(LocalDate.of(2024, 3, 6)), stamps.get(1).date().date(NumericOrder.DEFAULT));
    }
}
