package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.sitrep.ingest.Fixtures.onlyArticle;
import static org.sitrep.ingest.Fixtures.onlyProblem;
import static org.sitrep.ingest.Fixtures.read;
import static org.sitrep.ingest.Fixtures.write;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Problem;
import org.sitrep.model.ProblemCode;

class HtmlReaderTest {
    @TempDir
    Path dir;

    private static final String PAGE = """
            <!DOCTYPE html>
            <html><head>
            <title>Bridge reopens after flood | The Daily Example</title>
            <meta property="og:title" content="Bridge reopens after flood">
            <meta property="article:published_time" content="2019-05-02T08:00:00Z">
            <script type="application/ld+json">
            {"@context": "https://schema.org", "@graph": [
              {"@type": "WebPage", "datePublished": "2001-01-01"},
              {"@type": "NewsArticle", "headline": "Bridge over the Lune reopens", "datePublished": "2019-05-01T22:00:00+01:00"}
            ]}
            </script>
            <style>p { color: red }</style>
            </head><body>
            <header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
            <div class="share-bar"><a href="#">Share on Example</a></div>
            <article>
              <h1>Bridge over the Lune reopens</h1>
              <p class="byline">By Ana Lee</p>
              <figure><img src="bridge.jpg"><figcaption>The bridge on Tuesday [Example Agency]</figcaption></figure>
              <p>LUNETON (Example News) - The&nbsp;bridge over the invented river Lune reopened on Wednesday,
                 a week after floods closed it.</p>
              <p>Engineers said the <b>structure</b> was sound.</p>
              <script>trackReader();</script>
              <h3>Related</h3>
              <ul><li><a href="/a">Floods close bridge</a></li><li><a href="/b">River rises</a></li></ul>
              <form><input name="email"><p>Sign up for our newsletter</p></form>
            </article>
            <aside><p>Most read: a story about something else entirely, which is long enough.</p></aside>
            <footer><p>Copyright The Daily Example</p></footer>
            </body></html>
            """;

    @Test
    void readsHeadlineDateAndMainTextFromAPageWithJunk() {
        Article article = onlyArticle(read(write(dir, "bridge.html", PAGE)));

        assertEquals("bridge", Fixtures.stemOf(article.id()));
        assertEquals("Bridge over the Lune reopens", article.headline());
        assertEquals(Optional.of(LocalDate.of(2019, 5, 1)), article.published());
        assertEquals(Optional.of("Luneton"), article.dateline());
        assertEquals(
                "LUNETON (Example News) - The bridge over the invented river Lune reopened on Wednesday,"
                        + " a week after floods closed it.\n\nEngineers said the structure was sound.",
                article.body());
    }

    @Test
    void fallsBackToMetaTagsThenTimeElements() {
        String metaOnly = """
                <html><head><title>Market fire</title><meta name="DC.date" content="2020-02-03"></head>
                <body><h1>Fire destroys market</h1><div><p>A fire destroyed the invented market of Sorn overnight.</p>
                <p>No one was hurt, firefighters said.</p></div></body></html>""";
        Article meta = onlyArticle(read(write(dir, "fire.html", metaOnly)));
        assertEquals("Fire destroys market", meta.headline());
        assertEquals(Optional.of(LocalDate.of(2020, 2, 3)), meta.published());

        String timeOnly = """
                <html><body><main><time datetime="2020-02-04T09:00">4 Feb</time>
                <p>A second fire broke out in the invented town of Sorn.</p></main></body></html>""";
        Article time = onlyArticle(read(write(dir, "fire2.html", timeOnly)));
        assertEquals("", time.headline());
        assertEquals(Optional.of(LocalDate.of(2020, 2, 4)), time.published());
        assertEquals("A second fire broke out in the invented town of Sorn.", time.body());
    }

    @Test
    void prefersItempropArticleBodyAndTheLargestBlockOfParagraphs() {
        String page = """
                <html><body>
                <div class="teaser"><p>Short teaser.</p></div>
                <div itemprop="articleBody"><p>Troops entered the invented town of Kest at dawn.</p>
                <p>Residents said the shooting stopped by noon.</p></div>
                <div><p>Another block</p><p>with more paragraphs</p><p>that are not the article at all but longer still and longer.</p></div>
                </body></html>""";
        Article article = onlyArticle(read(write(dir, "kest.html", page)));
        assertEquals(
                "Troops entered the invented town of Kest at dawn.\n\nResidents said the shooting stopped by noon.",
                article.body());

        String noMarkers = """
                <html><body><div id="nav"><p>Home</p></div>
                <div id="story"><p>Protesters gathered in the invented square of Vey on Sunday.</p>
                <p>Police used tear gas to disperse them.</p></div></body></html>""";
        assertEquals(
                "Protesters gathered in the invented square of Vey on Sunday.\n\nPolice used tear gas to disperse them.",
                onlyArticle(read(write(dir, "vey.html", noMarkers))).body());
    }

    @Test
    void survivesMalformedHtml() {
        String broken = "<html><body><article><p>Unclosed paragraph about a strike in the invented port of Ulm"
                + "<p>Second <b>paragraph <i>with bad nesting</b></i><div></article></span>";
        Article article = onlyArticle(read(write(dir, "broken.htm", broken)));
        assertEquals(
                "Unclosed paragraph about a strike in the invented port of Ulm\n\nSecond paragraph with bad nesting",
                article.body());
    }

    @Test
    void readsTextWithoutParagraphTagsLineByLine() {
        String page = "<html><body><div class=\"story\">First line about a vote in the invented state of Ord.<br><br>"
                + "Second line on the count.</div></body></html>";
        assertEquals(
                "First line about a vote in the invented state of Ord.\n\nSecond line on the count.",
                onlyArticle(read(write(dir, "ord.html", page))).body());
    }

    @Test
    void usesJsonLdArticleBodyWhenThePageHasNoText() {
        String page = """
                <html><head><script type="application/ld+json">
                [{"@type": ["NewsArticle"], "headline": "Dam breaks", "articleBody": "A dam broke in the invented valley of Ost.\\nVillages were evacuated."}]
                </script></head><body><div id="app"></div></body></html>""";
        Article article = onlyArticle(read(write(dir, "dam.html", page)));
        assertEquals("Dam breaks", article.headline());
        assertEquals("A dam broke in the invented valley of Ost.\n\nVillages were evacuated.", article.body());
    }

    @Test
    void rejectsAPageWithNoExtractableText() {
        String page =
                "<html><head><title>Empty</title><script>var x = 1;</script></head><body><nav><a href='/'>Home</a></nav>"
                        + "<footer>Copyright</footer></body></html>";
        Problem problem = onlyProblem(read(write(dir, "empty.html", page)));
        assertEquals(ProblemCode.INGEST_NO_TEXT, problem.code());
        assertEquals(dir.resolve("empty.html").toString(), problem.source());
    }

    @Test
    void detectsHtmlByContentWhateverTheExtension() {
        Article article = onlyArticle(read(write(
                dir,
                "saved-page.txt",
                "  <!doctype html><html><body><p>Rain fell on the invented city of Pell.</p></body></html>")));
        assertEquals("Rain fell on the invented city of Pell.", article.body());
        assertFalse(article.body().contains("<"));
    }
}
