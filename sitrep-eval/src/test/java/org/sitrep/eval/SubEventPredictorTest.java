package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.model.CharSpan;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.EventMention;
import org.sitrep.model.Modality;
import org.sitrep.ontology.Ontology;

class SubEventPredictorTest {
    private static final Map<String, String> LABELS =
            Map.of("CLASH", "ARMED_CLASH", "ARREST", "ARREST", "KILL", "ATTACK");
    private final SubEventPredictor predictor = new SubEventPredictor(
            (d, e) -> Optional.ofNullable(LABELS.get(e.type())), Ontology.load().family("outcome"));

    @Test
    void takesTheMostConfidentEventWhoseTypeHasALabel() {
        String text = "Police arrested ten after clashes; they threatened more.";
        Document doc = Document.of("d", text)
                .withEvents(List.of(
                        event(text, "V1", "ARREST", "arrested", 0.7),
                        event(text, "V2", "CLASH", "clashes", 0.8),
                        event(text, "V3", "THREATEN", "threatened", 0.95)));
        assertEquals(Optional.of("ARMED_CLASH"), predictor.apply(doc));
    }

    @Test
    void breaksTiesByTextOrder() {
        String text = "Police arrested ten after clashes.";
        Document doc = Document.of("d", text)
                .withEvents(List.of(
                        event(text, "V2", "CLASH", "clashes", 0.8), event(text, "V1", "ARREST", "arrested", 0.8)));
        assertEquals(Optional.of("ARREST"), predictor.apply(doc));
    }

    @Test
    void deathsCountOnlyWithoutAnotherLabelledEvent() {
        String text = "Clashes killed ten people.";
        Document doc = Document.of("d", text)
                .withEvents(
                        List.of(event(text, "V1", "CLASH", "Clashes", 0.6), event(text, "V2", "KILL", "killed", 0.99)));
        assertEquals(Optional.of("ARMED_CLASH"), predictor.apply(doc));
        String other = "Gunmen killed ten people.";
        Document alone = Document.of("d", other).withEvents(List.of(event(other, "V1", "KILL", "killed", 0.9)));
        assertEquals(Optional.of("ATTACK"), predictor.apply(alone));
    }

    @Test
    void choosesTheEventWhoseLabelItPredicts() {
        String text = "They threatened more after clashes.";
        Event clash = event(text, "V2", "CLASH", "clashes", 0.8);
        Event threat = event(text, "V1", "THREATEN", "threatened", 0.99);
        assertEquals(Optional.of(clash), predictor.choose(List.of(threat, clash), Document.of("d", text)));
    }

    @Test
    void predictsNothingWithoutALabelledEvent() {
        assertEquals(Optional.empty(), predictor.apply(Document.of("d", "Nothing happened.")));
    }

    /** An event whose trigger is the first occurrence of word in text. */
    private static Event event(String text, String id, String type, String word, double confidence) {
        int at = text.indexOf(word);
        return new Event(
                id,
                type,
                List.of(new EventMention(new CharSpan(at, at + word.length()), word, 0)),
                List.of(),
                Optional.empty(),
                Optional.empty(),
                Modality.ASSERTED,
                confidence,
                new CharSpan(0, text.length()));
    }
}
