package org.sitrep.extract.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.lexicon.TriggerEntry;
import org.sitrep.model.Document;
import org.sitrep.testing.DocumentBuilder;

class HazardVerbsPassTest {
    private static final EventPass PASS = PassFixtures.passes().hazardVerbs();
    private static final TriggerEntry STRIKE = PassFixtures.entry("strike|V|ATTACK|AGENT|PATIENT|-|-|0.6");
    private static final TriggerEntry EARTHQUAKE =
            PassFixtures.entry("earthquake|N|NATURAL_DISASTER|-|PATIENT|-|-|0.95");

    private static List<String> kept(EventDrafts drafts) {
        Document d = drafts.document();
        return PASS.apply(drafts).triggers().stream()
                .map(t -> d.textOf(t.span()))
                .toList();
    }

    @Test
    void whatAHazardDoesIsNoAttack() {
        Document d = new DocumentBuilder()
                .sentence(
                        "An/DT earthquake/NN struck/VBD/strike the/DT region/NN",
                        "det(earthquake-2, An-1)",
                        "nsubj(struck-3, earthquake-2)",
                        "obj(struck-3, region-5)")
                .build();
        Trigger earthquake = PassFixtures.trigger(d, 0, "earthquake", EARTHQUAKE);
        Trigger struck = PassFixtures.trigger(d, 0, "struck", STRIKE);
        assertEquals(List.of("earthquake"), kept(PassFixtures.withTriggers(d, earthquake, struck)));
    }

    @Test
    void anAttackAfterAHazardStaysAnAttack() {
        Document d = new DocumentBuilder()
                .sentence(
                        "Gunmen/NNS struck/VBD/strike after/IN the/DT earthquake/NN",
                        "nsubj(struck-2, Gunmen-1)",
                        "obl:after(struck-2, earthquake-5)")
                .build();
        Trigger struck = PassFixtures.trigger(d, 0, "struck", STRIKE);
        Trigger earthquake = PassFixtures.trigger(d, 0, "earthquake", EARTHQUAKE);
        assertEquals(List.of("struck", "earthquake"), kept(PassFixtures.withTriggers(d, struck, earthquake)));
    }
}
