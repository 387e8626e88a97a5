package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Page copies written for Sitrep in the layouts of real outlets (wire services, broadcasters, papers in
 * Britain, India, Nigeria and Ukraine; the stories and places are invented; two HTML pages, one dated only in
 * its text and one whose metadata date wins over an "Updated" line): the publication date, the
 * dateline, where the story begins, and no byline left in it.
 */
class PageLayoutsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "reuters.txt|2024-03-05|Kyiv|KYIV, March 5 (Reuters) - Drones struck",
                "ap.txt|2024-03-05|Kabul, Afghanistan|KABUL, Afghanistan (AP) — Gunmen attacked",
                "afp.txt|2024-03-05|Beirut|Beirut (AFP) – Air strikes",
                "aljazeera.txt|2024-03-05|-|Hundreds of homes were destroyed",
                "bbc.txt|2024-03-05|-|Thousands of people have fled",
                "guardian.txt|2024-03-05|-|Demonstrators marched on parliament after the vote on the new tax",
                "times-of-india.txt|2024-03-05|New Delhi|NEW DELHI: Police arrested",
                "kyiv-independent.txt|2024-03-05|-|A Russian drone attack",
                "premium-times.txt|2024-03-05|-|Gunmen have abducted",
                "wire-standalone.txt|-|Mogadishu|MOGADISHU — Delegates from the government",
                "us-numeric.json|2024-03-05|Springfield, Ill.|SPRINGFIELD, Ill. (AP) — The invented city council",
                "dateline-only.txt|2015-04-02|Garissa, Kenya|Garissa, Kenya, 2 April 2015 - Gunmen stormed",
                "html-date-line.html|2024-03-05|Kabul|KABUL (Reuters) — Fighting between",
                "html-metadata.html|2024-03-04|-|Flood waters began to recede"
            })
    void readsTheHeadOfEachOutletsLayout(String page, String published, String dateline, String opening)
            throws IOException {
        byte[] bytes;
        try (InputStream in = getClass().getResourceAsStream("pages/" + page)) {
            bytes = in.readAllBytes();
        }
        Article article = Fixtures.onlyArticle(
                new Ingester(IngestOptions.defaults()).read(bytes, page, page).toList());
        assertAll(
                () -> assertEquals(
                        Optional.ofNullable(published).map(LocalDate::parse), article.published(), "published"),
                () -> assertEquals(Optional.ofNullable(dateline), article.dateline(), "dateline"),
                () -> assertTrue(article.body().startsWith(opening), () -> "body begins: " + article.body()),
                () -> assertFalse(article.body().contains("Jane Doe"), () -> "byline in the body: " + article.body()));
    }
}
