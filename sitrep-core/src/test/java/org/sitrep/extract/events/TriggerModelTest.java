package org.sitrep.extract.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.data.Tsv;

class TriggerModelTest {
    /** NONE wins without evidence; "l=kill" makes KILL win; "l=bomb" the attack class. */
    static final String MODEL = """
            feature\tclass\tvalue
            @type\tNONE\t-
            @type\tOTHER\t-
            @type\tKILL\tKILL
            @type\tattack\tATTACK
            @bias\tNONE\t1
            @bias\tOTHER\t-3
            @bias\tKILL\t-3
            @bias\tattack\t-3
            l=kill\tNONE\t-2
            l=kill\tKILL\t5
            l=bomb\tattack\t5.5
            """;

    static TriggerModel model() {
        return TriggerModel.parse(new Tsv.Source("test-model.tsv", MODEL));
    }

    @Test
    void choosesTheClassWithTheHighestScore() {
        assertEquals("KILL", model().classify(List.of("l=kill", "p=VBD")).cls());
        assertEquals("attack", model().classify(List.of("l=bomb")).cls());
        assertEquals(TriggerModel.NONE, model().classify(List.of("l=market")).cls());
    }

    @Test
    void givesLiblinearsNormalisedOneVsRestProbability() {
        double none = sigmoid(1);
        double others = 3 * sigmoid(-3);
        assertEquals(none / (none + others), model().classify(List.of()).probability(), 1e-9);
        TriggerModel.Decision kill = model().classify(List.of("l=kill"));
        double k = sigmoid(2);
        assertEquals(k / (k + sigmoid(-1) + 2 * sigmoid(-3)), kill.probability(), 1e-9);
        assertTrue(kill.isEvent());
    }

    private static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    @Test
    void namesEachClasssType() {
        assertEquals(Optional.of("ATTACK"), model().typeOf("attack"));
        assertEquals(Optional.empty(), model().typeOf(TriggerModel.NONE));
        assertEquals(List.of("NONE", "OTHER", "KILL", "attack"), model().classes());
    }

    @Test
    void formatsWhatItParses() {
        TriggerModel m = model();
        TriggerModel again = TriggerModel.parse(new Tsv.Source("again.tsv", m.format()));
        assertEquals(m.format(), again.format());
        assertEquals(2, again.featureCount());
        assertEquals(m.classify(List.of("l=kill")), again.classify(List.of("l=kill")));
    }

    @Test
    void readsEachClasssThresholdsAndKeepsTheDefaultsForTheOthers() {
        TriggerModel m = TriggerModel.parse(new Tsv.Source("m.tsv", MODEL + "@veto\tKILL\t0.6\n@add\tattack\t0.7\n"));
        assertEquals(0.6, m.vetoAt("KILL"), 1e-6);
        assertEquals(TriggerModel.DEFAULT_VETO, m.vetoAt("attack"));
        assertEquals(0.7, m.addAt("attack"), 1e-6);
        assertEquals(TriggerModel.DEFAULT_ADD, m.addAt("KILL"));
        TriggerModel again = TriggerModel.parse(new Tsv.Source("again.tsv", m.format()));
        assertEquals(m.format(), again.format());
        assertTrue(m.format().contains("@veto\tKILL\t0.6\n"), m.format());
        assertEquals(0.6, m.withBiasShift(TriggerModel.NONE, -1).vetoAt("KILL"), 1e-6, "a shift keeps thresholds");
        assertEquals(
                TriggerModel.DEFAULT_VETO, m.withThresholds(Map.of(), Map.of()).vetoAt("KILL"));
    }

    @Test
    void rejectsAThresholdForNoneOrOneThatIsNoProbability() {
        IllegalArgumentException none = assertThrows(
                IllegalArgumentException.class,
                () -> TriggerModel.parse(new Tsv.Source("m.tsv", MODEL + "@veto\tNONE\t0.6\n")));
        assertTrue(none.getMessage().startsWith("m.tsv: veto threshold for 'NONE'"), none.getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () -> TriggerModel.parse(new Tsv.Source("m.tsv", MODEL + "@add\tKILL\t2\n")));
    }

    @Test
    void aLowerNoneBiasFindsMoreEvents() {
        TriggerModel m = model();
        assertEquals("attack", m.classify(List.of("l=bomb")).cls());
        assertEquals(
                TriggerModel.NONE,
                m.withBiasShift("attack", -2).classify(List.of("l=bomb")).cls());
        assertEquals(
                "KILL",
                m.withBiasShift(TriggerModel.NONE, -5)
                        .classify(List.of("l=kill"))
                        .cls());
    }

    @Test
    void rejectsAFileThatNamesAnUnknownClassOrABadWeight() {
        IllegalArgumentException unknown = assertThrows(
                IllegalArgumentException.class,
                () -> TriggerModel.parse(new Tsv.Source("m.tsv", MODEL + "l=x\tKIL\t1\n")));
        assertTrue(unknown.getMessage().contains("unknown class 'KIL'"), unknown.getMessage());
        IllegalArgumentException weight = assertThrows(
                IllegalArgumentException.class,
                () -> TriggerModel.parse(new Tsv.Source("m.tsv", MODEL + "l=x\tKILL\tten\n")));
        assertTrue(weight.getMessage().contains("'ten' is not a number"), weight.getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () -> TriggerModel.parse(new Tsv.Source("m.tsv", "feature\tclass\tvalue\n@type\tKILL\tKILL\n")));
    }
}
