package org.sitrep.extract.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;
import org.sitrep.model.EventTime;
import org.sitrep.model.Precision;
import org.sitrep.testing.DocumentBuilder;

class TimePassTest {
    private static final EventPass PASS = PassFixtures.passes().time();

    @Test
    void aTimeOnTheTriggerIsItsTimeAndNoOtherTriggers() {
        Document d = new DocumentBuilder()
                .sentence(
                        "Rebels/NNS overran/VBD/overrun Arsal/NNP in/IN August/NNP 2014/CD and/CC clashes/NNS/clash followed/VBD/follow",
                        "nsubj(overran-2, Rebels-1)",
                        "obj(overran-2, Arsal-3)",
                        "obl:in(overran-2, August-5)",
                        "case(August-5, in-4)",
                        "nummod(August-5, 2014-6)",
                        "conj:and(overran-2, followed-9)",
                        "nsubj(followed-9, clashes-8)")
                .time("August 2014", "2014-08", Precision.MONTH)
                .build();
        Trigger overran = PassFixtures.trigger(
                d, 0, "overran", PassFixtures.entry("overrun|V|SEIZE_TERRITORY|AGENT|PATIENT|-|-|0.9"));
        Trigger clashes = PassFixtures.trigger(d, 0, "clashes", PassFixtures.entry("clash|N|CLASH|AGENT|-|-|-|0.8"));
        List<Draft> drafts =
                PASS.apply(PassFixtures.withDrafts(d, overran, clashes)).drafts();
        assertEquals(
                Optional.of(PassFixtures.time(d, "August 2014", "syntax")),
                drafts.get(0).time());
        assertEquals(Optional.empty(), drafts.get(1).time(), "the parse gives August 2014 to the other trigger");
    }

    @Test
    void aTimeNoTriggerHoldsIsTheSentencesTime() {
        Document d = new DocumentBuilder()
                .sentence("On/IN Sunday/NNP ,/, rebels/NNS overran/VBD/overrun Arsal/NNP")
                .time("Sunday", "2016-01-03", Precision.DAY)
                .build();
        Trigger overran = PassFixtures.trigger(
                d, 0, "overran", PassFixtures.entry("overrun|V|SEIZE_TERRITORY|AGENT|PATIENT|-|-|0.9"));
        Optional<EventTime> time =
                PASS.apply(PassFixtures.withDrafts(d, overran)).drafts().get(0).time();
        assertEquals(Optional.of(PassFixtures.time(d, "Sunday", "sentence")), time);
    }

    @Test
    void aPastEventTakesNoTimeAfterThePublicationDateFromAnotherClause() {
        Document d = new DocumentBuilder()
                .published("2023-10-06")
                .sentence(
                        "Cairo/NNP condemned/VBD/condemn the/DT raid/NN and/CC said/VBD/say troops/NNS would/MD go/VB next/JJ week/NN")
                .time("next week", "2023-W42", Precision.WEEK)
                .build();
        Trigger condemned =
                PassFixtures.trigger(d, 0, "condemned", PassFixtures.entry("condemn|V|ACCUSE|AGENT|PATIENT|-|-|0.8"));
        Trigger go = PassFixtures.trigger(d, 0, "go", PassFixtures.entry("go|V|MOVE|AGENT|-|-|-|0.5"));

        List<Draft> drafts =
                PASS.apply(PassFixtures.withDrafts(d, condemned, go)).drafts();

        assertEquals(Optional.empty(), drafts.get(0).time(), "condemned by the publication date, not next week");
        assertEquals(
                Optional.of(PassFixtures.time(d, "next week", "sentence")),
                drafts.get(1).time());
    }

    @Test
    void anExpressionRelativeToAnotherEventIsLeftForLater() {
        Document d = new DocumentBuilder()
                .sentence("Rebels/NNS overran/VBD/overrun Arsal/NNP a/DT month/NN after/IN the/DT truce/NN")
                .eventOffset("a month after", Period.ofMonths(1))
                .build();
        Trigger overran = PassFixtures.trigger(
                d, 0, "overran", PassFixtures.entry("overrun|V|SEIZE_TERRITORY|AGENT|PATIENT|-|-|0.9"));
        assertEquals(
                Optional.empty(),
                PASS.apply(PassFixtures.withDrafts(d, overran)).drafts().get(0).time());
    }

    @Test
    void theDatelinesDateDatesNoEvent() {
        Document d = new DocumentBuilder()
                .published("2016-03-12")
                .sentence(
                        "BAMAKO/NNP ~,/, March/NNP 12/CD (/-LRB- ~Reuters/NNP ~)/-RRB- -/: Gunmen/NNS kidnapped/VBD/kidnap aid/NN workers/NNS ./.")
                .time("March 12", "2016-03-12", Precision.DAY)
                .build();
        Trigger kidnapped =
                PassFixtures.trigger(d, 0, "kidnapped", PassFixtures.entry("kidnap|V|ABDUCT|AGENT|PATIENT|-|-|0.9"));
        assertEquals(
                Optional.empty(),
                PASS.apply(PassFixtures.withDrafts(d, kidnapped))
                        .drafts()
                        .get(0)
                        .time(),
                "the date the story was filed, not the kidnapping's");
    }

    @Test
    void ofTwoTimesTheParseGivesATriggerTheNearestIsItsTime() {
        Document d = new DocumentBuilder()
                .published("2016-01-07")
                .sentence(
                        "Veterans/NNS launched/VBD/launch the/DT revolution/NN four/CD decades/NNS ago/RB in/IN a/DT rally/NN Saturday/NNP",
                        "nsubj(launched-2, Veterans-1)",
                        "obj(launched-2, revolution-4)",
                        "nummod(decades-6, four-5)",
                        "obl:npmod(ago-7, decades-6)",
                        "advmod(rally-10, ago-7)",
                        "obl:in(launched-2, rally-10)",
                        "case(rally-10, in-8)",
                        "obl:tmod(rally-10, Saturday-11)")
                .time("four decades ago", "1976", Precision.YEAR)
                .time("Saturday", "2016-01-02", Precision.DAY)
                .build();
        Trigger rally = PassFixtures.trigger(d, 0, "rally", PassFixtures.entry("rally|N|PROTEST|AGENT|-|-|-|0.8"));
        assertEquals(
                Optional.of(PassFixtures.time(d, "Saturday", "syntax")),
                PASS.apply(PassFixtures.withDrafts(d, rally)).drafts().get(0).time());
    }

    @Test
    void aTimeOfTheReportDoesNotDateTheEventsReported() {
        Document d = new DocumentBuilder()
                .published("2016-01-09")
                .sentence(
                        "Twelve/CD were/VBD killed/VBN/kill ,/, officials/NNS said/VBD/say as/IN dawn/NN broke/VBD/break Saturday/NNP",
                        "nsubj:pass(killed-3, Twelve-1)",
                        "aux:pass(killed-3, were-2)",
                        "ccomp(said-6, killed-3)",
                        "nsubj(said-6, officials-5)",
                        "advcl(said-6, broke-9)",
                        "mark(broke-9, as-7)",
                        "nsubj(broke-9, dawn-8)",
                        "obl:tmod(broke-9, Saturday-10)")
                .time("Saturday", "2016-01-09", Precision.DAY)
                .build();
        Trigger killed = PassFixtures.trigger(d, 0, "killed", PassFixtures.entry("kill|V|KILL|AGENT|PATIENT|-|-|0.9"));
        assertEquals(
                Optional.empty(),
                PASS.apply(PassFixtures.withDrafts(d, killed)).drafts().get(0).time(),
                "Saturday is when officials spoke");
    }
}
