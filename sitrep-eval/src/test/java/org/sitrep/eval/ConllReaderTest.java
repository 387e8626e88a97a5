package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.CharSpan;

class ConllReaderTest {
    // hand-made, in the file's layout; the first -DOCSTART- moved to the end, as in the stored copy
    private static final List<String> LINES = List.of(
            "Rain NN I-NP O",
            "hit VBD I-VP O",
            "Oslo NNP I-NP I-LOC",
            ". . O O",
            "",
            "Kari NNP I-NP I-PER",
            "Nordmann NNP I-NP I-PER",
            "",
            "-DOCSTART- -X- -X- O",
            "",
            "Acme NNP I-NP I-ORG",
            "won VBD I-VP O",
            "",
            "-DOCSTART- -X- -X- O");

    @Test
    void splitsDocumentsAtDocstartWhereverItIs() {
        List<ConllDoc> docs = new ConllReader().parse(LINES, "eng.x");
        assertEquals(2, docs.size());
        assertEquals("eng.x-1", docs.get(0).id());
        assertEquals(2, docs.get(0).sentences().size());
        assertEquals(6, docs.get(0).tokenCount());
    }

    @Test
    void joinsTokensWithSpacesAndSentencesWithNewlinesKeepingOffsets() {
        ConllDoc doc = new ConllReader().parse(LINES, "eng.x").get(0);
        assertEquals("Rain hit Oslo .\n\nKari Nordmann", doc.text());
        List<CharSpan> spans = doc.tokenSpans();
        assertEquals(
                "Oslo", doc.text().substring(spans.get(2).begin(), spans.get(2).end()));
        assertEquals(
                "Kari", doc.text().substring(spans.get(4).begin(), spans.get(4).end()));
        assertEquals(List.of(new Chunk(2, 3, "LOC"), new Chunk(4, 6, "PER")), doc.goldChunks());
    }
}
