package org.sitrep.extract.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.lexicon.TriggerEntry;
import org.sitrep.model.Document;
import org.sitrep.model.EventTime;
import org.sitrep.model.Precision;
import org.sitrep.model.TimeValue;
import org.sitrep.testing.DocumentBuilder;

class RelativeTimePassTest {
    private static final EventPass PASS = new RelativeTimePass();
    private static final Document AFTER = new DocumentBuilder()
            .published("2016-01-07")
            .sentence(
                    "Rebels/NNS seized/VBD/seize the/DT town/NN a/DT month/NN after/IN the/DT army/NN withdrew/VBD/withdraw in/IN 2015/CD ./.")
            .eventOffset("a month after", Period.ofMonths(1))
            .time("2015", "2015", Precision.YEAR)
            .build();

    private static List<Draft> afterDrafts(Optional<EventTime> withdrawalTime) {
        Trigger seized = PassFixtures.trigger(
                AFTER, 0, "seized", PassFixtures.entry("seize|V|SEIZE_TERRITORY|AGENT|PATIENT|-|-|0.8"));
        Trigger withdrew =
                PassFixtures.trigger(AFTER, 0, "withdrew", PassFixtures.entry("withdraw|V|WITHDRAW|AGENT|-|-|-|0.8"));
        EventDrafts in = PassFixtures.withTriggers(AFTER, seized, withdrew)
                .withDrafts(List.of(
                        Draft.of(seized, List.of()),
                        Draft.of(withdrew, List.of()).withTime(withdrawalTime)));
        return PASS.apply(in).drafts();
    }

    @Test
    void theEventAMonthAfterWhichAnotherHappenedIsDatedFromIt() {
        // the seizure has no time of its own: the publication date anchors it
        EventTime withdrawal = afterDrafts(Optional.empty()).get(1).time().orElseThrow();
        assertEquals("relative", withdrawal.rule());
        assertEquals(Optional.of("a month after"), withdrawal.text());
        assertEquals(Optional.of(new TimeValue("2015-12", Precision.MONTH, Optional.of("APPROX"))), withdrawal.value());
    }

    @Test
    @Tag("issue-12")
    void anEventNamedByANounTakesTheTimeOfTheEarlierEventOfItsType() {
        Document d = new DocumentBuilder()
                .published("2021-05-18")
                .sentence("Rebels/NNS ambushed/VBD/ambush a/DT patrol/NN on/IN Monday/NNP ./.")
                .time("Monday", "2021-05-17", Precision.DAY)
                .sentence(
                        "The/DT ambush/NN came/VBD/come three/CD weeks/NNS after/IN troops/NNS captured/VBD/capture a/DT camp/NN ./.")
                .eventOffset("three weeks after", Period.ofDays(21))
                .build();
        TriggerEntry attack = PassFixtures.entry("ambush|V|ATTACK|AGENT|PATIENT|-|-|0.8");
        Trigger ambushed = PassFixtures.trigger(d, 0, "ambushed", attack);
        Trigger ambush =
                PassFixtures.trigger(d, 1, "ambush", PassFixtures.entry("ambush|N|ATTACK|AGENT|PATIENT|-|-|0.8"));
        Trigger captured = PassFixtures.trigger(
                d, 1, "captured", PassFixtures.entry("capture|V|SEIZE_TERRITORY|AGENT|PATIENT|-|-|0.8"));
        Draft first = Draft.of(ambushed, List.of()).withTime(Optional.of(PassFixtures.time(d, "Monday", "syntax")));
        EventDrafts in = PassFixtures.withTriggers(d, ambushed, ambush, captured)
                .withDrafts(List.of(first, Draft.of(ambush, List.of()), Draft.of(captured, List.of())));
        EventTime capture = PASS.apply(in).drafts().get(2).time().orElseThrow();
        assertEquals("relative", capture.rule());
        assertEquals("2021-04-26", capture.value().orElseThrow().value(), "three weeks before Monday May 17");
    }

    @Test
    void anEventWithItsOwnTimeKeepsIt() {
        EventTime own = PassFixtures.time(AFTER, "2015", "syntax");
        assertEquals(Optional.of(own), afterDrafts(Optional.of(own)).get(1).time());
    }

