package org.sitrep.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.events.TriggerFeatures;
import org.sitrep.extract.lexicon.TriggerLexicon;
import org.sitrep.model.CharSpan;
import org.sitrep.model.Document;
import org.sitrep.ontology.Ontology;
import org.sitrep.testing.DocumentBuilder;

class TriggerExamplesTest {
    private static final TriggerFeatures FEATURES = new TriggerFeatures(TriggerLexicon.load(Ontology.load()));

    private static final Document TAGGED = new DocumentBuilder()
            .sentence("Gunmen/NNS killed/VBD/kill two/CD men/NNS ./.")
            .sentence("Police/NNS arrested/VBD/arrest a/DT suspect/NN ./.")
            .build();

    private static final LabelledDoc GOLD = new LabelledDoc(
            "d",
            TAGGED.text(),
            List.of(new LabelledDoc.Mention(span("killed"), "Life.Die"), new LabelledDoc.Mention(span("killed"), "X")));

    private static CharSpan span(String word) {
        int at = TAGGED.text().indexOf(word);
        return new CharSpan(at, at + word.length());
    }

    private static List<String> labels(boolean annotatedSentencesOnly) {
        return TriggerExamples.of(
                        TAGGED, GOLD, k -> k.equals("Life.Die") ? "KILL" : "OTHER", FEATURES, annotatedSentencesOnly)
                .examples()
                .stream()
                .map(TriggerExamples.Example::label)
                .toList();
    }

    @Test
    void labelsEachCandidateWithTheFirstAnnotationOfItsSpan() {
        assertEquals(List.of("NONE", "KILL", "NONE", "NONE", "NONE", "NONE"), labels(false));
    }

    @Test
    void aPartlyAnnotatedCorpusGivesOnlyTheSentencesWithATrigger() {
        assertEquals(List.of("NONE", "KILL", "NONE"), labels(true), "Gunmen, killed, men: candidates of sentence 1");
        TriggerExamples.Result r = TriggerExamples.of(TAGGED, GOLD, k -> "KILL", FEATURES, true);
        assertEquals(2, r.triggers());
        assertEquals(0, r.unreachable());
    }
}
