package org.sitrep.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Sitrep's parser runs CoreNLP's English UD model with its own forward pass: it must take the
 * same decisions as CoreNLP's DependencyParser. Float rounding may flip a near tie, so the test
 * allows a small disagreement over many arcs, and none on the simple sentences.
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
    private static final List<String> SIMPLE = List.of(
            "Rebels seized the town .", "The army arrested three men on Monday .", "She said he had left .");

    private static List<CoreMap> sentences;
    private static DependencyParser coreNlp;
    private static TransitionParser sitrep;
    private static ParserWeights weights;

    @BeforeAll
    static void load() {
        Properties properties = new Properties();
        properties.setProperty("annotators", "tokenize,ssplit,pos");
        StanfordCoreNLP tagger = new StanfordCoreNLP(properties);
        Annotation annotation = new Annotation(TEXT + " " + String.join(" ", SIMPLE));
        tagger.annotate(annotation);
        sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        coreNlp = DependencyParser.loadFromModelFile(DependencyParseStage.MODEL);
        weights = ParserWeights.load(DependencyParseStage.MODEL, 1_000, 10);
        sitrep = new TransitionParser(weights);
    }

    @Test
    void takesCoreNlpsDecisions() {
        int arcs = 0;
        int agreed = 0;
        for (CoreMap sentence : sentences) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            TransitionParser.Parse ours = sitrep.parse(
                    tokens.stream().map(CoreLabel::word).toList(), tokens.stream().map(CoreLabel::tag).toList());
            List<String> theirs = arcs(coreNlp.predict(tokens));
            List<String> mine = new ArrayList<>();
            for (int i = 0; i < tokens.size(); i++) {
                int head = ours.heads()[i];
                mine.add((head == 0 ? "root" : weights.labels().get(ours.labels()[i])) + "(" + head + "," + (i + 1) + ")");
            }
            for (int i = 0; i < tokens.size(); i++) {
                arcs++;
                agreed += theirs.contains(mine.get(i)) ? 1 : 0;
            }
            if (tokens.size() <= 8) {
                assertEquals(theirs.stream().sorted().toList(), mine.stream().sorted().toList(), sentence.toString());
            }
        }
        assertTrue(arcs > 150, "arcs compared: " + arcs);
        assertTrue(agreed >= arcs * 0.99, agreed + " of " + arcs + " arcs agree");
    }

    @Test
    void parsesAnEmptySentenceAndASingleWord() {
        assertEquals(0, sitrep.parse(List.of(), List.of()).heads().length);
        TransitionParser.Parse one = sitrep.parse(List.of("Stop"), List.of("VB"));
        assertEquals(0, one.heads()[0]);
        assertEquals("root", weights.labels().get(one.labels()[0]));
    }

    private static List<String> arcs(GrammaticalStructure structure) {
        List<String> arcs = new ArrayList<>();
        for (TypedDependency td : structure.typedDependencies()) {
            arcs.add(td.reln().toString() + "(" + td.gov().index() + "," + td.dep().index() + ")");
        }
        return arcs;
    }
}
