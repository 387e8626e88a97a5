package org.sitrep.eval.labelled;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelledReaderTest {
    private static final String ARTICLE = "Gunmen kill two\nMay 3, 2022\n\nGunmen killed two men in Djibo on Sunday.\n";

    private static void write(Path dir, String trigger, int start) throws IOException {
        Files.writeString(dir.resolve("a.txt"), ARTICLE);
        Files.writeString(dir.resolve("a.gold.json"), """
                {"article": "a.txt", "published": "2022-05-03", "events": [
                  {"id": 1, "type": "KILL", "triggers": [{"start": %d, "end": %d, "text": "%s"}],
                   "places": [{"name": "Djibo", "precision": "town", "geonameid": null, "country": "BF",
                               "admin1": null, "lat": 14.1, "lon": -1.63}],
                   "times": ["2022-05-01"]}]}
                """.formatted(start, start + trigger.length(), trigger));
    }

    @Test
    void readsAnArticleWithItsEvents(@TempDir Path dir) throws IOException {
        write(dir, "killed", ARTICLE.indexOf("killed"));
        List<LabelledArticle> articles = new LabelledReader().readAll(dir);
        assertEquals(1, articles.size());
        LabelledArticle a = articles.get(0);
        assertEquals(LocalDate.of(2022, 5, 3), a.published());
        GoldEvent e = a.events().get(0);
        assertEquals("KILL", e.type());
        assertEquals(List.of("2022-05-01"), e.times());
        assertTrue(e.places().get(0).geonameId().isEmpty());
    }

    @Test
    void aTriggerThatDoesNotCoverItsTextIsAnError(@TempDir Path dir) throws IOException {
        write(dir, "killed", ARTICLE.indexOf("killed") + 1);
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> new LabelledReader().readAll(dir));
        assertTrue(e.getMessage().contains("a.gold.json"), e.getMessage());
    }

    @Test
    void alignsAFileOffsetWithTheBodyTheReaderKept() {
        String body = "Gunmen killed two men in Djibo on Sunday.";
        int start = ARTICLE.indexOf("Djibo");
        var span = PlaceTimeScorer.align(ARTICLE, body, new org.sitrep.model.CharSpan(start, start + 5))
                .orElseThrow();
        assertEquals("Djibo", body.substring(span.begin(), span.end()));
        int inHeadline = ARTICLE.indexOf("kill");
        assertTrue(PlaceTimeScorer.align(ARTICLE, body, new org.sitrep.model.CharSpan(inHeadline, inHeadline + 4))
                .isEmpty());
    }

    /** The repository's own set: every trigger covers its text, odd articles in dev and even ones in test. */
    @Test
    void theLabelledSetReadsAndIsSplitByNumber() throws IOException {
        Path set = Path.of("labelled", "event-place-time");
        for (String half : List.of("dev", "test")) {
            List<LabelledArticle> articles = new LabelledReader().readAll(set.resolve(half));
            assertEquals(21, articles.size(), half);
            for (LabelledArticle a : articles) {
                int number = Integer.parseInt(a.name().substring(0, 2));
                assertEquals(half.equals("dev") ? 1 : 0, number % 2, a.name());
                assertTrue(a.events().size() >= 3, a.name());
            }
        }
    }
}
