package org.sitrep.extract.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.lexicon.TriggerEntry;
import org.sitrep.model.Document;
import org.sitrep.model.EntityType;
import org.sitrep.model.EventPlace;
import org.sitrep.model.Role;
import org.sitrep.testing.DocumentBuilder;

class PlacePassTest {
    private static final EventPass PASS = PassFixtures.passes().place();
    private static final TriggerEntry ATTACK = PassFixtures.entry("attack|V|ATTACK|AGENT|PATIENT|-|-|0.8");

    private static Optional<EventPlace> place(EventDrafts in) {
        return PASS.apply(in).drafts().get(0).place();
    }

    @Test
    void aLocativePhraseOnTheTriggerIsThePlace() {
        Document d = new DocumentBuilder()
                .sentence(
                        "Militants/NNS attacked/VBD/attack a/DT checkpoint/NN in/IN Arsal/NNP",
                        "nsubj(attacked-2, Militants-1)",
                        "obj(attacked-2, checkpoint-4)",
                        "obl:in(attacked-2, Arsal-6)",
                        "case(Arsal-6, in-5)")
                .name("E1", "Arsal", EntityType.GPE)
                .build();
        EventDrafts in = PassFixtures.withDrafts(d, PassFixtures.trigger(d, 0, "attacked", ATTACK));
        assertEquals(Optional.of(PassFixtures.place(d, "Arsal", "syntax")), place(in));
    }

    @Test
    void thePlaceNounsNameIsThePlace() {
        Document d = new DocumentBuilder()
                .sentence(
                        "Militants/NNS overran/VBD/overrun the/DT town/NN of/IN Arsal/NNP",
                        "nsubj(overran-2, Militants-1)",
                        "obj(overran-2, town-4)",
                        "nmod:of(town-4, Arsal-6)",
                        "case(Arsal-6, of-5)")
                .name("E1", "Arsal", EntityType.GPE)
                .build();
        Trigger overran = PassFixtures.trigger(
                d, 0, "overran", PassFixtures.entry("overrun|V|SEIZE_TERRITORY|AGENT|PATIENT|-|-|0.9"));
        assertEquals(Optional.of(PassFixtures.place(d, "Arsal", "syntax")), place(PassFixtures.withDrafts(d, overran)));
    }

    @Test
    void inAnUnparsedSentenceAPlaceOfTheSentenceIsThePlace() {
        Document d = new DocumentBuilder()
                .sentence("Gunmen/NNS attacked/VBD/attack a/DT checkpoint/NN in/IN Lebanon/NNP")
                .name("E1", "Lebanon", EntityType.GPE)
                .build();
        EventDrafts in = PassFixtures.withDrafts(d, PassFixtures.trigger(d, 0, "attacked", ATTACK));
        EventPlace lebanon = place(in).orElseThrow();
        assertEquals("sentence", lebanon.rule());
        assertEquals(Optional.of("LB"), lebanon.country());
    }

    @Test
    void aPlaceInsideAParticipantIsNotWhereTheEventHappened() {
        Document d = new DocumentBuilder()
                .sentence("Syria/NNP 's/POS al-Qaeda/NNP affiliate/NN attacked/VBD/attack the/DT army/NN")
                .name("E1", "Syria", EntityType.GPE)
                .build();
        Trigger attacked = PassFixtures.trigger(d, 0, "attacked", ATTACK);
        Draft attack =
                Draft.of(attacked, List.of(PassFixtures.argument(d, Role.AGENT, "Syria 's al-Qaeda affiliate", null)));
        assertEquals(
                Optional.empty(), place(PassFixtures.withTriggers(d, attacked).withDrafts(List.of(attack))));
    }

    @Test
    void aPlaceAnotherTriggerHoldsIsThatEventsPlaceOnly() {
        Document d = new DocumentBuilder()
                .sentence(
                        "Militants/NNS attacked/VBD/attack and/CC troops/NNS clashed/VBD/clash in/IN Arsal/NNP",
                        "nsubj(attacked-2, Militants-1)",
                        "conj:and(attacked-2, clashed-5)",
                        "nsubj(clashed-5, troops-4)",
                        "obl:in(clashed-5, Arsal-7)",
                        "case(Arsal-7, in-6)")
                .name("E1", "Arsal", EntityType.GPE)
                .build();
        Trigger attacked = PassFixtures.trigger(d, 0, "attacked", ATTACK);
        Trigger clashed =
                PassFixtures.trigger(d, 0, "clashed", PassFixtures.entry("clash|V|CLASH|AGENT|-|with=AGENT|-|0.8"));
        List<Draft> drafts =
                PASS.apply(PassFixtures.withDrafts(d, attacked, clashed)).drafts();
        assertEquals(Optional.empty(), drafts.get(0).place());
        assertEquals(
                Optional.of(PassFixtures.place(d, "Arsal", "syntax")),
                drafts.get(1).place());
    }
}
