package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
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
                "Kabul (Reuters) - Gunmen attacked.|Kabul",
                "GAZA CITY, Oct 9 (Reuters) - Shelling hit the city.|Gaza City",
                "Kyiv, March 3 (wire) - Drones hit the city.|Kyiv",
                "LONDON, Sept. 3 (Reuters) - Prices rose.|London",
                "Kyiv, 3rd March 2024 – Drones hit the city.|Kyiv",
                "LONDON, Tuesday, March 5, 2024 — Prices rose.|London",
                "NEW DELHI: Police arrested three men.|New Delhi",
                "NEW YORK/LONDON (Reuters) - Oil prices rose.|New York/London",
                "NEWARK, N.J. (AP) - An airline apologised.|Newark, N.J.",
                "BEIJING --At least two people died.|Beijing",
                "Washington (CNN) The senator said on Monday that he would resign.|Washington",
                "Edmonton, Ky. (November 28, 2016) – Police received a call.|Edmonton, Ky.",
                "Goma, DR Congo, 05/03/2024 - Rebels advanced.|Goma, DR Congo"
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

    @Test
    void readsTheMonthAndDayOfADateWithoutAYear() {
        Dateline dateline =
                Dateline.find("KYIV, March 5 (Reuters) - Drones struck.").orElseThrow();
        assertEquals(Optional.of(java.time.MonthDay.of(3, 5)), dateline.named());
        assertEquals(Optional.empty(), dateline.date());
    }

    @Test
    void readsTheMonthAfterAnOrdinalDay() {
        Dateline dateline =
                Dateline.find("KYIV, 3rd March (Reuters) - Drones struck.").orElseThrow();
        assertEquals(Optional.of(java.time.MonthDay.of(3, 3)), dateline.named());
    }

    @Test
    void saysWhereTheDatelineOfASentenceEnds() {
        String text = "Invented headline\n\nMOSUL, Iraq, March 5 (Reuters) - Militants seized a town.";
        int start = text.indexOf("MOSUL");
        assertEquals(OptionalInt.of(text.indexOf("Militants")), Dateline.end(text, start));
        assertEquals(OptionalInt.of(11), Dateline.end("NEW DELHI: The court ruled on it today.", 0));
        assertEquals(
                OptionalInt.empty(),
                Dateline.end("Kabul, the capital, was calm today.", 0),
                "a place in mixed case needs a date or an agency tag");
        assertEquals(OptionalInt.empty(), Dateline.end(text, 0), "the headline opens no dateline");
    }

    @Test
    void knowsADatelineThatStandsAlone() {
        assertTrue(Dateline.isAlone("KABUL, Afghanistan (AP) —"));
        assertTrue(Dateline.isAlone("Washington (CNN)"));
        assertFalse(Dateline.isAlone("KABUL — Gunmen attacked a checkpoint."));
        assertFalse(Dateline.isAlone("Kabul —"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "A Lebanese soldier has defected - reports say.",
                "The BEIRUT-based group said nothing.",
                "He said, 2 April 2015 - was the day.",
                "Nasser's family later issued a statement.",
                "Kabul, the capital, was quiet - officials said.",
                "UPDATE: The ministry said on Tuesday that talks would resume.",
                "Tuesday, 5 March 2024 - The government said so.",
                "US - China talks resumed on Monday in Geneva.",
                "KENYA — Gunmen storm college",
                "Washington said — in a statement — that it would send aid.",
                "Garissa, a town in Kenya, 2 April 2015 - was attacked."
            })
    void findsNoDatelineInOrdinarySentences(String paragraph) {
        assertEquals(Optional.empty(), Dateline.find(paragraph));
    }
}
