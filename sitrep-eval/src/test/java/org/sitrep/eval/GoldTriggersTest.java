package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.events.EventPass;
import org.sitrep.extract.events.EventPasses;
import org.sitrep.extract.events.EventStage;
import org.sitrep.extract.events.GivenTrigger;
import org.sitrep.extract.events.RoleModel;
import org.sitrep.extract.events.TriggerModel;
import org.sitrep.extract.lexicon.AgentRefinements;
import org.sitrep.extract.lexicon.TriggerLexicon;
import org.sitrep.model.CharSpan;
import org.sitrep.model.Document;
import org.sitrep.model.EntityType;
import org.sitrep.model.Event;
import org.sitrep.ontology.Ontology;
import org.sitrep.testing.DocumentBuilder;
import org.sitrep.testing.Shipped;

class GoldTriggersTest {
    private static final String TEXT = "A bomb exploded; the minister spoke.";
    private static final Gold.Doc DOC = new Gold.Doc(
            "d1",
            TEXT,
            List.of(),
            List.of(
                    new Gold.Event("Conflict.Attack.DetonateExplode", new CharSpan(7, 15), List.of()),
                    new Gold.Event("Contact.Contact.Broadcast", new CharSpan(30, 35), List.of())));
    private static final GoldTriggers GOLD = GoldTriggers.of(List.of(DOC), KairosMapping.load(Ontology.load()));

    @Test
    void givesTheGoldTriggersOfTheTypesSitrepHas() {
        assertEquals(
                List.of(new GivenTrigger(new CharSpan(7, 15), "BOMBING")), GOLD.triggersOf(Document.of("d1", TEXT)));
    }

    @Test
    void aDocumentOutsideTheGoldSetHasNone() {
        assertEquals(List.of(), GOLD.triggersOf(Document.of("d2", TEXT)));
    }

    @Test
    void runsTheRulesOfOneEventOnTheGoldTriggersAndNoOthers() {
        EventPasses passes = passes();
        List<EventPass> chosen = GOLD.passes(passes);
        assertEquals(
                List.of(
                        "given-triggers",
                        "arguments",
                        "event-arguments",
                        "model-roles",
                        "modality",
                        "place",
                        "time",
                        "defaults"),
                chosen.stream().map(EventPass::name).toList());
        assertDoesNotThrow(() -> new EventStage(chosen));
    }

    @Test
    void everyGoldTriggerIsOneEventOfItsGoldType() {
        Document d = new DocumentBuilder()
                .sentence(
                        "Coalition/NNP jets/NNS bombed/VBD/bomb the/DT market/NN ./.",
                        "compound(jets-2, Coalition-1)",
                        "nsubj(bombed-3, jets-2)",
                        "obj(bombed-3, market-5)",
                        "det(market-5, the-4)")
                .nominal("E1", "Coalition jets", EntityType.ORGANIZATION)
                .sentence(
                        "The/DT jets/NNS bombed/VBD/bomb the/DT bridge/NN ./.",
                        "det(jets-2, The-1)",
                        "nsubj(bombed-3, jets-2)",
                        "obj(bombed-3, bridge-5)",
                        "det(bridge-5, the-4)")
                .nominal("E1", "The jets", EntityType.ORGANIZATION)
                .build();
        int second = d.text().lastIndexOf("bombed");
        GoldTriggers gold = GoldTriggers.of(
                List.of(new Gold.Doc(
                        d.id(),
                        d.text(),
                        List.of(),
                        List.of(
                                new Gold.Event(
                                        "Conflict.Attack.DetonateExplode",
                                        new CharSpan(
                                                d.text().indexOf("bombed"),
                                                d.text().indexOf("bombed") + 6),
                                        List.of()),
                                new Gold.Event(
                                        "Conflict.Attack.DetonateExplode",
                                        new CharSpan(second, second + 6),
                                        List.of())))),
                KairosMapping.load(Ontology.load()));
        EventPasses passes = passes();

        List<Event> standard = new EventStage(passes.rulesOnly()).apply(d).events();
        List<Event> given = new EventStage(gold.passes(passes)).apply(d).events();

        assertEquals(
                List.of("AIRSTRIKE"),
                standard.stream().map(Event::type).toList(),
                "Sitrep's own rules: jets make air strikes, one agent one raid");
        assertEquals(
                List.of("BOMBING", "BOMBING"), given.stream().map(Event::type).toList());
        assertEquals(
                List.of("AGENT:Coalition jets", "PATIENT:the market"),
                given.get(0).arguments().stream()
                        .map(a -> a.role() + ":" + a.text())
                        .toList());
    }

    @Test
    void parsesEverySentence() {
        assertTrue(GOLD.options(false).parseEverySentence());
    }

    /** Sitrep's passes over the shipped lexicon, ontology and word lists; no country names, no state forces. */
    private static EventPasses passes() {
        Ontology ontology = Ontology.load();
        return new EventPasses(
                TriggerLexicon.load(ontology),
                TriggerModel.load(),
                RoleModel.load(),
                ontology,
                AgentRefinements.load(ontology),
                Shipped.words(),
                name -> Optional.empty(),
                word -> false);
    }
}
