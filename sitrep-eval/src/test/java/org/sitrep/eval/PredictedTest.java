package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Argument;
import org.sitrep.model.CharSpan;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.EventMention;
import org.sitrep.model.EventPlace;
import org.sitrep.model.Modality;
import org.sitrep.model.Role;

class PredictedTest {
    //                                     0         1         2         3
    //                                     0123456789012345678901234567890123456
    private static final String TEXT = "Rebels shelled the old town in Homs.";
    private static final List<CharSpan> TOKENS = List.of(
            new CharSpan(0, 6),
            new CharSpan(7, 14),
            new CharSpan(15, 18),
            new CharSpan(19, 22),
            new CharSpan(23, 27),
            new CharSpan(28, 30),
            new CharSpan(31, 35),
            new CharSpan(35, 36));

    @Test
    void turnsEveryEventMentionIntoATriggerWithTheEventsArgumentsAndPlace() {
        Event e = new Event(
                "e1",
                "SHELLING",
                List.of(
                        new EventMention(new CharSpan(7, 14), "shelled", 0),
                        new EventMention(new CharSpan(7, 14), "shelled", 0)),
                List.of(new Argument(Role.PATIENT, new CharSpan(15, 27), "the old town", Optional.empty())),
                Optional.of(new EventPlace(new CharSpan(31, 35), "Homs", Optional.of("SY"), "syntax")),
                Optional.empty(),
                Modality.ASSERTED,
                0.9,
                new CharSpan(0, 36));
        List<Predicted.Trigger> triggers = Predicted.from(Document.of("d", TEXT).withEvents(List.of(e)), TOKENS);
        assertEquals(2, triggers.size());
        assertEquals(
                List.of(
                        new Predicted.Arg("PATIENT", new CharSpan(23, 27)),
                        new Predicted.Arg(Predicted.PLACE, new CharSpan(31, 35))),
                triggers.get(0).arguments());
    }

    @Test
    void aPlaceFromTheArticleNotTheEventsWordsIsNoArgument() {
        Event e = new Event(
                "e1",
                "SHELLING",
                List.of(new EventMention(new CharSpan(7, 14), "shelled", 0)),
                List.of(),
                Optional.of(new EventPlace(new CharSpan(31, 35), "Homs", Optional.of("SY"), "focus")),
                Optional.empty(),
                Modality.ASSERTED,
                0.9,
                new CharSpan(0, 36));
        assertEquals(
                List.of(),
                Predicted.from(Document.of("d", TEXT).withEvents(List.of(e)), TOKENS)
                        .get(0)
                        .arguments());
    }

    @Test
    void takesTheLastOverlappingTokenAsHead() {
        assertEquals(new CharSpan(31, 35), Predicted.head(new CharSpan(28, 34), TOKENS));
    }
}