    @Test
    void anEventADayLaterIsDatedFromTheEventBeforeIt() {
        Document d = new DocumentBuilder()
                .sentence("Rebels/NNS seized/VBD/seize hostages/NNS on/IN 2/CD August/NNP 2014/CD ./.")
                .time("2 August 2014", "2014-08-02", Precision.DAY)
                .sentence("They/PRP released/VBD/release them/PRP two/CD days/NNS later/RB ./.")
                .eventOffset("two days later", Period.ofDays(2))
                .build();
        Trigger seized =
                PassFixtures.trigger(d, 0, "seized", PassFixtures.entry("seize|V|ABDUCT|AGENT|PATIENT|-|-|0.8"));
        Trigger released =
                PassFixtures.trigger(d, 1, "released", PassFixtures.entry("release|V|RELEASE|AGENT|PATIENT|-|-|0.7"));
        Draft seizure =
                Draft.of(seized, List.of()).withTime(Optional.of(PassFixtures.time(d, "2 August 2014", "syntax")));
        EventDrafts in = PassFixtures.withTriggers(d, seized, released)
                .withDrafts(List.of(seizure, Draft.of(released, List.of())));
        EventTime release = PASS.apply(in).drafts().get(1).time().orElseThrow();
        assertEquals("relative", release.rule());
        assertEquals("2014-08-04", release.value().orElseThrow().value());
    }

    /** Militants attacked on Thursday; {@code later} is the sentence of the event relative to that. */
    private static Document attackThen(String later) {
        return new DocumentBuilder()
                .published("2016-03-12")
                .sentence("Militants/NNS attacked/VBD/attack a/DT post/NN on/IN Thursday/NNP ./.")
                .time("Thursday", "2016-03-10", Precision.DAY)
                .sentence(later)
                .eventOffset("Two days later", Period.ofDays(2), "2016-03-12", Precision.DAY)
                .build();
    }

    private static Trigger attacked(Document d) {
        return PassFixtures.trigger(d, 0, "attacked", PassFixtures.entry("attack|V|ATTACK|AGENT|PATIENT|-|-|0.9"));
    }

    @Test
    void anEventAfterItsSentencesLaterIsDatedFromThePreviousEvent() {
        Document d = attackThen("Two/CD days/NNS later/RB they/PRP ambushed/VBD/ambush a/DT convoy/NN ./.");
        Trigger ambushed =
                PassFixtures.trigger(d, 1, "ambushed", PassFixtures.entry("ambush|V|ATTACK|AGENT|PATIENT|-|-|0.9"));
        Draft attack =
                Draft.of(attacked(d), List.of()).withTime(Optional.of(PassFixtures.time(d, "Thursday", "syntax")));
        EventDrafts in = PassFixtures.withTriggers(d, attacked(d), ambushed)
                .withDrafts(List.of(attack, Draft.of(ambushed, List.of())));
        EventTime ambush = PASS.apply(in).drafts().get(1).time().orElseThrow();
        assertEquals("relative", ambush.rule());
        assertEquals(Optional.of("Two days later"), ambush.text());
        assertEquals("2016-03-12", ambush.value().orElseThrow().value(), "Thursday and two days, not the publication");
    }

    @Test
    void theAnchorIsTheLastEventInTheTextWithATimeWhateverTheOrderOfTheDrafts() {
        Document d = attackThen("Two/CD days/NNS later/RB they/PRP ambushed/VBD/ambush a/DT convoy/NN ./.");
        Trigger ambushed =
                PassFixtures.trigger(d, 1, "ambushed", PassFixtures.entry("ambush|V|ATTACK|AGENT|PATIENT|-|-|0.9"));
        Trigger post = PassFixtures.trigger(d, 0, "post", PassFixtures.entry("post|N|DEPLOY|-|-|-|-|0.3"));
        Draft attack =
                Draft.of(attacked(d), List.of()).withTime(Optional.of(PassFixtures.time(d, "Thursday", "syntax")));
        EventDrafts in = PassFixtures.withTriggers(d, attacked(d), post, ambushed)
                .withDrafts(List.of(Draft.of(ambushed, List.of()), Draft.of(post, List.of()), attack));
        EventTime ambush = PASS.apply(in).drafts().get(0).time().orElseThrow();
        assertEquals("2016-03-12", ambush.value().orElseThrow().value(), "the untimed 'post' anchors nothing");
    }

