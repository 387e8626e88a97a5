package org.sitrep.extract.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;
import org.sitrep.model.EntityType;
import org.sitrep.model.Precision;
import org.sitrep.testing.DocumentBuilder;

class DuringPassTest {
    private static final EventPass PASS = PassFixtures.passes().during();

    /** An attack on Arsal on Sunday, then {@code between} sentences without events, then an abduction "during the raid". */
    private static EventDrafts drafts(int between) {
        DocumentBuilder b = new DocumentBuilder()
                .sentence("Militants/NNS attacked/VBD/attack Arsal/NNP on/IN Sunday/NNP ./.")
                .name("E1", "Arsal", EntityType.GPE)
                .time("Sunday", "2016-01-03", Precision.DAY);
        for (int i = 0; i < between; i++) {
            b.sentence("Nothing/NN more/RBR ./.");
        }
        Document d = b.sentence(
                        "They/PRP abducted/VBD/abduct officers/NNS during/IN the/DT raid/NN ./.",
                        "nsubj(abducted-2, They-1)",
                        "obj(abducted-2, officers-3)",
                        "obl:during(abducted-2, raid-6)",
                        "case(raid-6, during-4)",
                        "det(raid-6, the-5)")
                .build();
        int last = d.sentences().size() - 1;
        Trigger attacked =
                PassFixtures.trigger(d, 0, "attacked", PassFixtures.entry("attack|V|ATTACK|AGENT|PATIENT|-|-|0.8"));
        Trigger abducted =
                PassFixtures.trigger(d, last, "abducted", PassFixtures.entry("abduct|V|ABDUCT|AGENT|PATIENT|-|-|0.9"));
        Trigger raid = PassFixtures.trigger(
                d, last, "raid", PassFixtures.entry("raid|N|ATTACK|AGENT|PATIENT|on=PATIENT|-|0.8"));
        Draft attack = Draft.of(attacked, List.of())
                .withPlace(Optional.of(PassFixtures.place(d, "Arsal", "syntax")))
                .withTime(Optional.of(PassFixtures.time(d, "Sunday", "syntax")));
        return PassFixtures.withTriggers(d, attacked, abducted, raid)
                .withDrafts(List.of(attack, Draft.of(abducted, List.of()), Draft.of(raid, List.of())));
    }

    @Test
    void theRaidIsTheEarlierAttackAndLendsItsTimeAndPlace() {
        EventDrafts in = drafts(1);
        List<Draft> out = PASS.apply(in).drafts();
        Document d = in.document();
        assertEquals(
                List.of("attacked", "abducted"),
                out.stream().map(x -> d.textOf(x.trigger().span())).toList());
        assertEquals(
                Optional.of(PassFixtures.place(d, "Arsal", "during")),
                out.get(1).place());
        assertEquals(
                Optional.of(PassFixtures.time(d, "Sunday", "during")),
                out.get(1).time());
    }

    @Test
    void anAttackMoreThanTwoSentencesBackIsNotTheRaid() {
        EventDrafts in = drafts(2);
        List<Draft> out = PASS.apply(in).drafts();
        assertEquals(3, out.size());
        assertEquals(Optional.empty(), out.get(1).place());
        assertEquals(Optional.empty(), out.get(1).time());
    }
}
