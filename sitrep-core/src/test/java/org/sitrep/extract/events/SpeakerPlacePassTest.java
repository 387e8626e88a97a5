package org.sitrep.extract.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.lexicon.TriggerEntry;
import org.sitrep.model.Argument;
import org.sitrep.model.Document;
import org.sitrep.model.EntityType;
import org.sitrep.model.EventPlace;
import org.sitrep.model.Geocode;
import org.sitrep.model.Role;
import org.sitrep.testing.DocumentBuilder;

class SpeakerPlacePassTest {
    private static final EventPasses PASSES = PassFixtures.passes();
    private static final TriggerEntry CONDEMNED = PassFixtures.entry("condemn|V|ACCUSE|AGENT|PATIENT|-|-|0.7");
    private static final TriggerEntry SHELLED = PassFixtures.entry("shell|V|SHELLING|AGENT|PATIENT|-|-|0.9");

    private static final Map<String, Geocode> GEOS = Map.of(
            "Moscow", new Geocode(524901, "Moscow", 55.75, 37.62, "RU", "Moscow", "P", "town", "test", 1.0),
            "Iran", new Geocode(130758, "Iran", 32, 53, "IR", "", "A", "country", "test", 1.0),
            "Russians", new Geocode(2017370, "Russia", 60, 100, "RU", "", "A", "country", "test", 1.0));

    /** "{@code agent} condemned the measures" (or shelled them), filed in Brussels, agent given as {@code agentText}. */
    private static Optional<EventPlace> placeOf(
            String taggedAgent, String agentText, TriggerEntry entry, String verb, String... names) {
        DocumentBuilder b = new DocumentBuilder()
                .dateline("Brussels")
                .sentence("BRUSSELS/NNP -/: " + taggedAgent + " " + verb + " the/DT measures/NNS ./.")
                .name("E0", "BRUSSELS", EntityType.GPE);
        for (String name : names) {
            b.name("E" + name, name, name.endsWith("s") ? EntityType.NORP : EntityType.GPE);
        }
        Document built = b.build();
        Document d = built.withEntities(built.entities().stream()
                .map(e -> e.withGeo(Optional.ofNullable(GEOS.get(e.name()))))
                .toList());
        Trigger trigger = PassFixtures.trigger(d, 0, verb.substring(0, verb.indexOf('/')), entry);
        Argument agent = PassFixtures.argument(d, Role.AGENT, agentText, null);
        EventDrafts in = PassFixtures.withTriggers(d, trigger).withDrafts(List.of(Draft.of(trigger, List.of(agent))));
        return PASSES.defaults()
                .apply(PASSES.speakerPlace().apply(in))
                .drafts()
                .get(0)
                .place();
    }

    @Test
    void aCapitalThatSpeaksMadeTheStatementAtHome() {
        EventPlace place = placeOf("Moscow/NNP", "Moscow", CONDEMNED, "condemned/VBD/condemn", "Moscow")
                .orElseThrow();
        assertEquals("Moscow", place.name());
        assertEquals("speaker", place.rule());
        assertEquals(Optional.of("RU"), place.country());
    }

    @Test
    void aCountrysInstitutionSpeaksInItsCountry() {
        EventPlace place = placeOf(
                        "Officials/NNS of/IN Iran/NNP", "Officials of Iran", CONDEMNED, "condemned/VBD/condemn", "Iran")
                .orElseThrow();
        assertEquals("Iran", place.name());
        assertEquals("speaker", place.rule());
    }

    @Test
    void aTownInsideTheAgentOrANationalityIsNoSpeakerAndTheDatelineRemains() {
        assertEquals(
                "dateline",
                placeOf("Police/NNS in/IN Moscow/NNP", "Police in Moscow", CONDEMNED, "condemned/VBD/condemn", "Moscow")
                        .orElseThrow()
                        .rule());
        assertEquals(
                "dateline",
                placeOf("Russians/NNPS", "Russians", CONDEMNED, "condemned/VBD/condemn", "Russians")
                        .orElseThrow()
                        .rule());
    }

    @Test
    void anEventOnTheGroundHappensWhereItHappensNotWhereItsAgentComesFrom() {
        assertEquals(
                "dateline",
                placeOf("Officials/NNS of/IN Iran/NNP", "Officials of Iran", SHELLED, "shelled/VBD/shell", "Iran")
                        .orElseThrow()
                        .rule());
    }
}
