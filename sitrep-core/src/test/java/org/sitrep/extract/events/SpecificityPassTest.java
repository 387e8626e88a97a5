package org.sitrep.extract.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.lexicon.TriggerEntry;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.Specificity;
import org.sitrep.testing.DocumentBuilder;

class SpecificityPassTest {
    private static final EventPasses PASSES = PassFixtures.passes("raid|V|ATTACK|AGENT|PATIENT|-|-|0.8");
    private static final EventPass PASS = PASSES.specificity();
    private static final TriggerEntry KILL = PassFixtures.entry("kill|V|KILL|AGENT|PATIENT|-|-|0.8");
    private static final TriggerEntry ATTACK = PassFixtures.entry("attack|V|ATTACK|AGENT|PATIENT|-|-|0.8");
    private static final TriggerEntry FIGHTING = PassFixtures.entry("fighting|N|CLASH|-|-|-|-|0.8");
    private static final TriggerEntry DETAIN = PassFixtures.entry("detain|V|ARREST|AGENT|PATIENT|-|-|0.8");

    /** "The group has often raided villages." */
    private static final Document OFTEN_RAIDED = new DocumentBuilder()
            .sentence(
                    "The/DT group/NN has/VBZ/have often/RB raided/VBN/raid villages/NNS ./.",
                    "det(group-2, The-1)",
                    "nsubj(raided-5, group-2)",
                    "aux(raided-5, has-3)",
                    "advmod(raided-5, often-4)",
                    "obj(raided-5, villages-6)")
            .build();

    private static Specificity specificity(Document d, String word, TriggerEntry entry) {
        return PASS.apply(PassFixtures.withDrafts(d, PassFixtures.trigger(d, 0, word, entry)))
                .drafts()
                .get(0)
                .specificity();
    }

    @Test
    void manyVictimsSinceAYearAreASumNotAnEvent() {
        Document d = new DocumentBuilder()
                .sentence(
                        "The/DT insurgency/NN has/VBZ/have killed/VBN/kill thousands/NNS since/IN 2017/CD ./.",
                        "det(insurgency-2, The-1)",
                        "nsubj(killed-4, insurgency-2)",
                        "aux(killed-4, has-3)",
                        "obj(killed-4, thousands-5)",
                        "case(2017-7, since-6)",
                        "obl:since(killed-4, 2017-7)")
                .build();
        assertEquals(Specificity.GENERIC, specificity(d, "killed", KILL));
    }

    @Test
    void onePersonHeldSinceAYearIsSpecific() {
        Document d = new DocumentBuilder()
                .sentence(
                        "He/PRP has/VBZ/have been/VBN/be detained/VBN/detain since/IN 2017/CD ./.",
                        "nsubj:pass(detained-4, He-1)",
                        "aux(detained-4, has-2)",
                        "aux:pass(detained-4, been-3)",
                        "case(2017-6, since-5)",
                        "obl:since(detained-4, 2017-6)")
                .build();
        assertEquals(Specificity.SPECIFIC, specificity(d, "detained", DETAIN));
    }

    @Test
    void aFrequencyAdverbMakesAnEventHabitual() {
        assertEquals(Specificity.HABITUAL, specificity(OFTEN_RAIDED, "raided", ATTACK));
    }

    @Test
    void usedToMakesAnEventHabitual() {
        Document d = new DocumentBuilder()
                .sentence(
                        "Rebels/NNS used/VBD/use to/TO attack/VB/attack convoys/NNS ./.",
                        "nsubj(used-2, Rebels-1)",
                        "xcomp(used-2, attack-4)",
                        "mark(attack-4, to-3)",
                        "obj(attack-4, convoys-5)")
                .build();
        assertEquals(Specificity.HABITUAL, specificity(d, "attack", ATTACK));
    }

    @Test
    void usingSomethingToActIsOneOccurrence() {
        Document d = new DocumentBuilder()
                .sentence(
                        "Police/NNS used/VBD/use gas/NN to/TO attack/VB/attack protesters/NNS ./.",
                        "nsubj(used-2, Police-1)",
                        "obj(used-2, gas-3)",
                        "xcomp(used-2, attack-5)",
                        "mark(attack-5, to-4)",
                        "obj(attack-5, protesters-6)")
                .build();
        assertEquals(Specificity.SPECIFIC, specificity(d, "attack", ATTACK));
    }

