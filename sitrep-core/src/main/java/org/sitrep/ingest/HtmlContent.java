package org.sitrep.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The main text of a page: junk pruned (navigation, headers, footers, asides, scripts, figures,
 * forms, share widgets, "Related" lists), then the article body found by itemprop=articleBody,
 * {@code <article>}, or the element with the most paragraph text.
 */
final class HtmlContent {
    private static final String JUNK_TAGS = "script, style, noscript, template, nav, header, footer, aside, form, "
            + "figure, figcaption, iframe, svg, button, select, textarea, input, label, dialog, menu, object, embed, "
            + "[role=navigation], [role=banner], [role=contentinfo], [role=complementary], [hidden], [aria-hidden=true]";
    private static final Pattern JUNK_NAME = Pattern.compile("(?i)(?:^|[-_])(?:share|sharing|social|related|newsletter"
            + "|comments?|promo|advert|ads?|advertisement|cookies?|subscribe|subscription|breadcrumbs?|recommended"
            + "|more-stories|sidebar|popular|most-read|tags|caption|toolbar|paywall)(?:[-_]|$)");
    private static final Pattern RELATED_HEADING = Pattern.compile(
            "(?i)(?:related|read more|more on|more from|recommended|most read|you may also like|also read|see also)\\b.{0,40}");
    private static final String BLOCKS = "p, li, blockquote, pre";
    private static final Set<String> BLOCK_TAGS = Set.of("p", "li", "blockquote", "pre");

    private HtmlContent() {}

    /** Text blocks of the main content, in document order; may be empty. */
    static List<String> blocks(org.jsoup.nodes.Document page) {
        Element body = page.body();
        prune(body);
        Element root = mainContent(body);
        List<String> blocks = new ArrayList<>();
        for (Element block : root.select(BLOCKS)) {
            if (!hasInnerBlock(block) && !isLinkList(block)) {
                blocks.add(block.text());
            }
        }
        return blocks.isEmpty() ? lines(root) : blocks;
    }

    /** Blocks are read innermost: a list item holding paragraphs is read as those paragraphs. */
    private static boolean hasInnerBlock(Element block) {
        for (Element inner : block.getAllElements()) {
            if (inner != block && BLOCK_TAGS.contains(inner.normalName())) {
                return true;
            }
        }
        return false;
    }

    private static void prune(Element body) {
        body.select(JUNK_TAGS).remove();
        int total = body.text().length();
        for (Element e : body.select("[class], [id]")) {
            if (e.parent() != null
                    && isJunkNamed(e)
                    && e.select("article, [itemprop=articleBody]").isEmpty()
                    && e.text().length() * 2 < total) {
                e.remove();
            }
        }
        for (Element heading : body.select("h2, h3, h4, h5, h6, strong, b")) {
            if (heading.parent() != null
                    && RELATED_HEADING.matcher(heading.text()).matches()) {
                Element list = heading.nextElementSibling();
                if (list != null && list.tagName().matches("ul|ol")) {
                    list.remove();
                }
                heading.remove();
            }
        }
        for (Element list : body.select("ul, ol")) {
            if (list.parent() != null && isLinkList(list)) {
                list.remove();
            }
        }
    }

    private static boolean isJunkNamed(Element e) {
        for (String name : (e.className() + " " + e.id()).split("\\s+")) {
            if (!name.isEmpty() && JUNK_NAME.matcher(name).find()) {
                return true;
            }
        }
        return false;
    }

    /** Mostly links: navigation or a list of other stories. */
    private static boolean isLinkList(Element e) {
        int text = e.text().length();
        int linked = 0;
        for (Element a : e.select("a")) {
            linked += a.text().length();
        }
        return text > 0 && linked * 10 >= text * 8;
    }

    private static Element mainContent(Element body) {
        Element marked = body.selectFirst("[itemprop=articleBody]");
        if (marked != null) {
            return marked;
        }
        Element best = null;
        int bestScore = 0;
        for (Element article : body.select("article")) {
            int score = paragraphText(article.select("p"));
            if (score > bestScore) {
                best = article;
                bestScore = score;
            }
        }
        if (best != null) {
            return best;
        }
        Map<Element, Integer> scores = new HashMap<>();
        for (Element p : body.select("p")) {
            if (p.parent() != null) {
                scores.merge(p.parent(), p.text().length(), Integer::sum);
            }
        }
        return scores.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(body);
    }

    private static int paragraphText(Elements paragraphs) {
        int sum = 0;
        for (Element p : paragraphs) {
            sum += p.text().length();
        }
        return sum;
    }

    /** For pages without paragraph tags: the root's text with line breaks at {@code <br>} and block ends. */
    private static List<String> lines(Element root) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(
                new NodeVisitor() {
                    @Override
                    public void head(Node node, int depth) {
                        if (node instanceof TextNode text) {
                            out.append(text.text());
                        } else if (node instanceof Element e
                                && (e.isBlock() || e.tagName().equals("br"))) {
                            out.append('\n');
                        }
                    }

                    @Override
                    public void tail(Node node, int depth) {
                        if (node instanceof Element e && e.isBlock()) {
                            out.append('\n');
                        }
                    }
                },
                root);
        return List.of(out.toString().split("\n"));
    }
}
