package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArticleIdTest {
    @Test
    void keepsTheRecordsOwnIdAsGiven() {
        assertEquals(
                "AFP 2019/06/05 #17",
                ArticleId.of(Optional.of("  AFP 2019/06/05 #17 "), "feed", Optional.empty(), "H", "Body."));
    }

    @Test
    void derivesTheIdFromTheStemAndTheArticlesUrlHeadlineAndBody() {
        String id = ArticleId.of(Optional.empty(), "feed", Optional.of("https://example.org/a"), "Headline", "Body.");
        assertEquals("feed-" + ArticleId.hash("https://example.org/a", "Headline", "Body."), id);
        assertEquals(
                id,
                ArticleId.of(Optional.of(" "), "feed", Optional.of("https://example.org/a"), "Headline", "Body."),
                "a blank id is no id");
        assertNotEquals(id, ArticleId.of(Optional.empty(), "feed", Optional.empty(), "Headline", "Body."));
        assertNotEquals(
                id, ArticleId.of(Optional.empty(), "feed", Optional.of("https://example.org/a"), "Headline", "Body!"));
        assertNotEquals(
                id,
                ArticleId.of(Optional.empty(), "feed", Optional.of("https://example.org/a"), "Headline Body.", ""),
                "the parts are kept apart");
    }

    @Test
    void pinsTheHashSoIdsStayTheSameAcrossRuns() {
        // SHA-256 of "\0Fire\0A fire burned." begins with these 12 hex digits
        assertEquals("66002d86d81b", ArticleId.hash("", "Fire", "A fire burned."));
    }

    @Test
    void cleansTheStemForUseInAUrlPath() {
        assertEquals("Gaza-truce-2-.v2", ArticleId.clean("Gaza truce (2).v2"));
        assertEquals("Ḥalab_report", ArticleId.clean("  Ḥalab_report  "));
        assertEquals("article", ArticleId.clean("#?!"));
        assertEquals(60, ArticleId.clean("x".repeat(100)).length());
    }
}
