package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sitrep.eval.ActorAgreementTest.arg;
import static org.sitrep.eval.ActorAgreementTest.event;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.model.Role;

class PetrarchScorerTest {
    private static final Map<String, String> CAMEO = Map.of("CLASH", "190", "ACCUSE", "112", "NEGOTIATE", "046");
    private static final Map<String, String> PLOVER =
            Map.of("CLASH", "ASSAULT", "ACCUSE", "ACCUSE", "NEGOTIATE", "CONSULT");
    private static final CameoToPlover TABLE =
            CameoToPlover.parse(List.of("19: ASSAULT", "11: ACCUSE", "04: CONSULT"), "t");

    private final PetrarchScorer scorer = new PetrarchScorer(
            e -> CAMEO.get(e.type()),
            e -> Optional.ofNullable(PLOVER.get(e.type())),
            Optional.of(TABLE),
            Set.of("USA", "IRQ", "RUS"));

    @Test
    void scoresRootFullCodeAndPloverType() {
        scorer.add(record(new PetrarchRecord.Coding("195", "USA", "IRQ")), List.of(event("CLASH")));
        scorer.add(record(new PetrarchRecord.Coding("112", "USA", "RUS")), List.of(event("ACCUSE")));
        scorer.add(record(new PetrarchRecord.Coding("013", "USA", "RUS")), List.of(event("NEGOTIATE")));
        assertEquals(new Counts(2, 3, 3), scorer.root());
        assertEquals(new Counts(1, 3, 3), scorer.fullCode());
        assertEquals(new Counts(2, 2, 2), scorer.plover());
        assertEquals(new Counts(2, 3, 3), scorer.rootPrecision());
    }

    @Test
    void countsEventsOnSentencesThatExpectNone() {
        scorer.add(record(), List.of(event("CLASH")));
        scorer.add(record(), List.of());
        assertEquals(new Counts(1, 2, 2), scorer.falseAlarms());
        assertEquals(0, scorer.eventRecords());
    }

    @Test
    void comparesCountriesAndTheWholeCodingWithinOneEvent() {
        Event clash = event("CLASH", arg(Role.AGENT, "USAMIL", "US", "MIL"), arg(Role.PATIENT, "IRQREB", "IQ", "REB"));
        Event accuse =
                event("ACCUSE", arg(Role.AGENT, "RUSGOV", "RU", "GOV"), arg(Role.RECIPIENT, "USAGOV", "US", "GOV"));
        scorer.add(
                record(
                        new PetrarchRecord.Coding("190", "USAGOV", "IRQ"),
                        new PetrarchRecord.Coding("112", "---GOV", "USA")),
                List.of(clash, accuse));
        scorer.add(record(new PetrarchRecord.Coding("112", "USA", "IRQ")), List.of(accuse, clash));
        assertEquals(new Counts(2, 2, 2), scorer.sourceInAnyEvent().country());
        assertEquals(new Counts(1, 2, 2), scorer.sourceInSameRootEvents().country());
        assertEquals(new Counts(2, 2, 2), scorer.targetInAnyEvent().country());
        assertEquals(new Counts(1, 2, 2), scorer.targetInSameRootEvents().country());
        assertEquals(new Counts(1, 2, 2), scorer.wholeCoding());
    }

    private static PetrarchRecord record(PetrarchRecord.Coding... codings) {
        return new PetrarchRecord("s", "TEST", Optional.empty(), "Invented sentence.", List.of(codings));
    }
}
