package org.sitrep.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.data.Tsv;
import org.sitrep.extract.events.TriggerClasses;
import org.sitrep.extract.events.TriggerModel;
import org.sitrep.ontology.Ontology;

class TriggerThresholdsTest {
    /** "l=maybe" makes NONE about 0.88 against KILL; "l=dead" makes KILL sure. */
    private static final TriggerModel MODEL = TriggerModel.parse(new Tsv.Source("m.tsv", """
            feature\tclass\tvalue
            @type\tNONE\t-
            @type\tOTHER\t-
            @type\tKILL\tKILL
            @bias\tNONE\t2
            @bias\tOTHER\t-6
            @bias\tKILL\t-6
            l=maybe\tKILL\t4
            l=dead\tKILL\t12
            """));

    private static final TriggerClasses CLASSES = TriggerClasses.of(Ontology.load());

    private static List<TriggerExamples.Example> examples(String feature, String lexicon, String label, int n) {
        List<TriggerExamples.Example> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(new TriggerExamples.Example(List.of(feature), label, Optional.ofNullable(lexicon)));
        }
        return list;
    }

    @Test
    void keepsTheDefaultVetoWhenTheTriggersItDropsAreMostlyWrong() {
        List<TriggerExamples.Example> dev = new ArrayList<>();
        dev.addAll(examples("l=dead", null, "KILL", 10));
        dev.addAll(examples("l=maybe", "KILL", "NONE", 8)); // NONE at 0.88: dropped by the default 0.8
        dev.addAll(examples("l=maybe", "KILL", "KILL", 2));
        TriggerThresholds.Tuned tuned = TriggerThresholds.tune(MODEL, dev, CLASSES);
        assertEquals(TriggerModel.DEFAULT_VETO, tuned.model().vetoAt("KILL"));
        assertEquals(
                Optional.empty(),
                TriggerThresholds.predicted("KILL", MODEL.classify(List.of("l=maybe")), tuned.model()));
        assertEquals(10, tuned.scores().correct());
        assertEquals(10, tuned.scores().predicted());
    }

    @Test
    void raisesTheVetoWhenTheTriggersItDropsAreRight() {
        List<TriggerExamples.Example> dev = new ArrayList<>();
        dev.addAll(examples("l=dead", null, "KILL", 10));
        dev.addAll(examples("l=maybe", "KILL", "KILL", 8));
        TriggerThresholds.Tuned tuned = TriggerThresholds.tune(MODEL, dev, CLASSES);
        assertEquals(0.9, tuned.model().vetoAt("KILL"), 1e-9, "NONE at 0.88 no longer drops them");
        assertEquals(18, tuned.scores().correct());
    }

    @Test
    void keepsTheDefaultsForAClassWithTooFewDevTokens() {
        List<TriggerExamples.Example> dev = examples("l=maybe", "KILL", "NONE", 30);
        dev = new ArrayList<>(dev);
        dev.addAll(examples("l=dead", null, "KILL", TriggerThresholds.MIN_DEV_TOKENS - 1));
        TriggerModel tuned = TriggerThresholds.tune(MODEL, dev, CLASSES).model();
        assertEquals(TriggerModel.DEFAULT_VETO, tuned.vetoAt("KILL"));
        assertEquals(TriggerModel.DEFAULT_ADD, tuned.addAt("KILL"));
    }

    @Test
    void predictsAsThePassDecides() {
        TriggerModel.Decision unsureNone = MODEL.classify(List.of("l=maybe"));
        assertEquals(TriggerModel.NONE, unsureNone.cls());
        assertEquals(Optional.empty(), TriggerThresholds.predicted("KILL", unsureNone, MODEL), "dropped at NONE 0.88");
        assertEquals(
                Optional.of("KILL"),
                TriggerThresholds.predicted(
                        "KILL", unsureNone, MODEL.withThresholds(java.util.Map.of("KILL", 0.9), java.util.Map.of())),
                "kept below a veto of 0.9");
        assertEquals(Optional.empty(), TriggerThresholds.predicted(null, unsureNone, MODEL));
        TriggerModel.Decision sure = MODEL.classify(List.of("l=dead"));
        assertEquals(Optional.of("KILL"), TriggerThresholds.predicted(null, sure, MODEL), "the model's own trigger");
        TriggerModel strict = MODEL.withThresholds(java.util.Map.of(), java.util.Map.of("KILL", 1.01));
        assertEquals(Optional.empty(), TriggerThresholds.predicted(null, sure, strict), "1.01: never");
    }
}
