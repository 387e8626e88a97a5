package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.eval.Scorer.Metric;
import org.sitrep.model.CharSpan;
import org.sitrep.ontology.Ontology;

class ScorerTest {
    private static final KairosMapping MAPPING = KairosMapping.load(Ontology.load());
    private static final CharSpan TRIGGER = new CharSpan(10, 17);
    private static final CharSpan HEAD = new CharSpan(30, 35);

    private static Gold.Event gold(String type, CharSpan trigger, Gold.Argument... args) {
        return new Gold.Event(type, trigger, List.of(args));
    }

    private static Predicted.Trigger predicted(String type, CharSpan trigger, Predicted.Arg... args) {
        return new Predicted.Trigger(trigger, type, List.of(args));
    }

    private static Map<Metric, Counts> score(List<Gold.Event> gold, List<Predicted.Trigger> predicted) {
        Scorer scorer = new Scorer(MAPPING);
        scorer.add(gold, predicted);
        return scorer.all();
    }

    @Test
    void countsAPredictedTriggerThatOverlapsTheGoldTrigger() {
        var c = score(
                List.of(gold("Conflict.Attack.DetonateExplode", TRIGGER)),
                List.of(predicted("BOMBING", new CharSpan(14, 24))));
        assertEquals(new Counts(1, 1, 1), c.get(Metric.TRIGGER_ID));
        assertEquals(new Counts(1, 1, 1), c.get(Metric.TRIGGER_CLASS));
    }

    @Test
    void doesNotCountAdjacentSpansAsOverlapping() {
        var c = score(List.of(gold("Life.Die.Unspecified", TRIGGER)), List.of(predicted("KILL", new CharSpan(17, 20))));
        assertEquals(new Counts(0, 1, 1), c.get(Metric.TRIGGER_ID));
    }

    @Test
    void countsDuplicatePredictionsOnce() {
        var c = score(
                List.of(gold("Life.Die.Unspecified", TRIGGER)),
                List.of(predicted("KILL", TRIGGER), predicted("KILL", TRIGGER)));
        assertEquals(new Counts(1, 1, 1), c.get(Metric.TRIGGER_ID));
        assertEquals(new Counts(1, 1, 1), c.get(Metric.TRIGGER_CLASS));
    }

    @Test
    void matchesEachGoldTriggerAtMostOnce() {
        var c = score(
                List.of(gold("Life.Die.Unspecified", TRIGGER)),
                List.of(predicted("KILL", new CharSpan(10, 12)), predicted("KILL", new CharSpan(12, 17))));
        assertEquals(new Counts(1, 2, 1), c.get(Metric.TRIGGER_CLASS));
    }

    @Test
    void keepsUnmappedGoldTypesInTheGoldCountsButNotInTheMappableScope() {
        Scorer scorer = new Scorer(MAPPING);
        scorer.add(
                List.of(gold("Contact.Contact.Meet", TRIGGER), gold("Life.Die.Unspecified", new CharSpan(40, 46))),
                List.of(predicted("KILL", new CharSpan(40, 46))));
        assertEquals(new Counts(1, 1, 2), scorer.all().get(Metric.TRIGGER_CLASS));
        assertEquals(new Counts(1, 1, 1), scorer.mappable().get(Metric.TRIGGER_CLASS));
    }

    @Test
    void acceptsSpecificAttackTypesForGoldAttackButNotTheReverse() {
        assertEquals(
                new Counts(1, 1, 1),
                score(List.of(gold("Conflict.Attack.Unspecified", TRIGGER)), List.of(predicted("AIRSTRIKE", TRIGGER)))
                        .get(Metric.TRIGGER_CLASS));
        var c = score(List.of(gold("Conflict.Attack.DetonateExplode", TRIGGER)), List.of(predicted("ATTACK", TRIGGER)));
        assertEquals(new Counts(1, 1, 1), c.get(Metric.TRIGGER_ID));
        assertEquals(new Counts(0, 1, 1), c.get(Metric.TRIGGER_CLASS));
    }

    @Test
    void scoresArgumentsByHeadAndMappedRole() {
        var gold = List.of(gold(
                "Life.Die.Unspecified",
                TRIGGER,
                new Gold.Argument("Victim", HEAD),
                new Gold.Argument("Place", new CharSpan(50, 55))));
        var right = score(
                gold,
                List.of(predicted(
                        "KILL",
                        TRIGGER,
                        new Predicted.Arg("PATIENT", HEAD),
                        new Predicted.Arg(Predicted.PLACE, new CharSpan(50, 55)))));
        assertEquals(new Counts(2, 2, 2), right.get(Metric.ARG_ID));
        assertEquals(new Counts(2, 2, 2), right.get(Metric.ARG_CLASS));
        var wrongRole = score(gold, List.of(predicted("KILL", TRIGGER, new Predicted.Arg("AGENT", HEAD))));
        assertEquals(new Counts(1, 1, 2), wrongRole.get(Metric.ARG_ID));
        assertEquals(new Counts(0, 1, 2), wrongRole.get(Metric.ARG_CLASS));
    }

    @Test
    void needsTheTriggerToMatchBeforeAnArgumentCounts() {
        var gold = List.of(gold("Life.Die.Unspecified", TRIGGER, new Gold.Argument("Victim", HEAD)));
        var c = score(gold, List.of(predicted("KILL", new CharSpan(60, 66), new Predicted.Arg("PATIENT", HEAD))));
        assertEquals(new Counts(0, 1, 1), c.get(Metric.ARG_ID));
        var wrongType = score(gold, List.of(predicted("ARREST", TRIGGER, new Predicted.Arg("PATIENT", HEAD))));
        assertEquals(new Counts(1, 1, 1), wrongType.get(Metric.ARG_ID));
        assertEquals(new Counts(0, 1, 1), wrongType.get(Metric.ARG_CLASS));
    }

    @Test
    void neverCreditsAGoldRoleThatSitrepHasNoSlotFor() {
        var c = score(
                List.of(gold("Life.Die.Unspecified", TRIGGER, new Gold.Argument("MedicalIssue", HEAD))),
                List.of(predicted("KILL", TRIGGER, new Predicted.Arg("PATIENT", HEAD))));
        assertEquals(new Counts(1, 1, 1), c.get(Metric.ARG_ID));
        assertEquals(new Counts(0, 1, 1), c.get(Metric.ARG_CLASS));
    }

    @Test
    void talliesPerTypeRows() {
        Scorer scorer = new Scorer(MAPPING);
        scorer.add(
                List.of(gold("Life.Die.Unspecified", TRIGGER, new Gold.Argument("Victim", HEAD))),
                List.of(
                        predicted("KILL", TRIGGER, new Predicted.Arg("PATIENT", HEAD)),
                        predicted("ARREST", new CharSpan(70, 75))));
        assertEquals(new Scorer.TypeRow(1, 1, 1, 1), scorer.byGoldType().get("Life.Die.Unspecified"));
        assertEquals(new Scorer.TypeRow(1, 0, 0, 0), scorer.byPredictedType().get("ARREST"));
    }
}
