package org.sitrep.extract.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.sitrep.extract.lexicon.TriggerEntry;
import org.sitrep.model.Document;
import org.sitrep.model.Modality;
import org.sitrep.testing.DocumentBuilder;

class ModalityPassTest {
    private static final EventPass PASS = PassFixtures.passes().modality();
    private static final TriggerEntry ATTACK = PassFixtures.entry("attack|V|ATTACK|AGENT|PATIENT|-|-|0.8");

    private static Modality modality(Document d) {
        return PASS.apply(PassFixtures.withDrafts(d, PassFixtures.trigger(d, 0, "attacked", ATTACK)))
                .drafts()
                .get(0)
                .modality();
    }

    @Test
    void reportedlyMakesAnEventReported() {
        assertEquals(
                Modality.REPORTED,
                modality(new DocumentBuilder()
                        .sentence(
                                "Gunmen/NNS reportedly/RB attacked/VBD/attack the/DT base/NN",
                                "nsubj(attacked-3, Gunmen-1)",
                                "advmod(attacked-3, reportedly-2)",
                                "obj(attacked-3, base-5)")
                        .build()));
    }

    @Test
    void aDenialAboveTheTriggerNegatesIt() {
        assertEquals(
                Modality.NEGATED,
                modality(new DocumentBuilder()
                        .sentence(
                                "The/DT army/NN denied/VBD/deny that/IN it/PRP attacked/VBD/attack the/DT base/NN",
                                "nsubj(denied-3, army-2)",
                                "ccomp(denied-3, attacked-6)",
                                "mark(attacked-6, that-4)",
                                "nsubj(attacked-6, it-5)",
                                "obj(attacked-6, base-8)")
                        .build()));
    }

    @Test
    void aCueAboveATemporalClauseDoesNotReachIntoIt() {
        Document d = new DocumentBuilder()
                .sentence(
                        "Police/NNS said/VBD/say gunmen/NNS fled/VBD/flee after/IN they/PRP attacked/VBD/attack the/DT base/NN",
                        "nsubj(said-2, Police-1)",
                        "ccomp(said-2, fled-4)",
                        "nsubj(fled-4, gunmen-3)",
                        "advcl:after(fled-4, attacked-7)",
                        "mark(attacked-7, after-5)",
                        "nsubj(attacked-7, they-6)",
                        "obj(attacked-7, base-9)")
                .build();
        Trigger fled = PassFixtures.trigger(d, 0, "fled", PassFixtures.entry("flee|V|WITHDRAW|AGENT|-|-|-|0.6"));
        Trigger attacked = PassFixtures.trigger(d, 0, "attacked", ATTACK);
        var drafts = PASS.apply(PassFixtures.withDrafts(d, fled, attacked)).drafts();
        assertEquals(Modality.REPORTED, drafts.get(0).modality(), "the police said they fled");
        assertEquals(Modality.ASSERTED, drafts.get(1).modality(), "'after they attacked' is not what the police said");
    }

    @Test
    void anAttributionAfterTheClauseMakesItReported() {
        // the parser hangs the reported clause on "said" as a bare adverbial clause
        assertEquals(
                Modality.REPORTED,
                modality(new DocumentBuilder()
                        .sentence(
                                "Gunmen/NNS attacked/VBD/attack the/DT base/NN ,/, police/NNS said/VBD/say ./.",
                                "nsubj(attacked-2, Gunmen-1)",
                                "obj(attacked-2, base-4)",
                                "advcl(said-7, attacked-2)",
                                "nsubj(said-7, police-6)")
                        .build()));
        // or the attribution on the clause's verb as parataxis
        assertEquals(
                Modality.REPORTED,
                modality(new DocumentBuilder()
                        .sentence(
                                "Gunmen/NNS attacked/VBD/attack the/DT base/NN ,/, police/NNS said/VBD/say ./.",
                                "nsubj(attacked-2, Gunmen-1)",
                                "obj(attacked-2, base-4)",
                                "parataxis(attacked-2, said-7)",
                                "nsubj(said-7, police-6)")
                        .build()));
    }

    @Test
    void aClauseWithASubordinatorStaysOutsideTheAttribution() {
        assertEquals(
                Modality.ASSERTED,
                modality(new DocumentBuilder()
                        .sentence(
                                "After/IN gunmen/NNS attacked/VBD/attack the/DT base/NN ,/, police/NNS said/VBD/say more/JJR",
                                "mark(attacked-3, After-1)",
                                "nsubj(attacked-3, gunmen-2)",
                                "obj(attacked-3, base-5)",
                                "advcl(said-8, attacked-3)",
                                "nsubj(said-8, police-7)",
                                "obj(said-8, more-9)")
                        .build()));
    }

    @Test
    void withoutCuesAnEventIsAsserted() {
        assertEquals(
                Modality.ASSERTED,
                modality(new DocumentBuilder()
                        .sentence(
                                "Gunmen/NNS attacked/VBD/attack the/DT base/NN",
                                "nsubj(attacked-2, Gunmen-1)",
                                "obj(attacked-2, base-4)")
                        .build()));
    }
}
