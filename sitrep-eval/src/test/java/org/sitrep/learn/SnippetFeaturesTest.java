package org.sitrep.learn;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.events.TriggerFeatures;
import org.sitrep.extract.lexicon.TriggerLexicon;
import org.sitrep.model.CharSpan;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.EventMention;
import org.sitrep.model.Modality;
import org.sitrep.ontology.Ontology;
import org.sitrep.testing.DocumentBuilder;

class SnippetFeaturesTest {
    private static final TriggerFeatures LEXICON = new TriggerFeatures(TriggerLexicon.load(Ontology.load()));

    private static final Document TAGGED = new DocumentBuilder()
            .sentence("Police/NNS fired/VBD/fire teargas/NN at/IN 300/CD protesters/NNS ./.")
            .build();

    private static List<String> features(Optional<String> rule) {
        int at = TAGGED.text().indexOf("protesters");
        CharSpan span = new CharSpan(at, at + "protesters".length());
        Event protest = new Event(
                "V1",
                "PROTEST",
                List.of(new EventMention(span, "protesters", 0)),
                List.of(),
                Optional.empty(),
                Optional.empty(),
                Modality.ASSERTED,
                0.8,
                TAGGED.sentences().get(0).span());
        return SnippetFeatures.of(
                TAGGED.withEvents(List.of(protest)), rule, (d, e) -> Optional.of("PEACE_PROTEST"), LEXICON);
    }

    @Test
    void theRulesDecisionsAndTheSnippetsWordsAreFeatures() {
        List<String> f = features(Optional.of("PEACE_PROTEST"));
        for (String expected : List.of(
                "rule=PEACE_PROTEST",
                "label=PEACE_PROTEST",
                "type=PROTEST",
                "type=PROTEST|ASSERTED",
                "trigger=protesters",
                "w=teargas",
                "w=<num>",
                "bi=fire_teargas",
                "bi=<s>_police")) {
            assertTrue(f.contains(expected), expected + " in " + f);
        }
        assertFalse(f.contains("w=."), "punctuation is no word: " + f);
    }

    @Test
    void aSnippetWithoutALabelSaysSo() {
        assertTrue(features(Optional.empty()).contains("rule=none"));
    }
}