    @Test
    void everyWeekMakesAnEventHabitual() {
        Document d = new DocumentBuilder()
                .sentence(
                        "Militants/NNS attack/VBP/attack the/DT road/NN every/DT week/NN ./.",
                        "nsubj(attack-2, Militants-1)",
                        "obj(attack-2, road-4)",
                        "det(week-6, every-5)",
                        "obl:tmod(attack-2, week-6)")
                .build();
        assertEquals(Specificity.HABITUAL, specificity(d, "attack", ATTACK));
    }

    @Test
    void aConditionMakesAnEventHypothetical() {
        Document d = new DocumentBuilder()
                .sentence(
                        "Aid/NN will/MD stop/VB if/IN fighting/NN resumes/VBZ/resume ./.",
                        "nsubj(stop-3, Aid-1)",
                        "aux(stop-3, will-2)",
                        "advcl:if(stop-3, resumes-6)",
                        "mark(resumes-6, if-4)",
                        "nsubj(resumes-6, fighting-5)")
                .build();
        assertEquals(Specificity.HYPOTHETICAL, specificity(d, "fighting", FIGHTING));
    }

    @Test
    void ifThatAsksAQuestionIsNoCondition() {
        Document d = new DocumentBuilder()
                .sentence(
                        "Reporters/NNS asked/VBD/ask if/IN the/DT army/NN attacked/VBD/attack the/DT town/NN ./.",
                        "nsubj(asked-2, Reporters-1)",
                        "ccomp(asked-2, attacked-6)",
                        "mark(attacked-6, if-3)",
                        "det(army-5, the-4)",
                        "nsubj(attacked-6, army-5)",
                        "det(town-8, the-7)",
                        "obj(attacked-6, town-8)")
                .build();
        assertEquals(Specificity.SPECIFIC, specificity(d, "attacked", ATTACK));
    }

    @Test
    void anyBeforeANominalTriggerMakesItGeneric() {
        Document d = new DocumentBuilder()
                .sentence(
                        "The/DT army/NN will/MD answer/VB any/DT attack/NN ./.",
                        "nsubj(answer-4, army-2)",
                        "aux(answer-4, will-3)",
                        "det(attack-6, any-5)",
                        "obj(answer-4, attack-6)")
                .build();
        assertEquals(Specificity.GENERIC, specificity(d, "attack", ATTACK));
    }

    @Test
    void aReportOfOneOccurrenceIsSpecific() {
        Document d = new DocumentBuilder()
                .sentence(
                        "Gunmen/NNS killed/VBD/kill four/CD soldiers/NNS on/IN Monday/NNP ./.",
                        "nsubj(killed-2, Gunmen-1)",
                        "nummod(soldiers-4, four-3)",
                        "obj(killed-2, soldiers-4)",
                        "case(Monday-6, on-5)",
                        "obl:on(killed-2, Monday-6)")
                .build();
        assertEquals(Specificity.SPECIFIC, specificity(d, "killed", KILL));
    }

    @Test
    void anUnparsedSentenceIsReadForFrequencyWordsBeforeTheTrigger() {
        Document d = new DocumentBuilder()
                .sentence("Rebels/NNS often/RB attack/VBP/attack convoys/NNS ./.")
                .build();
        assertEquals(Specificity.HABITUAL, specificity(d, "attack", ATTACK));
    }

    @Test
    void genericEventsAreLeftOutUnlessKept() {
        Document d = OFTEN_RAIDED;
        List<EventPass> passes = List.of(PASSES.triggers(), PASSES.arguments(), PASS);
        assertEquals(List.of(), new EventStage(passes).apply(d).events());
        List<Event> kept = new EventStage(passes, true).apply(d).events();
        assertEquals(1, kept.size());
        assertEquals(Specificity.HABITUAL, kept.get(0).specificity());
    }
}
