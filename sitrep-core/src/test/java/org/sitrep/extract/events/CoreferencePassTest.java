package org.sitrep.extract.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.lexicon.TriggerEntry;
import org.sitrep.model.Document;
import org.sitrep.model.EntityType;
import org.sitrep.model.Role;
import org.sitrep.testing.DocumentBuilder;

class CoreferencePassTest {
    private static final EventPass PASS = new CoreferencePass();
    private static final TriggerEntry ABDUCT = PassFixtures.entry("abduct|V|ABDUCT|AGENT|PATIENT|-|-|0.9");

    /** Nusra abducting the first victims, then Nusra abducting the second. */
    private static List<Draft> merged(String firstVictims, String secondVictims) {
        Document d = new DocumentBuilder()
                .sentence("Nusra/NNP abducted/VBD/abduct " + firstVictims + " ./.")
                .name("E1", "Nusra", EntityType.ORGANIZATION)
                .nominal("E2", words(firstVictims), EntityType.PERSON)
                .sentence("Nusra/NNP also/RB abducted/VBD/abduct " + secondVictims + " ./.")
                .name("E1", "Nusra", EntityType.ORGANIZATION)
                .nominal("E3", words(secondVictims), EntityType.PERSON)
                .build();
        Trigger first = PassFixtures.trigger(d, 0, "abducted", ABDUCT);
        Trigger second = PassFixtures.trigger(d, 1, "abducted", ABDUCT);
        Draft a = Draft.of(
                first,
                List.of(
                        PassFixtures.argument(d, Role.AGENT, "Nusra", "E1"),
                        PassFixtures.argument(d, Role.PATIENT, words(firstVictims), "E2")));
        Draft b = Draft.of(
                second,
                List.of(
                        PassFixtures.argument(d, Role.AGENT, "Nusra", "E1"),
                        PassFixtures.argument(d, Role.PATIENT, words(secondVictims), "E3")));
        return PASS.apply(PassFixtures.withTriggers(d, first, second).withDrafts(List.of(a, b)))
                .drafts();
    }

    private static String words(String tagged) {
        return String.join(
                " ",
                Arrays.stream(tagged.split(" "))
                        .map(w -> w.substring(0, w.indexOf('/')))
                        .toList());
    }

    @Test
    void oneAgentAbductingTwoGroupsIsOneAbduction() {
        List<Draft> events = merged("servicemen/NNS", "officers/NNS");
        assertEquals(1, events.size());
        assertEquals(2, events.get(0).triggers().size());
        assertEquals(
                List.of("Nusra", "servicemen", "officers"),
                events.get(0).arguments().stream().map(a -> a.text()).toList());
    }

    @Test
    void oneAgentAbductingTwoPersonsIsTwoAbductions() {
        assertEquals(2, merged("a/DT soldier/NN", "a/DT policeman/NN").size());
    }
}
