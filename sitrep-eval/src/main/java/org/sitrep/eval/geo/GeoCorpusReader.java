package org.sitrep.eval.geo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.sitrep.model.LatLon;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads the geoparsing corpora of Gritta et al.'s collection: LGL and TR-News ({@code <article docid>} with
 * {@code <toponyms><toponym>}, a {@code <gaztag geonameid>} when resolved) and GeoVirus ({@code <article>} with
 * {@code <locations><location>}, Wikipedia coordinates, no GeoNames id, articles named {@code geovirus-001}... in
 * file order). Offsets that do not cover their phrase (GeoVirus' are all one too high, 117 of TR-News' are off by
 * one or two) are re-found: the occurrence of the phrase nearest the given start, within {@link #SLACK} characters;
 * a toponym not found there is dropped and counted in {@link Corpus#dropped}.
 */
public final class GeoCorpusReader {
    static final int SLACK = 10;

    /** A corpus read: its articles and the gold toponyms whose span could not be found. */
    public record Corpus(String name, List<GeoArticle> articles, int dropped) {
        public Corpus {
            articles = List.copyOf(articles);
        }
    }

    public Corpus read(String name, Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(name, in);
        }
    }

    public Corpus read(String name, InputStream in) throws IOException {
        org.w3c.dom.Document xml = parse(in);
        List<GeoArticle> articles = new ArrayList<>();
        int dropped = 0;
        NodeList nodes = xml.getElementsByTagName("article");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element a = (Element) nodes.item(i);
            String text = childText(a, "text");
            String id =
                    a.hasAttribute("docid") ? name + "-" + a.getAttribute("docid") : "%s-%03d".formatted(name, i + 1);
            List<GoldToponym> toponyms = new ArrayList<>();
            for (Element t : children(a, a.getElementsByTagName("toponym").getLength() > 0 ? "toponym" : "location")) {
                Optional<GoldToponym> g = toponym(t, text);
                if (g.isPresent()) {
                    toponyms.add(g.get());
                } else {
                    dropped++;
                }
            }
            articles.add(new GeoArticle(id, text, toponyms));
        }
        return new Corpus(name, articles, dropped);
    }

    private static Optional<GoldToponym> toponym(Element t, String text) {
        boolean lgl = t.getTagName().equals("toponym");
        String phrase = childText(t, lgl ? "phrase" : "name");
        int start = Integer.parseInt(childText(t, "start").strip());
        int at = refind(text, phrase, start);
        if (at < 0) {
            return Optional.empty();
        }
        Element tag = lgl ? first(t, "gaztag") : t;
        Optional<LatLon> point = Optional.empty();
        OptionalLong id = OptionalLong.empty();
        String code = "";
        if (tag != null && !childText(tag, "lat").isBlank()) {
            point = Optional.of(new LatLon(
                    Double.parseDouble(childText(tag, "lat").strip()),
                    Double.parseDouble(childText(tag, "lon").strip())));
            if (lgl && !tag.getAttribute("geonameid").isBlank()) {
                id = OptionalLong.of(
                        Long.parseLong(tag.getAttribute("geonameid").strip()));
            }
            code = lgl ? childText(tag, "fcode").strip() : "";
        }
        return Optional.of(new GoldToponym(at, at + phrase.length(), phrase, point, id, code));
    }

    /** Where the phrase is: at {@code start} if it is there, else the nearest occurrence within the slack. */
    static int refind(String text, String phrase, int start) {
        if (phrase.isEmpty()) {
            return -1;
        }
        for (int d = 0; d <= SLACK; d++) {
            for (int at : new int[] {start - d, start + d}) {
                if (at >= 0 && text.startsWith(phrase, at)) {
                    return at;
                }
            }
        }
        return -1;
    }

    private static org.w3c.dom.Document parse(InputStream in) throws IOException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder b = f.newDocumentBuilder();
            return b.parse(in);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("not a geoparsing corpus: " + e.getMessage(), e);
        }
    }

    private static List<Element> children(Element parent, String tag) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = parent.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    private static Element first(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        return nodes.getLength() == 0 ? null : (Element) nodes.item(0);
    }

    private static String childText(Element parent, String tag) {
        Element e = first(parent, tag);
        return e == null ? "" : e.getTextContent();
    }
}
