package org.sitrep.extract.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.data.Tsv;
import org.sitrep.model.Document;
import org.sitrep.testing.DocumentBuilder;

class ModelTriggersPassTest {
    /**
     * NONE wins without evidence, surely; "clash" and "blast" are attacks; a "fight" is a toss-up between NONE
     * and attack; "hit" is a killing; "march" is NONE for sure, though PROTEST is no class of this model.
     */
    private static final String MODEL = """
            feature\tclass\tvalue
            @type\tNONE\t-
            @type\tOTHER\t-
            @type\tKILL\tKILL
            @type\tattack\tATTACK
            @bias\tNONE\t2
            @bias\tOTHER\t-4
            @bias\tKILL\t-4
            @bias\tattack\t-4
            l=clash\tattack\t8
            l=blast\tattack\t8
            l=bomb\tattack\t8
            l=fight\tattack\t6
            l=hit\tKILL\t8
            """;

    private static final EventPasses PASSES = PassFixtures.passes(
            TriggerModel.parse(new Tsv.Source("test-model.tsv", MODEL)),
            "clash|V|CLASH|AGENT|-|with=PATIENT|-|0.8",
            "fight|V|CLASH|AGENT|-|with=PATIENT|-|0.8",
            "bomb|N|BOMBING|AGENT|PATIENT|-|-|0.9",
            "storm|V|ATTACK|AGENT|PATIENT|-|-|0.8",
            "hit|V|ATTACK|AGENT|PATIENT|-|-|0.5",
            "march|N|PROTEST|AGENT|-|-|-|0.6");

    private static List<String> found(Document d) {
        return PASSES.modelTriggers().apply(EventDrafts.start(d)).triggers().stream()
                .map(t -> d.textOf(t.span()) + ":" + t.type())
                .toList();
    }

    @Test
    void keepsALexiconTriggerOfTheClassTheModelChooses() {
        Document d = new DocumentBuilder()
                .sentence("Rebels/NNS clashed/VBD/clash with/IN troops/NNS ./.")
                .build();
        assertEquals(List.of("clashed:CLASH"), found(d), "CLASH is in the attack class");
    }

    @Test
    void dropsALexiconTriggerTheModelIsSureReportsNoEvent() {
        Document d = new DocumentBuilder()
                .sentence("Gunmen/NNS stormed/VBD/storm the/DT base/NN ./.")
                .build();
        assertEquals(List.of(), found(d), "the model gives NONE with a probability near 1");
    }

    @Test
    void keepsALexiconTriggerWhenTheModelIsUnsure() {
        Document d = new DocumentBuilder()
                .sentence("They/PRP fought/VBD/fight on/RP ./.")
                .build();
        assertEquals(List.of("fought:CLASH"), found(d), "NONE wins the tie with a probability near 0.5");
    }

    @Test
    void leavesATypeTheModelHasNoClassForToTheLexicon() {
        Document d =
                new DocumentBuilder().sentence("The/DT march/NN ended/VBD ./.").build();
        assertEquals(List.of("march:PROTEST"), found(d));
    }

    @Test
    void retypesALexiconTriggerTheModelClassesOtherwise() {
        Document d = new DocumentBuilder()
                .sentence("A/DT shell/NN hit/VBD/hit him/PRP ./.")
                .build();
        assertEquals(List.of("hit:KILL"), found(d));
    }

    @Test
    void findsAnEventTheLexiconMissesWithTheClasssTypeOrTheLexiconsTypeInTheClass() {
        Document d = new DocumentBuilder()
                .sentence("A/DT blast/NN rocked/VBD/rock the/DT market/NN ./.")
                .build();
        assertEquals(List.of("blast:ATTACK"), found(d));
        Document bombs = new DocumentBuilder()
                .sentence("Two/CD bombs/NNS/bomb in/IN a/DT blast/NN ./.")
                .build();
        assertEquals(List.of("bombs:BOMBING", "blast:ATTACK"), found(bombs));
    }

    @Test
    void theParserSeesSentencesWhereTheModelFindsAnEvent() {
        Document d = new DocumentBuilder()
                .sentence("A/DT blast/NN rocked/VBD/rock the/DT market/NN ./.")
                .sentence("Prices/NNS rose/VBD/rise ./.")
                .build();
        assertTrue(PASSES.mayContainModelEvent(d.sentences().get(0)));
        assertEquals(false, PASSES.mayContainModelEvent(d.sentences().get(1)));
        assertEquals(false, PASSES.mayContainEvent(d.sentences().get(0)), "no lexicon word");
    }
}
