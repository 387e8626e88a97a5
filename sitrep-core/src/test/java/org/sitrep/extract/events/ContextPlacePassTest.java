package org.sitrep.extract.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Argument;
import org.sitrep.model.Document;
import org.sitrep.model.EntityType;
import org.sitrep.model.EventPlace;
import org.sitrep.model.Role;
import org.sitrep.testing.DocumentBuilder;

class ContextPlacePassTest {
    private static final EventPass PASS = PassFixtures.passes().contextPlace();

    /**
     * "The assailants stormed Kano." then, in the same paragraph or the next, "They burned houses."
     * with {@code burner} the entity that burned them.
     */
    private static List<Draft> drafts(boolean newParagraph, String burner) {
        DocumentBuilder b = new DocumentBuilder()
                .sentence("The/DT assailants/NNS stormed/VBD/storm Kano/NNP ./.")
                .nominal("E1", "The assailants", EntityType.PERSON)
                .name("E2", "Kano", EntityType.GPE);
        if (newParagraph) {
            b.paragraph();
        }
        Document d = b.sentence("They/PRP burned/VBD/burn houses/NNS ./.")
                .pronoun(burner, "They", EntityType.PERSON)
                .build();
        Trigger stormed =
                PassFixtures.trigger(d, 0, "stormed", PassFixtures.entry("storm|V|ATTACK|AGENT|PATIENT|-|-|0.8"));
        Trigger burned =
                PassFixtures.trigger(d, 1, "burned", PassFixtures.entry("burn|V|DESTROY|AGENT|PATIENT|-|-|0.7"));
        Draft storming = Draft.of(stormed, List.of(PassFixtures.argument(d, Role.AGENT, "The assailants", "E1")))
                .withPlace(Optional.of(PassFixtures.place(d, "Kano", "syntax")));
        Draft burning = Draft.of(burned, List.of(PassFixtures.argument(d, Role.AGENT, "They", burner)));
        return PASS.apply(PassFixtures.withTriggers(d, stormed, burned).withDrafts(List.of(storming, burning)))
                .drafts();
    }

    @Test
    void theNextEventOfTheSameActorHappenedThere() {
        assertEquals("Kano", drafts(false, "E1").get(1).place().orElseThrow().name());
        assertEquals("context", drafts(false, "E1").get(1).place().orElseThrow().rule());
    }

    @Test
    void anotherActorsEventDoesNotBorrowThePlace() {
        assertEquals(Optional.empty(), drafts(false, "E3").get(1).place());
    }

    @Test
    void aNewParagraphDoesNotBorrowThePlace() {
        assertEquals(Optional.empty(), drafts(true, "E1").get(1).place());
    }

    /** "Missiles struck Kharkiv." then "Two people were wounded." (by {@code agent}, when given). */
    private static Optional<String> placeOfWounding(String type, Optional<String> agent) {
        Document d = new DocumentBuilder()
                .sentence("Missiles/NNS struck/VBD/strike Kharkiv/NNP ./.")
                .nominal("E1", "Missiles", EntityType.MISC)
                .name("E2", "Kharkiv", EntityType.GPE)
                .sentence("Two/CD people/NNS were/VBD/be wounded/VBN/wound by/IN police/NNS ./.")
                .nominal("E3", "Two people", EntityType.PERSON)
                .nominal("E4", "police", EntityType.PERSON)
                .build();
        Trigger struck =
                PassFixtures.trigger(d, 0, "struck", PassFixtures.entry("strike|V|" + type + "|AGENT|PATIENT|-|-|0.8"));
        Trigger wounded =
                PassFixtures.trigger(d, 1, "wounded", PassFixtures.entry("wound|V|INJURE|AGENT|PATIENT|-|-|0.8"));
        Draft striking = Draft.of(struck, List.of(PassFixtures.argument(d, Role.AGENT, "Missiles", "E1")))
                .withPlace(Optional.of(PassFixtures.place(d, "Kharkiv", "syntax")));
        List<Argument> arguments = new java.util.ArrayList<>();
        arguments.add(PassFixtures.argument(d, Role.PATIENT, "Two people", "E3"));
        agent.ifPresent(a -> arguments.add(PassFixtures.argument(d, Role.AGENT, a, "E4")));
        Draft wounding = Draft.of(wounded, arguments);
        return PASS.apply(PassFixtures.withTriggers(d, struck, wounded).withDrafts(List.of(striking, wounding)))
                .drafts()
                .get(1)
                .place()
                .map(EventPlace::name);
    }

    @Test
    void injuriesWithoutADoerHappenedWhereTheAttackBeforeThemDid() {
        assertEquals(Optional.of("Kharkiv"), placeOfWounding("SHELLING", Optional.empty()));
        assertEquals(Optional.empty(), placeOfWounding("PROTEST", Optional.empty()), "a protest causes no injuries");
        assertEquals(
                Optional.empty(),
                placeOfWounding("SHELLING", Optional.of("police")),
                "injuries with a doer of their own are another event");
    }
}
