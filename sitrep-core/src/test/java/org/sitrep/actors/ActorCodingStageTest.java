package org.sitrep.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorCoding;
import org.sitrep.model.Argument;
import org.sitrep.model.CharSpan;
import org.sitrep.model.Document;
import org.sitrep.model.Entity;
import org.sitrep.model.EntityMention;
import org.sitrep.model.EntityType;
import org.sitrep.model.Event;
import org.sitrep.model.EventMention;
import org.sitrep.model.EventPlace;
import org.sitrep.model.Geocode;
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

    @Test
    void aCapitalActingIsItsCountrysGovernmentButATownIsNot() {
        String text = "Moscow warned Kyiv. Tver warned Kyiv.";
        Entity moscow = place(text, "E1", "Moscow", 55.75222, 37.61556);
        Entity tver = place(text, "E2", "Tver", 56.8584, 35.9006);
        Document d = STAGE.apply(Document.of("d", text)
                .withEntities(List.of(moscow, tver))
                .withEvents(
                        List.of(warning(text, "V1", "Moscow", 0), warning(text, "V2", "Tver", text.indexOf("Tver")))));

        ActorCoding government = coding(d, "V1", Role.AGENT);
        assertEquals("RUSGOV", government.code());
        assertEquals("capital", government.rule());
        assertTrue(
                d.events().get(1).arguments().get(0).actor().isEmpty(), "a town that is no capital speaks for no one");
    }

    private static Entity place(String text, String id, String name, double lat, double lon) {
        CharSpan span = new CharSpan(text.indexOf(name), text.indexOf(name) + name.length());
        return new Entity(
                id,
                name,
                EntityType.GPE,
                List.of(),
                List.of(new EntityMention(span, name, EntityType.GPE, EntityMention.Kind.NAME, 0, span)),
                Optional.of(new Geocode(1, name, lat, lon, "RU", "", "P", "town", "test", 1.0)));
    }

    private static Event warning(String text, String id, String agent, int from) {
        CharSpan who = new CharSpan(from, from + agent.length());
        CharSpan trigger = new CharSpan(text.indexOf("warned", from), text.indexOf("warned", from) + 6);
        return new Event(
                id,
                "THREATEN",
                List.of(new EventMention(trigger, "warned", 0)),
                List.of(new Argument(Role.AGENT, who, agent, Optional.of(id.equals("V1") ? "E1" : "E2"))),
                Optional.empty(),
                Optional.empty(),
                Modality.ASSERTED,
                0.9,
                new CharSpan(from, trigger.end()));
    }
}
