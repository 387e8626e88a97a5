package org.sitrep.extract.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;
import org.sitrep.testing.DocumentBuilder;

class TriggersPassTest {
    private static final EventPass PASS = PassFixtures.passes(
                    "attack|V|ATTACK|AGENT|PATIENT|with=INSTRUMENT|@any|0.8",
                    "strike|N|ATTACK|AGENT|PATIENT|on=PATIENT|-|0.5",
                    "air strike|N|AIRSTRIKE|AGENT|PATIENT|on=PATIENT|-|0.95",
                    "march|N|PROTEST|AGENT|-|-|-|0.6")
            .triggers();

    private static List<String> found(Document d) {
        return PASS.apply(EventDrafts.start(d)).triggers().stream()
                .map(t ->
                        d.textOf(t.span()) + ":" + t.type() + "@" + t.sentence().index())
                .toList();
    }

    @Test
    void findsTheLexiconsTriggersSentenceBySentenceInTextOrder() {
        Document d = new DocumentBuilder()
                .sentence("An/DT air/NN strike/NN hit/VBD the/DT market/NN ./.")
                .sentence("Rebels/NNS attacked/VBD/attack the/DT town/NN ./.")
                .build();
        assertEquals(
                List.of("air strike:AIRSTRIKE@0", "attacked:ATTACK@1"),
                found(d),
                "the longest entry wins over 'strike'");
    }

    @Test
    void aMonthIsNoMarch() {
        Document d = new DocumentBuilder()
                .sentence("Thousands/NNS joined/VBD/join the/DT march/NN in/IN March/NNP ./.")
                .build();
        assertEquals(List.of("march:PROTEST@0"), found(d));
    }

    @Test
    void anEntryThatNeedsAnObjectDoesNotFireOnAParseWithoutOne() {
        Document withObject = new DocumentBuilder()
                .sentence(
                        "Gunmen/NNS attacked/VBD/attack a/DT checkpoint/NN",
                        "nsubj(attacked-2, Gunmen-1)",
                        "obj(attacked-2, checkpoint-4)")
                .build();
        Document without = new DocumentBuilder()
                .sentence(
                        "The/DT team/NN attacked/VBD/attack well/RB",
                        "nsubj(attacked-3, team-2)",
                        "advmod(attacked-3, well-4)")
                .build();
        assertEquals(List.of("attacked:ATTACK@0"), found(withObject));
        assertEquals(List.of(), found(without));
    }

    @Test
    void replacesTheCandidatesThereWere() {
        Document d =
                new DocumentBuilder().sentence("Nothing/NN happened/VBD/happen").build();
        Trigger stale = PassFixtures.trigger(d, 0, "happened", PassFixtures.entry("happen|V|ATTACK|AGENT|-|-|-|0.1"));
        assertEquals(List.of(), PASS.apply(PassFixtures.withTriggers(d, stale)).triggers());
    }
}
