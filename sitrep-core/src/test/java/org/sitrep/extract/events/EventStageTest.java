package org.sitrep.extract.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;
import org.sitrep.model.EntityType;
import org.sitrep.model.Event;
import org.sitrep.model.Modality;
import org.sitrep.testing.DocumentBuilder;

class EventStageTest {
    private static final EventPasses PASSES = PassFixtures.passes(
            "join|V|RECRUIT|PATIENT|AGENT|-|@organization|0.7", "flee|V|DEFECT|AGENT|-|to=RECIPIENT|-|0.6");

    @Test
    void theStandardPassesRunInThisOrder() {
        assertEquals(
                List.of(
                        "triggers",
                        "nested-triggers",
                        "hazard-verbs",
                        "arguments",
                        "event-arguments",
                        "bare-triggers",
                        "modality",
                        "specificity",
                        "place",
                        "time",
                        "joining",
                        "agent-refinement",
                        "conjuncts",
                        "during",
                        "relative-time",
                        "coreference",
                        "context-place",
                        "narrative-time",
                        "focus-place",
                        "speaker-place",
                        "defaults"),
                new EventStage(PASSES.rulesOnly())
                        .passes().stream().map(EventPass::name).toList());
    }

    @Test
    void aPassMustComeAfterThePassesItReads() {
        var e = assertThrows(
                IllegalArgumentException.class,
                () -> new EventStage(List.of(PASSES.triggers(), PASSES.modality(), PASSES.arguments())));
        assertEquals(
                "pass 'modality' requires [DRAFTS], but the passes before it only produce [TRIGGERS]", e.getMessage());
    }

    @Test
    void aPassIsListedOnce() {
        var e = assertThrows(
                IllegalArgumentException.class,
                () -> new EventStage(List.of(PASSES.triggers(), PASSES.arguments(), PASSES.time(), PASSES.time())));
        assertEquals("pass 'time' is listed twice in [triggers, arguments, time, time]", e.getMessage());
    }

    @Test
    void theStandardPassesReadASoldierJoiningAnArmedGroupAsOneDefection() {
        Document d = new DocumentBuilder()
                .published("2016-01-07")
                .sentence(
                        "A/DT Lebanese/JJ soldier/NN has/VBZ/have reportedly/RB fled/VBN/flee to/TO Nusra/NNP ./.",
                        "det(soldier-3, A-1)",
                        "amod(soldier-3, Lebanese-2)",
                        "nsubj(fled-6, soldier-3)",
                        "aux(fled-6, has-4)",
                        "advmod(fled-6, reportedly-5)",
                        "obl:to(fled-6, Nusra-8)",
                        "case(Nusra-8, to-7)")
                .nominal("E1", "A Lebanese soldier", EntityType.PERSON)
                .name("E2", "Nusra", EntityType.ORGANIZATION)
                .sentence(
                        "Mustafa/NNP Nasser/NNP joined/VBD/join Nusra/NNP ./.",
                        "compound(Nasser-2, Mustafa-1)",
                        "nsubj(joined-3, Nasser-2)",
                        "obj(joined-3, Nusra-4)")
                .name("E1", "Mustafa Nasser", EntityType.PERSON)
                .name("E2", "Nusra", EntityType.ORGANIZATION)
                .build();
        List<Event> events =
                PassFixtures.events(new EventStage(PASSES.rulesOnly()), d).events();
        assertEquals(1, events.size(), "the flight and the joining are one defection");
        Event defection = events.get(0);
        assertEquals("V1", defection.id());
        assertEquals("DEFECT", defection.type());
        assertEquals(
                List.of("fled", "joined"),
                defection.mentions().stream().map(m -> m.text()).toList());
        assertEquals(
                List.of("AGENT:A Lebanese soldier", "RECIPIENT:Nusra"),
                defection.arguments().stream()
                        .map(a -> a.role() + ":" + a.text())
                        .toList());
        assertEquals(Modality.REPORTED, defection.modality());
        assertEquals("published", defection.time().orElseThrow().rule());
        assertEquals(Optional.empty(), defection.place());
        // the joining's weight 0.7 (the larger), an entity participant 0.15, parsed 0.05, a second mention 0.05
        assertEquals(0.95, defection.confidence());
    }

    @Test
    void aStageRunsItsPassesOnly() {
        Document d = new DocumentBuilder()
                .published("2016-01-07")
                .sentence(
                        "Nasser/NNP joined/VBD/join Nusra/NNP ./.",
                        "nsubj(joined-2, Nasser-1)",
                        "obj(joined-2, Nusra-3)")
                .name("E1", "Nasser", EntityType.PERSON)
                .name("E2", "Nusra", EntityType.ORGANIZATION)
                .build();
        Event bare = new EventStage(List.of(PASSES.triggers(), PASSES.arguments()))
                .apply(d)
                .events()
                .get(0);
        Event dated = new EventStage(List.of(PASSES.triggers(), PASSES.arguments(), PASSES.defaults()))
                .apply(d)
                .events()
                .get(0);
        assertEquals(Optional.empty(), bare.time());
        assertEquals("published", dated.time().orElseThrow().rule());
    }
}
