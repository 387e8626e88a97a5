package org.sitrep.extract.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.lexicon.PartOfSpeech;
import org.sitrep.extract.lexicon.TriggerEntry;
import org.sitrep.model.Argument;
import org.sitrep.model.CharSpan;
import org.sitrep.model.EventTime;
import org.sitrep.model.Precision;
import org.sitrep.model.Role;
import org.sitrep.model.Sentence;
import org.sitrep.model.TimeValue;
import org.sitrep.testing.Fixtures;

class EventMergerTest {
    private static final String TEXT = "abducted abducted abducted abducted";
    private static final Sentence SENTENCE = Fixtures.sentence(TEXT, "abducted/VBD");
    private static final TriggerEntry ABDUCT = new TriggerEntry(
            List.of("abducted"),
            PartOfSpeech.VERB,
            "ABDUCT",
            Optional.of(Role.AGENT),
            Optional.of(Role.PATIENT),
            Map.of(),
            Set.of(),
            0.9);

    private static Draft draft(int token, String agent, String patient, String time) {
        Trigger t = new Trigger(SENTENCE, token, token, token, ABDUCT);
        List<Argument> args = new java.util.ArrayList<>();
        args.add(new Argument(Role.AGENT, new CharSpan(0, 1), "a", Optional.of(agent)));
        if (patient != null) {
            args.add(new Argument(Role.PATIENT, new CharSpan(0, 1), "a", Optional.of(patient)));
        }
        Draft d = Draft.of(t, args);
        if (time != null) {
            Precision p = time.length() == 4 ? Precision.YEAR : Precision.MONTH;
            d = d.withTime(Optional.of(new EventTime(
                    Optional.of(new CharSpan(0, 1)), Optional.of("a"), Optional.of(TimeValue.of(time, p)), "syntax")));
        }
        return d;
    }

    @Test
    void oneAgentsAbductionsOfGroupsAtCompatibleTimesAreOneEvent() {
        EventMerger merger = new EventMerger(Set.of("E5", "E6"));
        List<Draft> merged = merger.merge(List.of(draft(0, "E1", "E5", "2014"), draft(1, "E1", "E6", "2014-08")));
        assertEquals(1, merged.size());
        assertEquals(2, merged.get(0).triggers().size());
        assertEquals("2014-08", merged.get(0).time().get().value().get().value(), "the finer time wins");
    }

    @Test
    void differentAgentsAreDifferentEvents() {
        assertEquals(
                2,
                new EventMerger(Set.of())
                        .merge(List.of(draft(0, "E1", null, null), draft(1, "E2", null, null)))
                        .size());
    }

    @Test
    void twoSinglePersonsAreTwoAbductions() {
        assertEquals(
                2,
                new EventMerger(Set.of())
                        .merge(List.of(draft(0, "E1", "E7", null), draft(1, "E1", "E8", null)))
                        .size());
    }

    @Test
    void conflictingTimesAreDifferentEvents() {
        assertEquals(
                2,
                new EventMerger(Set.of())
                        .merge(List.of(draft(0, "E1", null, "2014"), draft(1, "E1", null, "2015")))
                        .size());
    }
}
