package org.sitrep.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Short news articles written for these tests, many of them from a few templates: who did what to whom, where
 * and when, with a date line, so that a store has varied events to hold. Deterministic: article {@code i} is
 * always the same.
 */
final class FixtureArticles {
    private record Town(String name, String country) {}

    private static final List<Town> TOWNS = List.of(
            new Town("Goma", "Democratic Republic of Congo"),
            new Town("Mosul", "Iraq"),
            new Town("Kidal", "Mali"),
            new Town("Maiduguri", "Nigeria"),
            new Town("Aleppo", "Syria"),
            new Town("Kandahar", "Afghanistan"),
            new Town("Mogadishu", "Somalia"),
            new Town("Kharkiv", "Ukraine"));

    private static final List<String> STORIES = List.of(
            "Gunmen attacked a market in %1$s on %2$s, killing four people, police said. Residents fled the area.",
            "Security forces arrested twelve suspected militants in %1$s on %2$s, officials said.",
            "Hundreds of people protested in %1$s on %2$s against rising food prices.",
            "A roadside bomb exploded near a convoy outside %1$s on %2$s, wounding three soldiers, the army said.",
            "Rebels released six hostages in %1$s on %2$s after talks with local elders.");

    private static final DateTimeFormatter DATE_LINE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);

    private FixtureArticles() {}

    /** The text of article {@code i}: a headline, a date line, a dateline and one or two sentences. */
    static String article(int i) {
        Town town = TOWNS.get(i % TOWNS.size());
        String story = STORIES.get((i / TOWNS.size()) % STORIES.size());
        LocalDate published = LocalDate.of(2024, 1, 1).plusDays(i % 300);
        String weekday =
                published.minusDays(1).getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
        return "Report %d from %s%n%n%s%n%n%s, %s - %s%n"
                .formatted(
                        i,
                        town.name(),
                        published.format(DATE_LINE),
                        town.name().toUpperCase(Locale.ROOT),
                        town.country(),
                        story.formatted(town.name(), weekday));
    }

    /** Writes articles 0 to n-1 as {@code article-NNNN.txt} into {@code dir}. */
    static void write(Path dir, int n) throws IOException {
        Files.createDirectories(dir);
        for (int i = 0; i < n; i++) {
            Files.writeString(dir.resolve("article-%04d.txt".formatted(i)), article(i));
        }
    }
}
