package org.sitrep.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorCoding;
import org.sitrep.model.Argument;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.EventCodes;
import org.sitrep.model.EventMention;
import org.sitrep.model.Modality;
import org.sitrep.model.Role;
import org.sitrep.pipeline.Layer;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.Stage;
import org.sitrep.testing.DocumentAssertions;
import org.sitrep.testing.Fixtures;

class EventCodingStageTest {
    private static final String TEXT = "Soldiers recaptured the town. Militants attacked an army post. "
            + "A suicide bomber struck the market. Floods hit the valley.";
    private static final EventCodingStage STAGE = new EventCodingStage(
            EventCoding.load(org.sitrep.ontology.Ontology.load()),
            FatalityCounter.load(org.sitrep.ontology.Ontology.load().names()));

    private static Argument argument(Role role, String text, Optional<ActorCoding> actor) {
        Argument a = new Argument(role, Fixtures.span(TEXT, text), text, Optional.empty());
        return actor.map(a::withActor).orElse(a);
    }

    private static ActorCoding actor(String code, int acledType) {
        return new ActorCoding(code, Optional.of("SY"), code.substring(3), acledType, "institution");
    }

    /** An event of {@code type} triggered by {@code trigger}, its evidence the sentence that holds it. */
    private static Event event(String id, String type, String trigger, List<Argument> arguments) {
        int begin = TEXT.indexOf(trigger);
        int sentenceBegin = TEXT.lastIndexOf(". ", begin) < 0 ? 0 : TEXT.lastIndexOf(". ", begin) + 2;
        int sentenceEnd = TEXT.indexOf('.', begin) + 1;
        return new Event(
                id,
                type,
                List.of(new EventMention(Fixtures.span(TEXT, trigger), trigger, 0)),
                arguments,
                Optional.empty(),
                Optional.empty(),
                Modality.ASSERTED,
                0.9,
                Fixtures.span(TEXT, TEXT.substring(sentenceBegin, sentenceEnd)));
    }

    private static Document document() {
        return Document.of("d", TEXT)
                .withEvents(List.of(
                        event(
                                "V1",
                                "SEIZE_TERRITORY",
                                "recaptured",
                                List.of(argument(Role.AGENT, "Soldiers", Optional.of(actor("SYRMIL", 1))))),
                        event(
                                "V2",
                                "ATTACK",
                                "attacked",
                                List.of(
                                        argument(Role.AGENT, "Militants", Optional.empty()),
                                        argument(Role.PATIENT, "an army post", Optional.of(actor("SYRMIL", 1))))),
                        event("V3", "BOMBING", "struck", List.of()),
                        event("V4", "NATURAL_DISASTER", "hit", List.of())));
    }

    private static EventCodes codes(Document d, String id) {
        return d.events().stream()
                .filter(e -> e.id().equals(id))
                .findFirst()
                .orElseThrow()
                .codes()
                .orElseThrow();
    }

    @Test
    void declaresThatItNeedsTheParticipantsActors() {
        assertEquals("coding", STAGE.name());
        assertEquals(EnumSet.of(Layer.EVENTS, Layer.ACTORS), STAGE.requires());
        assertEquals(EnumSet.of(Layer.CODES), STAGE.produces());
    }

    @Test
    void storesTheCodesOnEveryEventAndChangesNothingElse() {
        Document before = document();
        Document after = STAGE.apply(before);
        DocumentAssertions.assertWellFormed(after);

        assertEquals(before.events().size(), after.events().size());
        for (int i = 0; i < before.events().size(); i++) {
            Event coded = after.events().get(i);
            assertEquals(before.events().get(i).withCodes(coded.codes().orElseThrow()), coded);
        }
        assertEquals(before.withEvents(List.of()), after.withEvents(List.of()));
    }

    @Test
    void aStateForceRegainsTerritory() {
        assertEquals(
                new EventCodes(
                        Optional.of("192"),
                        Optional.of("COERCE"),
                        Optional.of("seize"),
                        "Battles",
                        "Government regains territory"),
                codes(STAGE.apply(document()), "V1"));
    }

    @Test
    void anAttackOnArmedPeopleIsABattle() {
        EventCodes attack = codes(STAGE.apply(document()), "V2");
        assertEquals(Optional.of("190"), attack.cameo());
        assertEquals("Battles / Armed clash", attack.acledEvent() + " / " + attack.acledSubEvent());
    }

    @Test
    void cueWordsOfItsOwnEvidenceSentenceRefineTheAcledType() {
        Document coded = STAGE.apply(document());
        assertEquals("Suicide bomb", codes(coded, "V3").acledSubEvent());
        assertEquals(Optional.of("183"), codes(coded, "V3").cameo());
        // the attack's sentence does not say "suicide", though the text does
        assertEquals("Armed clash", codes(coded, "V2").acledSubEvent());
    }

    @Test
    void typesWithoutACameoOrPloverCodeHaveEmptyCodes() {
        assertEquals(
                new EventCodes(Optional.empty(), Optional.empty(), Optional.empty(), "Strategic developments", "Other"),
                codes(STAGE.apply(document()), "V4"));
    }

    @Test
    void cannotRunBeforeTheActorsStage() {
        Stage events = new FakeStage("events", EnumSet.noneOf(Layer.class), EnumSet.of(Layer.EVENTS));
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> Pipeline.of(List.of(events, STAGE)));
        assertEquals(
                "stage 'coding' requires [ACTORS], but the stages before it only produce [EVENTS]", e.getMessage());
        Stage actors = new FakeStage("actors", EnumSet.of(Layer.EVENTS), EnumSet.of(Layer.ACTORS));
        assertEquals(
                List.of(events, actors, STAGE),
                Pipeline.of(List.of(events, actors, STAGE)).stages());
    }

    /** A stage that only declares a contract. */
    private record FakeStage(String name, Set<Layer> requires, Set<Layer> produces) implements Stage {
        @Override
        public Document apply(Document document) {
            return document;
        }
    }
}
