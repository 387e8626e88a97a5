package org.sitrep.extract.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.lexicon.TriggerLexicon;
import org.sitrep.model.CharSpan;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;
import org.sitrep.ontology.Ontology;

/**
 * The shipped trigger model is the one its data card describes: the same file (SHA-256), and the same decision
 * and probability on every candidate token of the card's probe sentences (tagged when the card was written).
 */
class ShippedTriggerModelTest {
    private static final TriggerModel MODEL = TriggerModel.load();
    private static final TriggerFeatures FEATURES = new TriggerFeatures(TriggerLexicon.load(Ontology.load()));

    private static JsonNode card() throws IOException {
        return ModelCard.read("trigger-model.card.json");
    }

    @Test
    void theCardDescribesTheShippedFile() throws IOException, NoSuchAlgorithmException {
        ModelCard.assertDescribesItsFile(card());
        assertEquals(card().path("featureCount").asInt(), MODEL.featureCount());
        List<String> classes = new ArrayList<>();
        card().path("ontologyMapping").path("classes").fieldNames().forEachRemaining(classes::add);
        assertEquals(classes, MODEL.classes());
    }

    @Test
    void theShippedModelDecidesOnTheProbesWhatTheCardSays() throws IOException {
        int decisions = 0;
        for (JsonNode probe : card().path("probes")) {
            Sentence sentence = sentence(probe.path("tokens"));
            for (JsonNode d : probe.path("decisions")) {
                int index = d.path("token").asInt();
                TriggerModel.Decision decision = MODEL.classify(FEATURES.of(sentence, index));
                String where = probe.path("text").asText() + " / "
                        + sentence.tokens().get(index).text();
                assertEquals(d.path("class").asText(), decision.cls(), where);
                assertEquals(d.path("probability").asDouble(), decision.probability(), 0.0006, where);
                decisions++;
            }
        }
        assertFalse(decisions == 0, "the card has probes");
    }

    @Test
    void pinsTheShippedModelsDecisionsOnHandWrittenCases() throws IOException {
        Map<String, String> seen = new LinkedHashMap<>();
        for (JsonNode probe : card().path("probes")) {
            Sentence sentence = sentence(probe.path("tokens"));
            for (Token t : sentence.tokens()) {
                if (FEATURES.isCandidate(t)) {
                    seen.put(
                            t.text(),
                            MODEL.classify(FEATURES.of(sentence, t.index())).cls());
                }
            }
        }
        assertEquals("INJURE", seen.get("wounded"));
        assertEquals("ARREST", seen.get("arrested"));
        assertEquals(TriggerModel.NONE, seen.get("phone"));
        assertEquals(TriggerModel.NONE, seen.get("villagers"));
    }

    /** Tokens of [text, lemma, tag, NER tag]; the spans are made up (features do not read them). */
    private static Sentence sentence(JsonNode tokens) {
        List<Token> list = new ArrayList<>();
        int at = 0;
        for (JsonNode t : tokens) {
            String text = t.get(0).asText();
            list.add(new Token(
                    list.size(),
                    new CharSpan(at, at + text.length()),
                    text,
                    t.get(1).asText(),
                    t.get(2).asText(),
                    t.get(3).asText()));
            at += text.length() + 1;
        }
        return new Sentence(0, new CharSpan(0, Math.max(0, at - 1)), list, List.of());
    }
}
