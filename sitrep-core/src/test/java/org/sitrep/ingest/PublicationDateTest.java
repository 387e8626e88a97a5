package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PublicationDateTest {
    private static Optional<LocalDate> of(List<String> lines, String paragraph, Optional<NumericOrder> domain) {
        List<StampLine.Stamp> stamps =
                lines.stream().flatMap(l -> StampLine.stamps(l).stream()).toList();
        return PublicationDate.of(stamps, Dateline.find(paragraph), domain);
    }

    @Test
    void prefersPublishedThenUnlabelledThenTheDatelineThenUpdated() {
        String dateline = "GARISSA, Kenya, 1 April 2015 - Gunmen stormed a college.";
        assertEquals(
                Optional.of(LocalDate.of(2015, 4, 3)),
                of(
                        List.of("Updated 4 April 2015", "2 April 2015", "Published 3 April 2015"),
                        dateline,
                        Optional.empty()));
        assertEquals(
                Optional.of(LocalDate.of(2015, 4, 2)),
                of(List.of("Updated 4 April 2015", "2 April 2015"), dateline, Optional.empty()));
        assertEquals(
                Optional.of(LocalDate.of(2015, 4, 1)), of(List.of("Updated 4 April 2015"), dateline, Optional.empty()));
        assertEquals(
                Optional.of(LocalDate.of(2015, 4, 4)),
                of(List.of("Updated 4 April 2015"), "Gunmen stormed a college.", Optional.empty()));
    }

    @Test
    void readsANumericDateInTheOrderTheDatelineShows() {
        assertEquals(
                Optional.of(LocalDate.of(2024, 3, 5)),
                of(List.of("Posted 03/05/2024"), "KYIV, March 5 (Reuters) - Drones struck.", Optional.empty()));
        assertEquals(
                Optional.of(LocalDate.of(2024, 5, 3)),
                of(List.of("Posted 03/05/2024"), "KYIV, 3 May (Reuters) - Drones struck.", Optional.empty()));
        assertEquals(
                Optional.of(LocalDate.of(2024, 5, 3)),
                of(List.of("Posted 03/05/2024"), "Drones struck.", Optional.empty()));
        assertEquals(
                Optional.of(LocalDate.of(2024, 3, 5)),
                of(List.of("Posted 03/05/2024"), "Drones struck.", Optional.of(NumericOrder.MONTH_FIRST)));
    }
}
