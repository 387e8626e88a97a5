package org.sitrep.ingest;

import java.util.List;
import org.jsoup.Jsoup;

/** HTML pages, however malformed: metadata first, then the main content without the page's junk. */
final class HtmlReader {
    private HtmlReader() {}

    static Reading.Parsed read(String html, String location) {
        org.jsoup.nodes.Document page = Jsoup.parse(html);
        HtmlMetadata metadata = HtmlMetadata.of(page);
        BodyText body = BodyText.fromBlocks(HtmlContent.blocks(page));
        if (body.paragraphs().isEmpty() && metadata.articleBody().isPresent()) {
            body = BodyText.fromLines(List.of(metadata.articleBody().get().split("\n")));
        }
        String headline = metadata.headline().orElse("");
        return Reading.Parsed.of(location, headline, metadata.published(), body.withoutLeading(headline));
    }

    /** The paragraphs of an HTML fragment, such as a JSON record's "content" field. */
    static BodyText bodyOf(String fragment) {
        return BodyText.fromBlocks(HtmlContent.blocks(Jsoup.parseBodyFragment(fragment)));
    }
}
