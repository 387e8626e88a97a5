package org.sitrep.extract.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.lexicon.TriggerEntry;
import org.sitrep.model.Document;
import org.sitrep.model.EntityType;
import org.sitrep.model.Precision;
import org.sitrep.testing.DocumentBuilder;

class ConjunctsPassTest {
    private static final EventPass PASS = new ConjunctsPass();
    private static final TriggerEntry OVERRUN = PassFixtures.entry("overrun|V|SEIZE_TERRITORY|AGENT|PATIENT|-|-|0.9");
    private static final TriggerEntry SHELL = PassFixtures.entry("shell|V|SHELLING|AGENT|PATIENT|-|-|0.9");

    private static Document doc(String... arcs) {
        return new DocumentBuilder()
                .sentence(
                        "Rebels/NNS overran/VBD/overrun Arsal/NNP in/IN August/NNP and/CC shelled/VBD/shell Qusayr/NNP",
                        arcs)
                .name("E1", "Arsal", EntityType.GPE)
                .time("August", "2014-08", Precision.MONTH)
                .build();
    }

    /** The second draft after the pass, when the first has Arsal and August under {@code rule}. */
    private static Draft shelling(Document d, String rule) {
        Draft overran = Draft.of(PassFixtures.trigger(d, 0, "overran", OVERRUN), List.of())
                .withPlace(Optional.of(PassFixtures.place(d, "Arsal", rule)))
                .withTime(Optional.of(PassFixtures.time(d, "August", rule)));
        Trigger shelled = PassFixtures.trigger(d, 0, "shelled", SHELL);
        EventDrafts in = PassFixtures.withTriggers(d, overran.trigger(), shelled)
                .withDrafts(List.of(overran, Draft.of(shelled, List.of())));
        return PASS.apply(in).drafts().get(1);
    }

    @Test
    void conjoinedEventsShareTheTimeAndPlaceTheParseGaveOne() {
        Document d = doc("nsubj(overran-2, Rebels-1)", "conj:and(overran-2, shelled-7)");
        Draft shelled = shelling(d, "syntax");
        assertEquals(Optional.of(PassFixtures.place(d, "Arsal", "conjunct")), shelled.place());
        assertEquals(Optional.of(PassFixtures.time(d, "August", "conjunct")), shelled.time());
    }

    @Test
    void aPlaceTheSentenceMerelyNamesIsNotShared() {
        Draft shelled = shelling(doc("nsubj(overran-2, Rebels-1)", "conj:and(overran-2, shelled-7)"), "sentence");
        assertEquals(Optional.empty(), shelled.place());
        assertEquals(Optional.empty(), shelled.time());
    }

    @Test
    void eventsThatAreNotConjoinedShareNothing() {
        Draft shelled = shelling(doc("nsubj(overran-2, Rebels-1)", "parataxis(overran-2, shelled-7)"), "syntax");
        assertEquals(Optional.empty(), shelled.place());
        assertEquals(Optional.empty(), shelled.time());
    }

    /** "A bomb exploded on a street in Lyon, wounding 13" ("after wounding" with {@code mark}). */
    private static Draft wounding(String... extraArcs) {
        List<String> arcs = new java.util.ArrayList<>(List.of(
                "nsubj(exploded-3, bomb-2)",
                "obl:in(exploded-3, Lyon-5)",
                "case(Lyon-5, in-4)",
                "advcl(exploded-3, wounding-7)",
                "obj(wounding-7, 13-8)"));
        arcs.addAll(List.of(extraArcs));
        Document d = new DocumentBuilder()
                .sentence(
                        "A/DT bomb/NN exploded/VBD/explode in/IN Lyon/NNP after/IN wounding/VBG/wound 13/CD",
                        arcs.toArray(String[]::new))
                .name("E1", "Lyon", EntityType.GPE)
                .build();
        Draft exploded = Draft.of(
                        PassFixtures.trigger(
                                d, 0, "exploded", PassFixtures.entry("explode|V|BOMBING|-|PATIENT|-|-|0.8")),
                        List.of())
                .withPlace(Optional.of(PassFixtures.place(d, "Lyon", "syntax")));
        Trigger wounded =
                PassFixtures.trigger(d, 0, "wounding", PassFixtures.entry("wound|V|INJURE|AGENT|PATIENT|-|-|0.9"));
        EventDrafts in = PassFixtures.withTriggers(d, exploded.trigger(), wounded)
                .withDrafts(List.of(exploded, Draft.of(wounded, List.of())));
        return PASS.apply(in).drafts().get(1);
    }

    @Test
    void aParticipleClauseOfTheOutcomeSharesThePlace() {
        assertEquals("Lyon", wounding().place().orElseThrow().name());
        assertEquals("conjunct", wounding().place().orElseThrow().rule());
    }

    @Test
    void aParticipleClauseAfterAConjunctionIsAnotherScene() {
        assertEquals(Optional.empty(), wounding("mark(wounding-7, after-6)").place());
    }
}
