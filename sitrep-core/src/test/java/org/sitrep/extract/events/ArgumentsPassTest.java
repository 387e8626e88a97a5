package org.sitrep.extract.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.lexicon.TriggerEntry;
import org.sitrep.model.Document;
import org.sitrep.model.EntityType;
import org.sitrep.model.Modality;
import org.sitrep.testing.DocumentBuilder;

class ArgumentsPassTest {
    private static final EventPass PASS = PassFixtures.passes().arguments();
    private static final TriggerEntry ATTACK =
            PassFixtures.entry("attack|V|ATTACK|AGENT|PATIENT|with=INSTRUMENT,by=AGENT|-|0.8");

    private static List<String> arguments(Draft d) {
        return d.arguments().stream()
                .map(a -> a.role() + ":" + a.text()
                        + a.entityId().map(id -> "=" + id).orElse(""))
                .toList();
    }

    @Test
    void theEntryMapsSubjectAndObjectToRoles() {
        Document d = new DocumentBuilder()
                .sentence(
                        "Gunmen/NNS attacked/VBD/attack a/DT checkpoint/NN with/IN grenades/NNS",
                        "nsubj(attacked-2, Gunmen-1)",
                        "obj(attacked-2, checkpoint-4)",
                        "det(checkpoint-4, a-3)",
                        "obl:with(attacked-2, grenades-6)",
                        "case(grenades-6, with-5)")
                .build();
        List<Draft> drafts = PASS.apply(PassFixtures.withTriggers(d, PassFixtures.trigger(d, 0, "attacked", ATTACK)))
                .drafts();
        assertEquals(1, drafts.size());
        assertEquals(List.of("AGENT:Gunmen", "PATIENT:a checkpoint", "INSTRUMENT:grenades"), arguments(drafts.get(0)));
        assertEquals("ATTACK", drafts.get(0).type());
        assertEquals(Modality.ASSERTED, drafts.get(0).modality());
        assertEquals(Optional.empty(), drafts.get(0).place());
    }

    @Test
    void inThePassiveTheSubjectIsThePatientAndTheByPhraseTheAgent() {
        Document d = new DocumentBuilder()
                .sentence(
                        "The/DT post/NN was/VBD/be attacked/VBN/attack by/IN Hezbollah/NNP",
                        "det(post-2, The-1)",
                        "nsubj:pass(attacked-4, post-2)",
                        "aux:pass(attacked-4, was-3)",
                        "obl:agent(attacked-4, Hezbollah-6)",
                        "case(Hezbollah-6, by-5)")
                .name("E1", "Hezbollah", EntityType.ORGANIZATION)
                .build();
        List<Draft> drafts = PASS.apply(PassFixtures.withTriggers(d, PassFixtures.trigger(d, 0, "attacked", ATTACK)))
                .drafts();
        assertEquals(List.of("PATIENT:The post", "AGENT:Hezbollah=E1"), arguments(drafts.get(0)));
    }

    @Test
    void aParticipleAfterACommaHasTheDoerOfTheClauseItFollows() {
        TriggerEntry kill = PassFixtures.entry("kill|V|KILL|AGENT|PATIENT|by=AGENT|-|0.9");
        // the parser hangs "killing" on the object; the killers are still the gunmen
        Document d = new DocumentBuilder()
                .sentence(
                        "Gunmen/NNS attacked/VBD/attack a/DT checkpoint/NN ,/, killing/VBG/kill six/CD officers/NNS",
                        "nsubj(attacked-2, Gunmen-1)",
                        "obj(attacked-2, checkpoint-4)",
                        "det(checkpoint-4, a-3)",
                        "punct(checkpoint-4, ,-5)",
                        "acl(checkpoint-4, killing-6)",
                        "obj(killing-6, officers-8)",
                        "nummod(officers-8, six-7)")
                .build();
        List<Draft> drafts = PASS.apply(PassFixtures.withTriggers(
                        d, PassFixtures.trigger(d, 0, "attacked", ATTACK), PassFixtures.trigger(d, 0, "killing", kill)))
                .drafts();
        assertEquals(List.of("PATIENT:six officers", "AGENT:Gunmen"), arguments(drafts.get(1)));
        // without the comma the participle describes the noun: "a checkpoint guarding the road" has no doer to lend
        Document noComma = new DocumentBuilder()
                .sentence(
                        "Gunmen/NNS attacked/VBD/attack a/DT unit/NN killing/VBG/kill civilians/NNS",
                        "nsubj(attacked-2, Gunmen-1)",
                        "obj(attacked-2, unit-4)",
                        "det(unit-4, a-3)",
                        "acl(unit-4, killing-5)",
                        "obj(killing-5, civilians-6)")
                .build();
        List<Draft> plain = PASS.apply(PassFixtures.withTriggers(
                        noComma,
                        PassFixtures.trigger(noComma, 0, "attacked", ATTACK),
                        PassFixtures.trigger(noComma, 0, "killing", kill)))
                .drafts();
        assertEquals(List.of("PATIENT:civilians"), arguments(plain.get(1)));
    }

    @Test
    void anUnparsedSentenceGivesADraftWithoutArguments() {
        Document d = new DocumentBuilder()
                .sentence("Gunmen/NNS attacked/VBD/attack a/DT checkpoint/NN")
                .build();
        List<Draft> drafts = PASS.apply(PassFixtures.withTriggers(d, PassFixtures.trigger(d, 0, "attacked", ATTACK)))
                .drafts();
        assertEquals(1, drafts.size());
        assertEquals(List.of(), drafts.get(0).arguments());
    }
}
