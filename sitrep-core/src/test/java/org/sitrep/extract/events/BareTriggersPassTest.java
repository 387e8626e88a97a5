package org.sitrep.extract.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Argument;
import org.sitrep.model.Document;
import org.sitrep.model.Role;
import org.sitrep.testing.DocumentBuilder;

class BareTriggersPassTest {
    private static final EventPass PASS = PassFixtures.passes().bareTriggers();

    private static List<String> kept(EventDrafts in) {
        Document d = in.document();
        return PASS.apply(in).drafts().stream()
                .map(x -> d.textOf(x.trigger().span()))
                .toList();
    }

    @Test
    void anUnreliableTriggerNeedsAParticipant() {
        Document d = new DocumentBuilder()
                .sentence(
                        "Clashes/NNS/clash erupted/VBD/erupt ;/: militants/NNS hit/VBD back/RB",
                        "nsubj(hit-5, militants-4)")
                .build();
        Trigger erupted = PassFixtures.trigger(d, 0, "erupted", PassFixtures.entry("erupt|V|CLASH|-|-|-|-|0.3"));
        Trigger hit = PassFixtures.trigger(d, 0, "hit", PassFixtures.entry("hit|V|ATTACK|AGENT|PATIENT|-|-|0.3"));
        Argument militants = PassFixtures.argument(d, Role.AGENT, "militants", null);
        EventDrafts in = PassFixtures.withTriggers(d, erupted, hit)
                .withDrafts(List.of(Draft.of(erupted, List.of()), Draft.of(hit, List.of(militants))));
        assertEquals(List.of("hit"), kept(in));
    }

    @Test
    void anInstrumentIsNoParticipant() {
        Document d = new DocumentBuilder()
                .sentence("Rockets/NNS were/VBD/be fired/VBN/fire")
                .build();
        Trigger fired =
                PassFixtures.trigger(d, 0, "fired", PassFixtures.entry("fire|V|SHELLING|AGENT|PATIENT|-|-|0.4"));
        Argument rockets = PassFixtures.argument(d, Role.INSTRUMENT, "Rockets", null);
        assertEquals(
                List.of(),
                kept(PassFixtures.withTriggers(d, fired).withDrafts(List.of(Draft.of(fired, List.of(rockets))))));
    }

    @Test
    void aReliableTriggerStandsAlone() {
        Document d = new DocumentBuilder()
                .sentence("A/DT bombing/NN shook/VBD/shake the/DT city/NN")
                .build();
        Trigger bombing =
                PassFixtures.trigger(d, 0, "bombing", PassFixtures.entry("bombing|N|BOMBING|AGENT|PATIENT|-|-|0.9"));
        assertEquals(List.of("bombing"), kept(PassFixtures.withDrafts(d, bombing)));
    }

    @Test
    void aBareNounThatIsAnotherTriggersParticipantIsNoEvent() {
        Document d = new DocumentBuilder()
                .sentence(
                        "Hamas/NNP released/VBD/release 11/CD hostages/NNS/hostage",
                        "nsubj(released-2, Hamas-1)",
                        "obj(released-2, hostages-4)",
                        "nummod(hostages-4, 11-3)")
                .build();
        Trigger released =
                PassFixtures.trigger(d, 0, "released", PassFixtures.entry("release|V|RELEASE|AGENT|PATIENT|-|-|0.7"));
        Trigger hostages =
                PassFixtures.trigger(d, 0, "hostages", PassFixtures.entry("hostage|N|ABDUCT|-|PATIENT|-|-|0.7"));
        Draft release = Draft.of(released, List.of(PassFixtures.argument(d, Role.AGENT, "Hamas", null)));
        EventDrafts in = PassFixtures.withTriggers(d, released, hostages)
                .withDrafts(List.of(release, Draft.of(hostages, List.of())));
        assertEquals(List.of("released"), kept(in));
    }

    @Test
    void aHazardThatIsASubjectIsTheEvent() {
        Document d = new DocumentBuilder()
                .sentence(
                        "Floods/NNS/flood swept/VBD/sweep through/IN villages/NNS",
                        "nsubj(swept-2, Floods-1)",
                        "obl:through(swept-2, villages-4)")
                .build();
        Trigger floods =
                PassFixtures.trigger(d, 0, "Floods", PassFixtures.entry("flood|N|NATURAL_DISASTER|-|PATIENT|-|-|0.9"));
        Trigger swept =
                PassFixtures.trigger(d, 0, "swept", PassFixtures.entry("sweep|V|DESTROY|AGENT|PATIENT|-|-|0.6"));
        Draft sweep = Draft.of(swept, List.of(PassFixtures.argument(d, Role.AGENT, "Floods", null)));
        EventDrafts in =
                PassFixtures.withTriggers(d, floods, swept).withDrafts(List.of(Draft.of(floods, List.of()), sweep));
        assertEquals(List.of("Floods", "swept"), kept(in));
    }
}
