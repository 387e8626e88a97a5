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
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.model.CharSpan;
import org.sitrep.model.Dependency;
import org.sitrep.model.EntityMention;
import org.sitrep.model.EntityType;
import org.sitrep.model.Role;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

/**
 * The shipped role model is the one its data card describes: the same file (SHA-256), and the same decision and
 * probability on every candidate of the card's probe sentences, its features recomputed from the recorded parse.
 */
class ShippedRoleModelTest {
    private static final RoleModel MODEL = RoleModel.load();

    private static JsonNode card() throws IOException {
        return ModelCard.read("role-model.card.json");
    }

    @Test
    void theCardDescribesTheShippedFile() throws IOException, NoSuchAlgorithmException {
        ModelCard.assertDescribesItsFile(card());
        assertEquals(card().path("featureCount").asInt(), MODEL.featureCount());
        List<String> classes = new ArrayList<>();
        card().path("ontologyMapping").path("classes").forEach(c -> classes.add(c.asText()));
        assertEquals(classes, MODEL.classes());
    }

    @Test
    void theShippedModelDecidesOnTheProbesWhatTheCardSays() throws IOException {
        assertFalse(decisions().isEmpty(), "the card has probes");
    }

    @Test
    void pinsTheShippedModelsDecisionsOnHandWrittenCases() throws IOException {
        Map<String, RoleModel.Decision> seen = decisions();
        assertEquals(Optional.of(Role.AGENT), seen.get("attacked/Gunmen").role());
        assertEquals(Optional.of(Role.PATIENT), seen.get("arrested/two men").role());
        assertEquals(Optional.empty(), seen.get("arrested/Lahore").role(), "a place is the place rules' business");
        assertEquals(
                Optional.of(Role.PATIENT), seen.get("wounded/four soldiers").role());
    }

    /** Each probe candidate's decision, recomputed and checked against the card, by "trigger/mention". */
    private static Map<String, RoleModel.Decision> decisions() throws IOException {
        Map<String, RoleModel.Decision> seen = new LinkedHashMap<>();
        for (JsonNode probe : card().path("probes")) {
            Sentence sentence = sentence(probe);
            int triggerHead = probe.path("triggerHead").asInt();
            RoleFeatures features =
                    new RoleFeatures(sentence, triggerHead, probe.path("type").asText());
            for (JsonNode c : probe.path("candidates")) {
                EntityMention m = new EntityMention(
                        new CharSpan(c.path("begin").asInt(), c.path("end").asInt()),
                        c.path("text").asText(),
                        EntityType.valueOf(c.path("type").asText()),
                        EntityMention.Kind.valueOf(c.path("kind").asText()),
                        0,
                        new CharSpan(
                                c.path("headBegin").asInt(), c.path("headEnd").asInt()));
                Optional<Role> rule = c.path("ruleRole").asText().equals("-")
                        ? Optional.empty()
                        : Optional.of(Role.valueOf(c.path("ruleRole").asText()));
                RoleModel.Decision d = MODEL.classify(
                        features.of(m, c.path("head").asInt(), c.path("entity").asBoolean(), rule));
                String where = sentence.tokens().get(triggerHead).text() + "/" + m.text();
                assertEquals(c.path("class").asText(), d.role().map(Enum::name).orElse(RoleModel.NONE), where);
                assertEquals(c.path("probability").asDouble(), d.probability(), 0.0006, where);
                seen.put(where, d);
            }
        }
        return seen;
    }

    /** The probe's sentence: tokens of [text, lemma, tag, NER tag, begin, end] and arcs of [governor, dependent, relation]. */
    private static Sentence sentence(JsonNode probe) {
        List<Token> tokens = new ArrayList<>();
        for (JsonNode t : probe.path("tokens")) {
            tokens.add(new Token(
                    tokens.size(),
                    new CharSpan(t.get(4).asInt(), t.get(5).asInt()),
                    t.get(0).asText(),
                    t.get(1).asText(),
                    t.get(2).asText(),
                    t.get(3).asText()));
        }
        List<Dependency> arcs = new ArrayList<>();
        for (JsonNode a : probe.path("arcs")) {
            arcs.add(new Dependency(a.get(0).asInt(), a.get(1).asInt(), a.get(2).asText()));
        }
        CharSpan span = new CharSpan(
                tokens.get(0).span().begin(),
                tokens.get(tokens.size() - 1).span().end());
        return new Sentence(0, span, tokens, arcs);
    }
}
