package org.sitrep.extract.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.CharSpan;
import org.sitrep.model.Document;
import org.sitrep.model.Role;
import org.sitrep.testing.DocumentBuilder;

class GivenTriggersPassTest {
    private static final EventPasses PASSES =
            PassFixtures.passes("attack|V|ATTACK|AGENT|PATIENT|with=INSTRUMENT|@any|0.8");
    private static final Document DOC = new DocumentBuilder()
            .sentence("Gunmen/NNS attacked/VBD/attack a/DT checkpoint/NN ./.")
            .sentence("They/PRP stormed/VBD/storm the/DT air/NN base/NN ./.")
            .build();

    private static List<Trigger> given(List<GivenTrigger> triggers) {
        return PASSES.givenTriggers(d -> triggers).apply(EventDrafts.start(DOC)).triggers();
    }

    @Test
    void aGivenTriggerTakesItsLexiconEntryOfTheGivenType() {
        Trigger t = given(List.of(new GivenTrigger(PassFixtures.span(DOC, "attacked"), "ATTACK")))
                .get(0);
        assertEquals("attacked", DOC.textOf(t.span()));
        assertEquals(0.8, t.entry().weight());
        assertEquals(List.of("attack"), t.entry().lemmas());
    }

    @Test
    void aWordTheLexiconLacksTakesAGenericEntryOfTheGivenType() {
        Trigger t = given(List.of(new GivenTrigger(PassFixtures.span(DOC, "stormed"), "SEIZE_TERRITORY")))
                .get(0);
        assertEquals("SEIZE_TERRITORY", t.type());
        assertEquals(0.5, t.entry().weight());
        assertEquals(Role.AGENT, t.entry().subject().orElseThrow());
        assertEquals(Role.PATIENT, t.entry().object().orElseThrow());
    }

    @Test
    void theHeadOfAGivenPhraseIsItsLastNounOrVerb() {
        Trigger t = given(List.of(new GivenTrigger(PassFixtures.span(DOC, "air base"), "ATTACK")))
                .get(0);
        assertEquals("air base", DOC.textOf(t.span()));
        assertEquals("base", t.sentence().tokens().get(t.head()).text());
    }

    @Test
    void keepsTheGivenOrderAndSkipsSpansOutsideEverySentence() {
        List<Trigger> triggers = given(List.of(
                new GivenTrigger(PassFixtures.span(DOC, "stormed"), "ATTACK"),
                new GivenTrigger(
                        new CharSpan(DOC.text().length() + 5, DOC.text().length() + 9), "ATTACK"),
                new GivenTrigger(PassFixtures.span(DOC, "attacked"), "ATTACK")));
        assertEquals(
                List.of("stormed", "attacked"),
                triggers.stream().map(t -> DOC.textOf(t.span())).toList());
    }
}
