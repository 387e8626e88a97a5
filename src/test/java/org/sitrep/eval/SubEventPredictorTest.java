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

class SubEventPredictorTest {
    private static final Map<String, String> LABELS = Map.of("CLASH", "ARMED_CLASH", "ARREST", "ARREST", "KILL", "ATTACK");
    private final SubEventPredictor predictor = new SubEventPredictor((d, e) -> Optional.ofNullable(LABELS.get(e.type())));

    @Test
    void takesTheMostConfidentEventWhoseTypeHasALabel() {
        Document doc = Document.of("d", "Police arrested ten after clashes; they threatened more.").withEvents(List.of(
                event("V1", "ARREST", 7, 0.7), event("V2", "CLASH", 25, 0.8), event("V3", "THREATEN", 39, 0.95)));
        assertEquals(Optional.of("ARMED_CLASH"), predictor.apply(doc));
    }

    @Test
    void breaksTiesByTextOrder() {
        Document doc = Document.of("d", "Police arrested ten after clashes.").withEvents(List.of(
                event("V2", "CLASH", 25, 0.8), event("V1", "ARREST", 7, 0.8)));
        assertEquals(Optional.of("ARREST"), predictor.apply(doc));
    }

    @Test
    void deathsCountOnlyWithoutAnotherLabelledEvent() {
        Document doc = Document.of("d", "Clashes killed ten people.").withEvents(List.of(
                event("V1", "CLASH", 0, 0.6), event("V2", "KILL", 8, 0.99)));
        assertEquals(Optional.of("ARMED_CLASH"), predictor.apply(doc));
        Document alone = Document.of("d", "Gunmen killed ten people.").withEvents(List.of(event("V1", "KILL", 7, 0.9)));
        assertEquals(Optional.of("ATTACK"), predictor.apply(alone));
    }

    @Test
    void choosesTheEventWhoseLabelItPredicts() {
        Event clash = event("V2", "CLASH", 25, 0.8);
        assertEquals(Optional.of(clash), predictor.choose(List.of(event("V1", "THREATEN", 0, 0.99), clash), Document.of("d", "")));
    }

    @Test
    void predictsNothingWithoutALabelledEvent() {
        assertEquals(Optional.empty(), predictor.apply(Document.of("d", "Nothing happened.")));
    }

    private static Event event(String id, String type, int at, double confidence) {
        return new Event(id, type, List.of(new EventMention(new CharSpan(at, at + 4), "xxxx", 0)), List.of(),
                Optional.empty(), Optional.empty(), Modality.ASSERTED, confidence, new CharSpan(0, 10));
    }
}
