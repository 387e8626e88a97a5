package org.sitrep.eval.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Both layouts of the geoparsing corpora, on made-up articles. */
class GeoCorpusReaderTest {
    private static GeoCorpusReader.Corpus read(String name, String xml) throws IOException {
        return new GeoCorpusReader().read(name, new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsTheLglLayoutWithGeoNamesIdsAndUnresolvedToponyms() throws IOException {
        GeoCorpusReader.Corpus c = read("lgl", """
                <articles><article docid="7"><title>Rain</title><text><![CDATA[Rain. Rain fell on Dover and Kent Hollow.]]></text>
                <toponyms>
                <toponym><start>19</start><end>24</end><phrase>Dover</phrase>
                  <gaztag geonameid="4142290"><name>Dover</name><fclass>P</fclass><fcode>PPLA</fcode>
                  <lat>39.15817</lat><lon>-75.52437</lon></gaztag></toponym>
                <toponym><start>29</start><end>40</end><phrase>Kent Hollow</phrase></toponym>
                </toponyms></article></articles>
                """);
        assertEquals(1, c.articles().size());
        GeoArticle a = c.articles().get(0);
        assertEquals("lgl-7", a.id());
        GoldToponym dover = a.toponyms().get(0);
        assertEquals(4142290, dover.geonameId().getAsLong());
        assertEquals("PPLA", dover.featureCode());
        assertEquals(39.15817, dover.point().orElseThrow().lat(), 1e-9);
        assertTrue(a.toponyms().get(1).point().isEmpty());
        assertEquals(0, c.dropped());
    }

    @Test
    void readsTheGeoVirusLayoutAndRefindsOffsetsThatAreOneTooHigh() throws IOException {
        GeoCorpusReader.Corpus c = read("geovirus", """
                <articles><article><source>https://example.org/a</source>
                <text>Flu reached Lima and Cusco.</text>
                <locations>
                <location><name>Lima</name><start>13</start><end>17</end><lat>-12.04</lat><lon>-77.03</lon><page>x</page></location>
                <location><name>Quito</name><start>2</start><end>7</end><lat>-0.22</lat><lon>-78.51</lon><page>x</page></location>
                </locations></article></articles>
                """);
        GeoArticle a = c.articles().get(0);
        assertEquals("geovirus-001", a.id());
        assertEquals(1, a.toponyms().size());
        assertEquals(12, a.toponyms().get(0).start());
        assertTrue(a.toponyms().get(0).geonameId().isEmpty());
        assertEquals("unknown", a.toponyms().get(0).group());
        assertEquals(1, c.dropped(), "Quito is not in the text");
    }

    @Test
    void refindTakesTheNearestOccurrence() {
        String text = "Paris and Paris";
        assertEquals(10, GeoCorpusReader.refind(text, "Paris", 9));
        assertEquals(0, GeoCorpusReader.refind(text, "Paris", 1));
        assertEquals(-1, GeoCorpusReader.refind(text, "Lyon", 1));
    }
}
