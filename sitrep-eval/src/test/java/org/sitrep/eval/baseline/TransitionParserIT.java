package org.sitrep.eval.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.nlp.DependencyParseStage;
import org.sitrep.nlp.ParserWeights;
import org.sitrep.nlp.TransitionParser;

/**
 * Sitrep's parser runs CoreNLP's English UD model with its own forward pass: it must take the
 * same decisions as CoreNLP's DependencyParser. Float rounding may flip a near tie, so the test
 * allows a small disagreement over many arcs, and none on short sentences.
 */
class TransitionParserIT {
    private static final String TEXT = """
            A Lebanese soldier who was abducted by al-Nusra Front in August 2014 has defected to the group, \
            his family said on Saturday. Mustafa Nasser, 20, appeared in a video released by the militants. \
            Islamic State fighters overran the border town of Arsal and seized dozens of servicemen, \
            some of whom were later executed. The army said it had arrested a relative who was charged \
            with helping the kidnappers. Government forces and rebels clashed near the airport on Monday, \
            while warplanes struck villages in the north of the province. Protesters gathered outside \
            parliament to demand the release of the prisoners, and police fired tear gas. The two sides \
            signed a ceasefire agreement that was brokered by Qatar. Hizballah fighters battled the \
            militants in the mountains, killing at least 15 of them, according to a statement. \
            "We will not negotiate with terrorists," the minister told reporters in Beirut.""";

    private static ParserAgreement agreement;

    @BeforeAll
    static void load() {
        agreement = new ParserAgreement();
    }

    @Test
    void takesCoreNlpsDecisions() {
        ParserAgreement.Result r = agreement.compare(TEXT);
        assertTrue(r.sentences() >= 9, r.toString());
        assertTrue(r.tokens() > 150, r.toString());
        assertTrue(r.arcAgreement() >= 99.0, r.toString());
    }

    @Test
    void agreesExactlyOnShortSentences() {
        ParserAgreement.Result r = agreement.compare(
                "Rebels seized the town. The army arrested three men on Monday. She said he had left.");
        assertEquals(3, r.identicalSentences(), r.toString());
        assertEquals(r.tokens(), r.sameArc(), r.toString());
    }

    @Test
    void parsesAnEmptySentenceAndASingleWord() {
        ParserWeights weights = ParserWeights.load(DependencyParseStage.MODEL, 1_000, 10);
        TransitionParser parser = new TransitionParser(weights);
        assertEquals(0, parser.parse(List.of(), List.of()).heads().length);
        TransitionParser.Parse one = parser.parse(List.of("Stop"), List.of("VB"));
        assertEquals(0, one.heads()[0]);
        assertEquals("root", weights.labels().get(one.labels()[0]));
    }

    @Test
    void parsesSentencesInLockStepAsOneByOne() {
        ParserWeights weights = ParserWeights.load(DependencyParseStage.MODEL, 1_000, 10);
        TransitionParser parser = new TransitionParser(weights);
        List<List<String>> words = List.of(
                List.of("Rebels", "seized", "the", "town", "."),
                List.of("Police", "fired", "tear", "gas", "at", "protesters", "in", "the", "capital", "."),
                List.of("Stop"));
        List<List<String>> tags = List.of(
                List.of("NNS", "VBD", "DT", "NN", "."),
                List.of("NNS", "VBD", "NN", "NN", "IN", "NNS", "IN", "DT", "NN", "."),
                List.of("VB"));
        List<TransitionParser.Parse> together = parser.parseAll(words, tags);
        for (int i = 0; i < words.size(); i++) {
            TransitionParser.Parse alone = parser.parse(words.get(i), tags.get(i));
            assertTrue(Arrays.equals(alone.heads(), together.get(i).heads()), "heads of sentence " + i);
            assertTrue(Arrays.equals(alone.labels(), together.get(i).labels()), "labels of sentence " + i);
        }
    }
}
