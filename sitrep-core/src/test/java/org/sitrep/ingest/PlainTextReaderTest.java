package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.ingest.Fixtures.onlyArticle;
import static org.sitrep.ingest.Fixtures.read;
import static org.sitrep.ingest.Fixtures.write;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlainTextReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsTheSeedArticleLayout() {
        Path seed = Path.of("..", "shared", "seed", "article.txt");
        Assumptions.assumeTrue(Files.isRegularFile(seed), "seed article not present at " + seed.toAbsolutePath());

        Article article = onlyArticle(read(seed));

        assertEquals("article", Fixtures.stemOf(article.id()));
        assertEquals("Lebanese soldier defects to Syria's al-Qaeda affiliate", article.headline());
        assertEquals(Optional.of(LocalDate.of(2016, 1, 7)), article.published());
        assertTrue(article.body().startsWith("A young Lebanese soldier has reportedly fled his army post"));
        List<String> paragraphs = List.of(article.body().split("\n\n"));
        assertTrue(paragraphs.get(1).startsWith("A Lebanese soldier has defected"), paragraphs.get(1));
        assertFalse(article.body().contains("[Anadolu]"));
        assertFalse(article.body().contains("2 min read"));
        assertFalse(article.body().contains("07 January, 2016"));
        assertFalse(article.body().contains("\n\n\n"));
        assertEquals(List.of(), article.warnings());
    }

    @Test
    void readsTheSameLayoutWrittenByHand() {
        Path file = write(dir, "defector.txt", """
                Guard deserts border post in invented town

                A border guard has left his post in the invented town of Velmora, officials said.
                3 min read
                07 January, 2016
                Guards patrol the border near Velmora [Example Agency]
                The guard, named as Tomas Brel, crossed the river at night.

                His family said he had been missing since Monday.
                """);

        Article article = onlyArticle(read(file));

        assertEquals("Guard deserts border post in invented town", article.headline());
        assertEquals(Optional.of(LocalDate.of(2016, 1, 7)), article.published());
        assertEquals("""
                A border guard has left his post in the invented town of Velmora, officials said.

                The guard, named as Tomas Brel, crossed the river at night.

                His family said he had been missing since Monday.""", article.body());
    }

    @Test
    void dropsBylinesTimestampsAndCaptionsInOtherForms() {
        Path file = write(dir, "flood.txt", """
                Floods cut off villages in the north

                By Jane Smith and Omar Haddad
                Published: 3 Mar 2021 10:32 GMT
                Updated 4 March 2021

                Heavy rain flooded six villages on Tuesday, the civil defence said.

                Rescue boats wait on the river bank (Photo: Example Press)

                Photo: Villagers on a roof, waiting for help

                Two people were missing, officials said.
                Residents walk through water. Photograph: Ana Lee/Example Agency

                (Reporting by Jane Smith; Editing by Omar Haddad)
                """);

        Article article = onlyArticle(read(file));

        assertEquals(Optional.of(LocalDate.of(2021, 3, 3)), article.published());
        assertEquals("""
                Heavy rain flooded six villages on Tuesday, the civil defence said.

                Two people were missing, officials said.""", article.body());
    }

    @Test
    void keepsTheDatelineInTheBodyAndRecordsItsPlace() {
        Path file = write(dir, "clash.txt", """
                Clashes on the border

                BEIRUT (Reuters) - Soldiers clashed with gunmen near the border on Tuesday.

                Two soldiers were wounded.
                """);

        Article article = onlyArticle(read(file));

        assertEquals(Optional.of("Beirut"), article.dateline());
        assertTrue(article.body().startsWith("BEIRUT (Reuters) - Soldiers clashed"));
    }

    @Test
    void takesThePublicationDateFromTheDatelineWhenNothingElseGivesOne() {
        Path file = write(dir, "raid.txt", """
                Gunmen storm college

                Garissa, Kenya, 2 April 2015 - Gunmen stormed a college in the invented town at dawn.
                """);

        Article article = onlyArticle(read(file));

        assertEquals(Optional.of("Garissa, Kenya"), article.dateline());
        assertEquals(Optional.of(LocalDate.of(2015, 4, 2)), article.published());
    }

    @Test
    void prefersADateLineToTheDateline() {
        Path file = write(dir, "raid.txt", """
                Gunmen storm college
                5 April 2015

                Garissa, Kenya, 2 April 2015 - Gunmen stormed a college in the invented town at dawn.
                """);

        assertEquals(
                Optional.of(LocalDate.of(2015, 4, 5)), onlyArticle(read(file)).published());
    }

    @Test
    void joinsHardWrappedLinesIntoParagraphs() {
        Path file = write(dir, "wrapped.txt", """
                Storm hits the coast

                A storm hit the invented coast of Lorvia on Sunday, tearing roofs
                from houses and cutting power to thousands of homes, the
                utility company said.

                Schools stayed closed on Monday.
                """);

        Article article = onlyArticle(read(file));

        assertEquals("Storm hits the coast", article.headline());
        assertEquals(
                "A storm hit the invented coast of Lorvia on Sunday, tearing roofs from houses and cutting power"
                        + " to thousands of homes, the utility company said.\n\nSchools stayed closed on Monday.",
                article.body());
    }

    @Test
    void hasNoHeadlineWhenTheFirstLineIsASentence() {
        Path file = write(
                dir,
                "bare.txt",
                "Police arrested three men in the invented city of Dorn on Friday.\n"
                        + "They were charged on Saturday.\n");

        Article article = onlyArticle(read(file));

        assertEquals("", article.headline());
        assertEquals(
                "Police arrested three men in the invented city of Dorn on Friday.\n\n"
                        + "They were charged on Saturday.",
                article.body());
    }

    @Test
    void keepsDateLikeLinesDeepInTheBody() {
        StringBuilder text = new StringBuilder("Timeline of the siege\n\n");
        for (int i = 1; i <= 10; i++) {
            text.append("Paragraph ").append(i).append(" of the report says something new.\n\n");
        }
        text.append("By Monday\n");
        Article article = onlyArticle(read(write(dir, "timeline.txt", text.toString())));

        assertTrue(article.body().endsWith("By Monday"), article.body());
    }
}
