package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Publication date and dateline on {@link HeadLayouts}' generated pages: 240 layouts that give a date
 * line (and most a dateline), 54 whose only date is the dateline's, and 36 whose only dates are in the
 * story, which must give neither.
 */
class HeadLayoutMatrixTest {
    static final int LAYOUTS = 240;

    @TestFactory
    Stream<DynamicTest> findsTheDateAndDatelineOfEachLayout() {
        return Stream.of(HeadLayouts.positives(LAYOUTS), HeadLayouts.datedDatelines(), HeadLayouts.negatives())
                .flatMap(List::stream)
                .map(layout -> DynamicTest.dynamicTest(layout.name(), () -> check(layout)));
    }

    @Test
    void coversEnoughLayouts() {
        List<HeadLayouts.Layout> all = HeadLayouts.positives(LAYOUTS);
        assertTrue(all.size() + HeadLayouts.negatives().size() >= 200);
        assertEquals(
                all.size(),
                all.stream().map(HeadLayouts.Layout::content).distinct().count(),
                "layouts repeat");
    }

    private static void check(HeadLayouts.Layout layout) {
        Article article = Fixtures.onlyArticle(new Ingester(IngestOptions.defaults())
                .read(layout.content().getBytes(StandardCharsets.UTF_8), layout.fileName(), layout.fileName())
                .toList());
        assertAll(
                () -> assertEquals(layout.published(), article.published(), "published\n" + layout.content()),
                () -> assertEquals(layout.place(), article.dateline(), "dateline\n" + layout.content()),
                () -> assertEquals(layout.headline(), article.headline(), "headline\n" + layout.content()),
                () -> assertTrue(
                        Stream.of(article.body().split("\n\n")).limit(3).anyMatch(layout.firstParagraph()::equals),
                        "body\n" + article.body()),
                () -> assertFalse(
                        layout.published().isPresent() && article.body().contains("Updated"),
                        "furniture left in the body\n" + article.body()));
    }
}
