package org.sitrep.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Headline, publication date and body from a page's metadata: JSON-LD (NewsArticle, Article...,
 * also inside "@graph"), Open Graph and other meta tags, {@code <time datetime>}. Read before the
 * page is pruned, since scripts and headers go then.
 */
record HtmlMetadata(Optional<String> headline, Optional<LocalDate> published, Optional<String> articleBody) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> ARTICLE_TYPES = Set.of(
            "NewsArticle",
            "Article",
            "ReportageNewsArticle",
            "AnalysisNewsArticle",
            "BlogPosting",
            "WebPage",
            "LiveBlogPosting",
            "Report");
    private static final List<String> DATE_META = List.of(
            "meta[property=article:published_time]",
            "meta[name=article:published_time]",
            "meta[itemprop=datePublished]",
            "meta[name=date]",
            "meta[name=pubdate]",
            "meta[name=publishdate]",
            "meta[name=DC.date]",
            "meta[name=DC.date.issued]",
            "meta[name=dcterms.created]",
            "meta[name=article.published]",
            "meta[name=parsely-pub-date]",
            "meta[name=sailthru.date]",
            "meta[property=og:published_time]");

    static HtmlMetadata of(org.jsoup.nodes.Document page) {
        List<JsonNode> articles = jsonLdArticles(page);
        Optional<String> headline = firstText(articles, "headline")
                .or(() -> meta(page, "meta[property=og:title]"))
                .or(() -> meta(page, "meta[name=twitter:title]"))
                .or(() -> text(page.selectFirst("article h1")))
                .or(() -> text(page.selectFirst("h1")))
                .or(() -> Optional.of(page.title()).map(HtmlMetadata::withoutSiteName));
        Optional<LocalDate> published = firstText(articles, "datePublished")
                .flatMap(Dates::parseMetadata)
                .or(() -> metaDate(page))
                .or(() -> Optional.ofNullable(page.selectFirst("time[datetime]"))
                        .flatMap(t -> Dates.parseMetadata(t.attr("datetime"))));
        Optional<String> body = firstText(articles, "articleBody");
        return new HtmlMetadata(headline.map(Text::squeeze).filter(h -> !h.isEmpty()), published, body);
    }

    private static Optional<LocalDate> metaDate(org.jsoup.nodes.Document page) {
        for (String selector : DATE_META) {
            Optional<LocalDate> date = meta(page, selector).flatMap(Dates::parseMetadata);
            if (date.isPresent()) {
                return date;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> meta(org.jsoup.nodes.Document page, String selector) {
        return Optional.ofNullable(page.selectFirst(selector))
                .map(e -> e.attr("content").strip())
                .filter(s -> !s.isEmpty());
    }

    private static Optional<String> text(Element element) {
        return Optional.ofNullable(element).map(Element::text).filter(s -> !s.isBlank());
    }

    /** "Soldier defects | The Daily Example" becomes "Soldier defects". */
    private static String withoutSiteName(String title) {
        int bar = Math.max(title.lastIndexOf(" | "), title.lastIndexOf(" - "));
        return bar > 20 && title.length() - bar < 40 ? title.substring(0, bar) : title;
    }

    private static Optional<String> firstText(List<JsonNode> nodes, String field) {
        for (JsonNode node : nodes) {
            JsonNode value = node.get(field);
            if (value != null && value.isTextual() && !value.asText().isBlank()) {
                return Optional.of(value.asText());
            }
        }
        return Optional.empty();
    }

    private static List<JsonNode> jsonLdArticles(org.jsoup.nodes.Document page) {
        List<JsonNode> found = new ArrayList<>();
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                collect(JSON.readTree(script.data()), found);
            } catch (JsonProcessingException malformed) {
                // A broken JSON-LD block is common on the web; the other sources of metadata remain.
            }
        }
        found.sort(Comparator.comparing(node -> isType(node, "WebPage"))); // real articles first
        return found;
    }

    private static void collect(JsonNode node, List<JsonNode> found) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(child -> collect(child, found));
        } else if (node.isObject()) {
            if (ARTICLE_TYPES.stream().anyMatch(type -> isType(node, type))) {
                found.add(node);
            }
            collect(node.get("@graph"), found);
        }
    }

    private static boolean isType(JsonNode node, String type) {
        JsonNode t = node.get("@type");
        if (t == null) {
            return false;
        }
        if (t.isArray()) {
            for (JsonNode each : t) {
                if (type.equals(each.asText())) {
                    return true;
                }
            }
            return false;
        }
        return type.equals(t.asText());
    }
}
