package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatelineTest {
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "BEIRUT (Reuters) - A soldier left his post.|Beirut",
                "BEIRUT, Jan 7 (Reuters) - A soldier left his post.|Beirut",
                "KABUL — Gunmen attacked a checkpoint.|Kabul",
                "MOSUL, Iraq (AP) — Troops advanced.|Mosul, Iraq",
                "Garissa, Kenya, 2 April 2015 - Gunmen stormed a college.|Garissa, Kenya",
                "NEW DELHI (AFP) -- Police said.|New Delhi",
                "DEIR EZ-ZOR, Syria (Reuters) - Shelling hit the city.|Deir Ez-Zor, Syria",
                "Kabul (Reuters) - Gunmen attacked.|Kabul"
            })
    void readsThePlaceOfEachDatelineForm(String paragraph, String place) {
        assertEquals(Optional.of(place), Dateline.find(paragraph).map(Dateline::place));
    }

    @Test
    void readsTheDateWhenTheDatelineHasAYear() {
        assertEquals(
                Optional.of(LocalDate.of(2015, 4, 2)),
                Dateline.find("Garissa, Kenya, 2 April 2015 - Gunmen stormed a college.")
                        .flatMap(Dateline::date)
                        .flatMap(d -> d.date(NumericOrder.DEFAULT)));
        assertEquals(
                Optional.empty(),
                Dateline.find("BEIRUT, Jan 7 (Reuters) - A soldier left.").flatMap(Dateline::date));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "A Lebanese soldier has defected - reports say.",
                "The BEIRUT-based group said nothing.",
                "He said, 2 April 2015 - was the day.",
                "Nasser's family later issued a statement."
            })
    void findsNoDatelineInOrdinarySentences(String paragraph) {
        assertEquals(Optional.empty(), Dateline.find(paragraph));
    }
}