    @Test
    void withNoEarlierTimedEventTheExpressionsOwnValueDatesTheEvent() {
        Document d = attackThen("Two/CD days/NNS later/RB they/PRP ambushed/VBD/ambush a/DT convoy/NN ./.");
        Trigger ambushed =
                PassFixtures.trigger(d, 1, "ambushed", PassFixtures.entry("ambush|V|ATTACK|AGENT|PATIENT|-|-|0.9"));
        EventDrafts in = PassFixtures.withDrafts(d, ambushed);
        EventTime ambush = PASS.apply(in).drafts().get(0).time().orElseThrow();
        assertEquals("relative", ambush.rule());
        assertEquals(Optional.of(new TimeValue("2016-03-12", Precision.DAY, Optional.empty())), ambush.value());
    }

    @Test
    void anEventNamedAfterTheLinkIsDatedFromTheOneThatFollowsIt() {
        Document d = new DocumentBuilder()
                .published("2016-01-07")
                .sentence(
                        "A/DT month/NN after/IN the/DT army/NN withdrew/VBD/withdraw ,/, rebels/NNS seized/VBD/seize the/DT town/NN in/IN May/NNP 2015/CD ./.")
                .eventOffset("A month after", Period.ofMonths(1))
                .time("May 2015", "2015-05", Precision.MONTH)
                .build();
        Trigger withdrew =
                PassFixtures.trigger(d, 0, "withdrew", PassFixtures.entry("withdraw|V|WITHDRAW|AGENT|-|-|-|0.8"));
        Trigger seized = PassFixtures.trigger(
                d, 0, "seized", PassFixtures.entry("seize|V|SEIZE_TERRITORY|AGENT|PATIENT|-|-|0.8"));
        Draft seizure = Draft.of(seized, List.of()).withTime(Optional.of(PassFixtures.time(d, "May 2015", "syntax")));
        EventDrafts in = PassFixtures.withTriggers(d, withdrew, seized)
                .withDrafts(List.of(Draft.of(withdrew, List.of()), seizure));
        EventTime withdrawal = PASS.apply(in).drafts().get(0).time().orElseThrow();
        assertEquals("relative", withdrawal.rule());
        assertEquals("2015-04", withdrawal.value().orElseThrow().value());
    }

    @Test
    void anEventWithNoTimeAMonthAfterATimedOneIsDatedFromIt() {
        Document d = new DocumentBuilder()
                .published("2016-01-07")
                .sentence(
                        "Rebels/NNS seized/VBD/seize the/DT town/NN a/DT month/NN after/IN the/DT army/NN withdrew/VBD/withdraw in/IN May/NNP 2015/CD ./.")
                .eventOffset("a month after", Period.ofMonths(1))
                .time("May 2015", "2015-05", Precision.MONTH)
                .build();
        Trigger seized = PassFixtures.trigger(
                d, 0, "seized", PassFixtures.entry("seize|V|SEIZE_TERRITORY|AGENT|PATIENT|-|-|0.8"));
        Trigger withdrew =
                PassFixtures.trigger(d, 0, "withdrew", PassFixtures.entry("withdraw|V|WITHDRAW|AGENT|-|-|-|0.8"));
        Draft withdrawal =
                Draft.of(withdrew, List.of()).withTime(Optional.of(PassFixtures.time(d, "May 2015", "syntax")));
        EventDrafts in = PassFixtures.withTriggers(d, seized, withdrew)
                .withDrafts(List.of(Draft.of(seized, List.of()), withdrawal));
        EventTime seizure = PASS.apply(in).drafts().get(0).time().orElseThrow();
        assertEquals("2015-06", seizure.value().orElseThrow().value());
    }
}
