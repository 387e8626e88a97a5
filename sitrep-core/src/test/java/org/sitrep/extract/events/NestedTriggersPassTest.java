package org.sitrep.extract.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;
import org.sitrep.testing.DocumentBuilder;

class NestedTriggersPassTest {
    private static final EventPass PASS = new NestedTriggersPass();
    private static final Document FIRED = new DocumentBuilder()
            .sentence(
                    "Rebels/NNS fired/VBD/fire a/DT missile/NN at/IN the/DT base/NN",
                    "nsubj(fired-2, Rebels-1)",
                    "obj(fired-2, missile-4)",
                    "obl:at(fired-2, base-7)")
            .build();

    private static List<String> kept(EventDrafts drafts) {
        Document d = drafts.document();
        return PASS.apply(drafts).triggers().stream()
                .map(t -> d.textOf(t.span()))
                .toList();
    }

    @Test
    void onATieTheNounTheVerbCarriesIsTheEvent() {
        Trigger fired = PassFixtures.trigger(
                FIRED, 0, "fired", PassFixtures.entry("fire|V|SHELLING|AGENT|PATIENT|at=PATIENT|-|0.9"));
        Trigger missile = PassFixtures.trigger(
                FIRED, 0, "missile", PassFixtures.entry("missile|N|SHELLING|AGENT|PATIENT|-|-|0.9"));
        assertEquals(List.of("missile"), kept(PassFixtures.withTriggers(FIRED, fired, missile)));
    }

    @Test
    void theMoreReliableTriggerStays() {
        Trigger fired = PassFixtures.trigger(
                FIRED, 0, "fired", PassFixtures.entry("fire|V|SHELLING|AGENT|PATIENT|at=PATIENT|-|0.9"));
        Trigger missile = PassFixtures.trigger(
                FIRED, 0, "missile", PassFixtures.entry("missile|N|SHELLING|AGENT|PATIENT|-|-|0.6"));
        assertEquals(List.of("fired"), kept(PassFixtures.withTriggers(FIRED, fired, missile)));
    }

    @Test
    void triggersOfDifferentTypesAreTwoEvents() {
        Trigger fired = PassFixtures.trigger(
                FIRED, 0, "fired", PassFixtures.entry("fire|V|SHELLING|AGENT|PATIENT|at=PATIENT|-|0.9"));
        Trigger base = PassFixtures.trigger(FIRED, 0, "base", PassFixtures.entry("base|N|DEPLOY|AGENT|-|-|-|0.9"));
        assertEquals(List.of("fired", "base"), kept(PassFixtures.withTriggers(FIRED, fired, base)));
    }

    @Test
    void aNounTheVerbDoesNotGovernIsAnEventOfItsOwn() {
        Document d = new DocumentBuilder()
                .sentence(
                        "Rebels/NNS fired/VBD/fire ;/: the/DT missile/NN hit/VBD",
                        "nsubj(fired-2, Rebels-1)",
                        "nsubj(hit-6, missile-5)",
                        "parataxis(fired-2, hit-6)")
                .build();
        Trigger fired = PassFixtures.trigger(
                d, 0, "fired", PassFixtures.entry("fire|V|SHELLING|AGENT|PATIENT|at=PATIENT|-|0.9"));
        Trigger missile =
                PassFixtures.trigger(d, 0, "missile", PassFixtures.entry("missile|N|SHELLING|AGENT|PATIENT|-|-|0.9"));
        assertEquals(List.of("fired", "missile"), kept(PassFixtures.withTriggers(d, fired, missile)));
    }
}
