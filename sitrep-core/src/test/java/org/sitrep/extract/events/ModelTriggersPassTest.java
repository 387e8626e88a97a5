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

    /** The same model with its own thresholds for the attack class: a lower veto and a higher add. */
    private static final EventPasses TUNED = PassFixtures.passes(
            TriggerModel.parse(new Tsv.Source("tuned-model.tsv", MODEL + "@veto\tattack\t0.4\n@add\tattack\t0.6\n")),
            "fight|V|CLASH|AGENT|-|with=PATIENT|-|0.8",
            "bomb|N|BOMBING|AGENT|PATIENT|-|-|0.9");

    /** The model also sure that "attack" is one, and a lexicon with bombs, strikes and attacks. */
    private static final EventPasses ATTACKS = PassFixtures.passes(
            TriggerModel.parse(
                    new Tsv.Source("attack-model.tsv", MODEL + "l=attack\tattack\t8\nl=strike\tattack\t8\n")),
            "bomb|N|BOMBING|AGENT|PATIENT|-|-|0.9",
            "strike|N|AIRSTRIKE|AGENT|PATIENT|-|-|0.9",
            "attack|N|ATTACK|AGENT|PATIENT|-|-|0.8");

    private static List<String> found(Document d) {
        return found(PASSES, d);
    }

    private static List<String> found(EventPasses passes, Document d) {
        return passes.modelTriggers().apply(EventDrafts.start(d)).triggers().stream()
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
    void aClasssOwnVetoDropsWhatTheDefaultKeeps() {
        Document d = new DocumentBuilder()
                .sentence("They/PRP fought/VBD/fight on/RP ./.")
                .build();
        assertEquals(List.of(), found(TUNED, d), "NONE near 0.5 reaches the attack class's veto of 0.4");
    }

    @Test
    void aClasssOwnAddThresholdKeepsAnUnsureModelFromMakingATrigger() {
        Document d = new DocumentBuilder()
                .sentence("A/DT blast/NN rocked/VBD/rock the/DT market/NN ./.")
                .build();
        assertEquals(List.of(), found(TUNED, d), "attack at 0.52 is below the class's 0.6");
        assertEquals(false, TUNED.mayContainModelEvent(d.sentences().get(0)));
        Document bombs = new DocumentBuilder()
                .sentence("Two/CD bombs/NNS/bomb in/IN a/DT blast/NN ./.")
                .build();
        assertEquals(List.of("bombs:BOMBING"), found(TUNED, bombs), "the lexicon's own trigger needs no add");
    }

    @Test
    void aDefiniteAttackInAnArticleOfBombingsIsABombing() {
        Document d = new DocumentBuilder()
                .sentence("Two/CD bombs/NNS/bomb went/VBD/go off/RP ./.")
                .sentence("A/DT third/JJ bomb/NN failed/VBD/fail ./.")
                .sentence("The/DT deadly/JJ attack/NN shocked/VBD/shock the/DT town/NN ./.")
                .sentence("An/DT attack/NN on/IN police/NNS followed/VBD/follow ./.")
                .build();
        assertEquals(
                List.of("bombs:BOMBING", "bomb:BOMBING", "attack:BOMBING", "attack:ATTACK"),
                found(ATTACKS, d),
                "'the deadly attack' points back; 'an attack' is a new one");
    }

    @Test
    void aDefiniteAttackKeepsItsTypeWhenNoOneTypeHasMostOfTheArticlesAttacks() {
        Document d = new DocumentBuilder()
                .sentence("Two/CD bombs/NNS/bomb and/CC two/CD strikes/NNS/strike hit/VBD/hit ./.")
                .sentence("The/DT attack/NN ended/VBD/end ./.")
                .build();
        assertEquals(
                List.of("bombs:BOMBING", "strikes:AIRSTRIKE", "attack:ATTACK"),
                found(ATTACKS, d).stream().filter(t -> !t.startsWith("hit")).toList());
        Document one = new DocumentBuilder()
                .sentence("A/DT bomb/NN went/VBD/go off/RP ./.")
                .sentence("The/DT attack/NN ended/VBD/end ./.")
                .build();
        assertEquals(List.of("bomb:BOMBING", "attack:ATTACK"), found(ATTACKS, one), "one bombing is too few");
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
