package org.sitrep.extract.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;
import org.sitrep.model.Modality;
import org.sitrep.model.Precision;
import org.sitrep.testing.DocumentBuilder;

class NarrativeTimePassTest {
    private static final EventPass PASS = PassFixtures.passes().narrativeTime();

    /** A storming on Tuesday, then a killing with no time, in the same paragraph or the next one. */
    private static EventDrafts drafts(boolean newParagraph, Modality killing) {
        DocumentBuilder b = new DocumentBuilder()
                .sentence("Gunmen/NNS stormed/VBD/storm the/DT base/NN on/IN Tuesday/NNP ./.")
                .time("Tuesday", "2016-01-05", Precision.DAY);
        if (newParagraph) {
            b.paragraph();
        }
        Document d =
                b.sentence("They/PRP killed/VBD/kill four/CD soldiers/NNS ./.").build();
        Trigger stormed =
                PassFixtures.trigger(d, 0, "stormed", PassFixtures.entry("storm|V|ATTACK|AGENT|PATIENT|-|-|0.8"));
        Trigger killed = PassFixtures.trigger(d, 1, "killed", PassFixtures.entry("kill|V|KILL|AGENT|PATIENT|-|-|0.9"));
        Draft storming = Draft.of(stormed, List.of()).withTime(Optional.of(PassFixtures.time(d, "Tuesday", "syntax")));
        return PassFixtures.withTriggers(d, stormed, killed)
                .withDrafts(List.of(Draft.of(killed, List.of()).withModality(killing), storming));
    }

    @Test
    void anEventWithoutATimeTakesThatOfThePreviousEventOfTheParagraph() {
        EventDrafts in = drafts(false, Modality.ASSERTED);
        List<Draft> out = PASS.apply(in).drafts();
        assertEquals(
                Optional.of(PassFixtures.time(in.document(), "Tuesday", "narrative")),
                out.get(0).time());
        assertEquals(
                Optional.of(PassFixtures.time(in.document(), "Tuesday", "syntax")),
                out.get(1).time());
    }

    @Test
    void aBlankLineEndsTheNarrative() {
        List<Draft> out = PASS.apply(drafts(true, Modality.ASSERTED)).drafts();
        assertEquals(Optional.empty(), out.get(0).time());
    }

    @Test
    void aFutureEventDoesNotBorrowThePastTime() {
        List<Draft> out = PASS.apply(drafts(false, Modality.FUTURE)).drafts();
        assertEquals(Optional.empty(), out.get(0).time());
    }
}
