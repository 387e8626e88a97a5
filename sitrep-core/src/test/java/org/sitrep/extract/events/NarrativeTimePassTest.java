package org.sitrep.extract.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.lexicon.TriggerEntry;
import org.sitrep.model.Document;
import org.sitrep.model.EventTime;
import org.sitrep.model.Modality;
import org.sitrep.model.Precision;
import org.sitrep.model.TimeValue;
import org.sitrep.testing.DocumentBuilder;

class NarrativeTimePassTest {
    private static final EventPass PASS = PassFixtures.passes().narrativeTime();

    private static final TriggerEntry KILL = PassFixtures.entry("kill|V|KILL|AGENT|PATIENT|-|-|0.9");
    private static final TriggerEntry BLAME = PassFixtures.entry("blame|V|ACCUSE|AGENT|PATIENT|-|-|0.8");

    /** A storming on Tuesday, then a killing with no time, in the same paragraph or the next one. */
    private static EventDrafts drafts(boolean newParagraph, Modality killing) {
        return drafts(newParagraph, killing, "They/PRP killed/VBD/kill four/CD soldiers/NNS ./.", "killed", KILL);
    }

    private static EventDrafts drafts(
            boolean newParagraph, Modality modality, String second, String word, TriggerEntry entry) {
        DocumentBuilder b = new DocumentBuilder()
                .sentence("Gunmen/NNS stormed/VBD/storm the/DT base/NN on/IN Tuesday/NNP ./.")
                .time("Tuesday", "2016-01-05", Precision.DAY);
        if (newParagraph) {
            b.paragraph();
        }
        b.sentence(second);
        if (second.contains("Wednesday")) {
            b.time("Wednesday", "2016-01-06", Precision.DAY);
        }
        Document d = b.build();
        Trigger stormed =
                PassFixtures.trigger(d, 0, "stormed", PassFixtures.entry("storm|V|ATTACK|AGENT|PATIENT|-|-|0.8"));
        Trigger later = PassFixtures.trigger(d, 1, word, entry);
        Draft storming = Draft.of(stormed, List.of()).withTime(Optional.of(PassFixtures.time(d, "Tuesday", "syntax")));
        return PassFixtures.withTriggers(d, stormed, later)
                .withDrafts(List.of(Draft.of(later, List.of()).withModality(modality), storming));
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
    void anEventOnTheGroundCarriesTheTimeIntoTheNextParagraph() {
        EventDrafts in = drafts(true, Modality.ASSERTED);
        assertEquals(
                Optional.of(PassFixtures.time(in.document(), "Tuesday", "narrative")),
                PASS.apply(in).drafts().get(0).time());
    }

    @Test
    void aBlankLineEndsTheNarrativeForAStatement() {
        EventDrafts in =
                drafts(true, Modality.ASSERTED, "Officials/NNS blamed/VBD/blame the/DT army/NN ./.", "blamed", BLAME);
        assertEquals(Optional.empty(), PASS.apply(in).drafts().get(0).time());
    }

    @Test
    void aTimeNamedInTheNextParagraphEndsTheNarrative() {
        EventDrafts in = drafts(
                true,
                Modality.ASSERTED,
                "By/IN Wednesday/NNP ,/, they/PRP had/VBD killed/VBN/kill four/CD soldiers/NNS ./.",
                "killed",
                KILL);
        assertEquals(Optional.empty(), PASS.apply(in).drafts().get(0).time());
    }

    /** "Six were killed when a bomb exploded on Monday": the killing takes the time of the later explosion. */
    @Test
    void anEventOnTheGroundTakesTheTimeOfAnotherOfItsSentence() {
        Document d = new DocumentBuilder()
                .sentence(
                        "Six/CD were/VBD killed/VBN/kill when/WRB a/DT bomb/NN exploded/VBD/explode on/IN Monday/NNP ./.")
                .time("Monday", "2016-01-04", Precision.DAY)
                .build();
        Trigger killed = PassFixtures.trigger(d, 0, "killed", KILL);
        Trigger exploded =
                PassFixtures.trigger(d, 0, "exploded", PassFixtures.entry("explode|V|BOMBING|AGENT|PATIENT|-|-|0.8"));
        Draft explosion = Draft.of(exploded, List.of()).withTime(Optional.of(PassFixtures.time(d, "Monday", "syntax")));
        EventDrafts in = PassFixtures.withTriggers(d, killed, exploded)
                .withDrafts(List.of(Draft.of(killed, List.of()), explosion));
        assertEquals(
                Optional.of(PassFixtures.time(d, "Monday", "narrative")),
                PASS.apply(in).drafts().get(0).time());
    }

    @Test
    void aFutureEventDoesNotBorrowThePastTime() {
        List<Draft> out = PASS.apply(drafts(false, Modality.FUTURE)).drafts();
        assertEquals(Optional.empty(), out.get(0).time());
    }

    @Test
    @Tag("issue-12")
    void aCoarserTimeThatContainsTheStorysDayDoesNotMoveTheNarrative() {
        Document d = new DocumentBuilder()
                .sentence(
                        "Rebels/NNS seized/VBD/seize the/DT town/NN on/IN Wednesday/NNP ,/, the/DT second/JJ to/TO fall/VB this/DT month/NN ./.")
                .time("Wednesday", "2019-10-02", Precision.DAY)
                .time("this month", "2019-10", Precision.MONTH)
                .sentence("Nine/CD soldiers/NNS were/VBD killed/VBN/kill ./.")
                .build();
        Trigger seized = PassFixtures.trigger(
                d, 0, "seized", PassFixtures.entry("seize|V|SEIZE_TERRITORY|AGENT|PATIENT|-|-|0.8"));
        Trigger fall =
                PassFixtures.trigger(d, 0, "fall", PassFixtures.entry("fall|V|SEIZE_TERRITORY|-|PATIENT|-|-|0.8"));
        Trigger killed = PassFixtures.trigger(d, 1, "killed", KILL);
        EventDrafts in = PassFixtures.withTriggers(d, seized, fall, killed)
                .withDrafts(List.of(
                        Draft.of(seized, List.of()).withTime(Optional.of(PassFixtures.time(d, "Wednesday", "syntax"))),
                        Draft.of(fall, List.of()).withTime(Optional.of(PassFixtures.time(d, "this month", "syntax"))),
                        Draft.of(killed, List.of())));
        assertEquals(
                Optional.of(PassFixtures.time(d, "Wednesday", "narrative")),
                PASS.apply(in).drafts().get(2).time());
    }

    @Test
    @Tag("issue-12")
    void theEventALinkingExpressionNamesDoesNotCarryTheStory() {
        Document d = new DocumentBuilder()
                .sentence(
                        "A/DT strike/NN killed/VBD/kill three/CD on/IN Thursday/NNP ,/, a/DT day/NN after/IN Moscow/NNP quit/VBD/quit a/DT deal/NN ./.")
                .time("Thursday", "2023-07-20", Precision.DAY)
                .eventOffset("a day after", java.time.Period.ofDays(1))
                .sentence("Guards/NNS killed/VBD/kill two/CD attackers/NNS ./.")
                .build();
        Trigger strike = PassFixtures.trigger(d, 0, "killed", KILL);
        Trigger quit = PassFixtures.trigger(d, 0, "quit", PassFixtures.entry("quit|V|WITHDRAW|AGENT|-|-|-|0.8"));
        Trigger second = PassFixtures.trigger(d, 1, "killed", KILL);
        EventTime link = PassFixtures.time(d, "a day after", "relative");
        Draft quitting = Draft.of(quit, List.of())
                .withTime(Optional.of(new EventTime(
                        link.span(),
                        link.text(),
                        Optional.of(new TimeValue("2023-07-19", Precision.DAY, Optional.of("APPROX"))),
                        "relative")));
        EventDrafts in = PassFixtures.withTriggers(d, strike, quit, second)
                .withDrafts(List.of(
                        Draft.of(strike, List.of()).withTime(Optional.of(PassFixtures.time(d, "Thursday", "syntax"))),
                        quitting,
                        Draft.of(second, List.of())));
        assertEquals(
                Optional.of(PassFixtures.time(d, "Thursday", "narrative")),
                PASS.apply(in).drafts().get(2).time());
    }
}
