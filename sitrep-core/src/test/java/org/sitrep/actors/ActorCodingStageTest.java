package org.sitrep.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorCoding;
import org.sitrep.model.Argument;
import org.sitrep.model.Document;
import org.sitrep.model.Entity;
import org.sitrep.model.EntityMention;
import org.sitrep.model.EntityType;
import org.sitrep.model.Event;
import org.sitrep.model.EventMention;
import org.sitrep.model.EventPlace;
import org.sitrep.model.Modality;
import org.sitrep.model.Role;
import org.sitrep.testing.Fixtures;
import org.sitrep.testing.Shipped;

class ActorCodingStageTest {
    private static final ActorCodingStage STAGE = new ActorCodingStage(Shipped.catalog());
    private static final String TEXT =
            "A Lebanese soldier named Mustafa Nasser joined Nusra Front. Gunmen attacked Kano. Russia struck.";

    private static EntityMention mention(String text, EntityType type, EntityMention.Kind kind) {
        return new EntityMention(Fixtures.span(TEXT, text), text, type, kind, 0, Fixtures.span(TEXT, text));
    }

    private static Argument argument(Role role, String text, String entity) {
        return new Argument(role, Fixtures.span(TEXT, text), text, Optional.ofNullable(entity));
    }

    private static Event event(String id, String trigger, List<Argument> args, Optional<EventPlace> place) {
        return new Event(
                id,
                "ATTACK",
                List.of(new EventMention(Fixtures.span(TEXT, trigger), trigger, 0)),
                args,
                place,
                Optional.empty(),
                Modality.ASSERTED,
                0.9,
                Fixtures.span(TEXT, trigger));
    }

    private static ActorCoding coding(Document d, String eventId, Role role) {
        return d.events().stream().filter(e -> e.id().equals(eventId)).findFirst().orElseThrow().arguments().stream()
                .filter(a -> a.role() == role)
                .findFirst()
                .orElseThrow()
                .actor()
                .orElseThrow();
    }

    private static Document coded() {
        Entity nasser = new Entity(
                "E1",
                "Mustafa Nasser",
                EntityType.PERSON,
                List.of(),
                List.of(
                        mention("A Lebanese soldier", EntityType.PERSON, EntityMention.Kind.NOMINAL),
                        mention("Mustafa Nasser", EntityType.PERSON, EntityMention.Kind.NAME)));
        Entity nusra = new Entity(
                "E2",
                "al-Nusra Front",
                EntityType.ORGANIZATION,
                List.of(),
                List.of(mention("Nusra Front", EntityType.ORGANIZATION, EntityMention.Kind.NAME)));
        Entity russia = new Entity(
                "E3",
                "Russia",
                EntityType.GPE,
                List.of(),
                List.of(mention("Russia", EntityType.GPE, EntityMention.Kind.NAME)));
        EventPlace kano = new EventPlace(Fixtures.span(TEXT, "Kano"), "Kano", Optional.of("NG"), "syntax");
        Document d = Document.of("d", TEXT)
                .withEntities(List.of(nasser, nusra, russia))
                .withEvents(List.of(
                        event(
                                "V1",
                                "joined",
                                List.of(
                                        argument(Role.AGENT, "Mustafa Nasser", "E1"),
                                        argument(Role.RECIPIENT, "Nusra Front", "E2")),
                                Optional.empty()),
                        event("V2", "attacked", List.of(argument(Role.AGENT, "Gunmen", null)), Optional.of(kano)),
                        event("V3", "struck", List.of(argument(Role.AGENT, "Russia", "E3")), Optional.empty())));
        return STAGE.apply(d);
    }

    @Test
    void aNamedPersonTakesTheCodeOfHisDescription() {
        ActorCoding c = coding(coded(), "V1", Role.AGENT);
        assertEquals("LBNMIL", c.code());
        assertEquals("institution", c.rule());
        assertEquals(1, c.acledType());
    }

    @Test
    void catalogueActorsTakeTheirCatalogueCode() {
        ActorCoding c = coding(coded(), "V1", Role.RECIPIENT);
        assertEquals("SYRINS", c.code());
        assertEquals("catalogue", c.rule());
    }

    @Test
    void unnamedActorsTakeTheEventsCountry() {
        ActorCoding c = coding(coded(), "V2", Role.AGENT);
        assertEquals(Optional.of("NG"), c.country());
        assertEquals("description", c.rule());
        assertTrue(c.code().startsWith("NGA"), c.code());
    }

    @Test
    void aCountryActingIsItsGovernment() {
        assertEquals("RUSGOV", coding(coded(), "V3", Role.AGENT).code());
    }
}
