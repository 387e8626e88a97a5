package org.sitrep.extract.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;
import org.sitrep.model.EntityType;
import org.sitrep.model.Role;
import org.sitrep.testing.DocumentBuilder;

class EventArgumentsPassTest {
    private static final EventPass PASS = PassFixtures.passes().eventArguments();

    private static List<String> arguments(Draft d) {
        return d.arguments().stream().map(a -> a.role() + ":" + a.text()).toList();
    }

    @Test
    void anAttackAsAgentIsTheInstrumentAndLendsItsAgent() {
        Document d = new DocumentBuilder()
                .sentence(
                        "Air/NN strikes/NNS/strike by/IN the/DT coalition/NN killed/VBD/kill 12/CD people/NNS",
                        "compound(strikes-2, Air-1)",
                        "nmod:by(strikes-2, coalition-5)",
                        "case(coalition-5, by-3)",
                        "det(coalition-5, the-4)",
                        "nsubj(killed-6, strikes-2)",
                        "obj(killed-6, people-8)",
                        "nummod(people-8, 12-7)")
                .build();
        Trigger strikes = new Trigger(
                d.sentences().get(0),
                0,
                1,
                1,
                PassFixtures.entry("air strike|N|AIRSTRIKE|AGENT|PATIENT|on=PATIENT,by=AGENT|-|0.95"));
        Trigger killed = PassFixtures.trigger(d, 0, "killed", PassFixtures.entry("kill|V|KILL|AGENT|PATIENT|-|-|0.9"));
        Draft killing = Draft.of(
                killed,
                List.of(
                        PassFixtures.argument(d, Role.AGENT, "Air strikes", null),
                        PassFixtures.argument(d, Role.PATIENT, "12 people", null)));
        EventDrafts in = PassFixtures.withTriggers(d, strikes, killed).withDrafts(List.of(killing));
        assertEquals(
                List.of("INSTRUMENT:Air strikes", "AGENT:the coalition", "PATIENT:12 people"),
                arguments(PASS.apply(in).drafts().get(0)));
    }

    @Test
    void anEventIsNoParticipantButANamedGroupIs() {
        Document d = new DocumentBuilder()
                .sentence("The/DT Protest/NNP Movement/NNP rejected/VBD/reject the/DT talks/NNS/talk")
                .name("E1", "The Protest Movement", EntityType.ORGANIZATION)
                .build();
        Trigger protest =
                new Trigger(d.sentences().get(0), 1, 1, 1, PassFixtures.entry("protest|N|PROTEST|AGENT|-|-|-|0.5"));
        Trigger rejected =
                PassFixtures.trigger(d, 0, "rejected", PassFixtures.entry("reject|V|ACCUSE|AGENT|PATIENT|-|-|0.5"));
        Trigger talks = PassFixtures.trigger(d, 0, "talks", PassFixtures.entry("talk|N|NEGOTIATE|AGENT|-|-|-|0.7"));
        Draft rejection = Draft.of(
                rejected,
                List.of(
                        PassFixtures.argument(d, Role.AGENT, "The Protest Movement", "E1"),
                        PassFixtures.argument(d, Role.PATIENT, "the talks", null)));
        EventDrafts in = PassFixtures.withTriggers(d, protest, rejected, talks).withDrafts(List.of(rejection));
        assertEquals(
                List.of("AGENT:The Protest Movement"),
                arguments(PASS.apply(in).drafts().get(0)));
    }
}
