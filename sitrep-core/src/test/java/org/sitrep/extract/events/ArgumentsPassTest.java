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
    void anArgumentIsThePhraseAsTheArticleWordsIt() {
        TriggerEntry bomb = PassFixtures.entry("bomb|V|AIRSTRIKE|AGENT|PATIENT|-|-|0.8");
        // the possessor and its own modifiers belong to the phrase (the builder joins tokens with spaces)
        Document d = new DocumentBuilder()
                .sentence(
                        "The/DT national/JJ air/NN force/NN 's/POS jets/NNS bombed/VBD/bomb the/DT village/NN",
                        "det(force-4, The-1)",
                        "amod(force-4, national-2)",
                        "compound(force-4, air-3)",
                        "case(force-4, 's-5)",
                        "nmod:poss(jets-6, force-4)",
                        "nsubj(bombed-7, jets-6)",
                        "obj(bombed-7, village-9)",
                        "det(village-9, the-8)")
                .build();
        List<Draft> drafts = PASS.apply(PassFixtures.withTriggers(d, PassFixtures.trigger(d, 0, "bombed", bomb)))
                .drafts();
        assertEquals(List.of("AGENT:The national air force 's jets", "PATIENT:the village"), arguments(drafts.get(0)));
        // "members of" stays with the group it names: the phrase, and the group's entity
        TriggerEntry kill = PassFixtures.entry("kill|V|KILL|AGENT|PATIENT|by=AGENT|-|0.9");
        Document members = new DocumentBuilder()
                .sentence(
                        "Gunmen/NNS killed/VBD/kill two/CD members/NNS of/IN the/DT FMLN/NNP",
                        "nsubj(killed-2, Gunmen-1)",
                        "obj(killed-2, members-4)",
                        "nummod(members-4, two-3)",
                        "nmod:of(members-4, FMLN-7)",
                        "case(FMLN-7, of-5)",
                        "det(FMLN-7, the-6)")
                .name("E1", "the FMLN", EntityType.ORGANIZATION)
                .build();
        List<Draft> killed = PASS.apply(
                        PassFixtures.withTriggers(members, PassFixtures.trigger(members, 0, "killed", kill)))
                .drafts();
        assertEquals(List.of("AGENT:Gunmen", "PATIENT:two members of the FMLN=E1"), arguments(killed.get(0)));
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
