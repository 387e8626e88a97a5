package org.sitrep.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.ingest.IngestOptions;
import org.sitrep.ingest.IngestResult;
import org.sitrep.ingest.Ingester;
import org.sitrep.model.Argument;
import org.sitrep.model.Document;
import org.sitrep.model.Entity;
import org.sitrep.model.Event;
import org.sitrep.model.Modality;
import org.sitrep.model.Role;
import org.sitrep.testing.DocumentAssertions;
import org.sitrep.testing.SharedSitrep;

/** The article Sitrep started from (../shared/seed/article.txt): every event it reports, with roles, places and times. */
class SeedArticleIT {
    private static final Path SEED = Path.of("..", "shared", "seed", "article.txt");
    private static Document doc;

    @BeforeAll
    static void extract() {
        assumeTrue(Files.exists(SEED), "seed article not found at " + SEED.toAbsolutePath());
        IngestResult r = new Ingester(IngestOptions.defaults())
                .read(List.of(SEED))
                .toList()
                .get(0);
        doc = SharedSitrep.get().extract(((IngestResult.Accepted) r).article().toDocument());
    }

    @Test
    void isWellFormed() {
        DocumentAssertions.assertWellFormed(doc);
        assertEquals("2016-01-07", doc.published().orElseThrow().toString());
    }

    @Test
    void mergesTheSoldiersNamesAndDescriptions() {
        Entity nasser = entityNamed("Mustafa Nasser");
        assertTrue(
                nasser.aliases().containsAll(List.of("Naser", "the 20-year-old soldier", "A Lebanese soldier")),
                nasser.aliases()::toString);
        Entity nusra = entityNamed("al-Nusra Front");
        assertTrue(nusra.aliases().contains("al-Qaeda's Syria affiliate"), nusra.aliases()::toString);
        assertTrue(entityNamed("Islamic State").aliases().contains("IS"));
    }

    @Test
    void theDefectionToNusraIsReportedInJanuary2016() {
        Event defection = event("DEFECT", "Mustafa Nasser");
        assertEquals(Modality.REPORTED, defection.modality());
        assertTrue(hasArgument(defection, Role.RECIPIENT, "al-Nusra Front"));
        assertTrue(defection.time().orElseThrow().value().orElseThrow().value().startsWith("2016-01"));
        assertTrue(defection.mentions().size() >= 4, "one event for all its mentions: " + defection.mentions());
        assertEquals("LBNMIL", actorCode(defection, Role.AGENT));
        assertEquals("SYRINS", actorCode(defection, Role.RECIPIENT));
    }

    private static String actorCode(Event event, Role role) {
        return event.arguments().stream()
                .filter(a -> a.role() == role && a.actor().isPresent())
                .findFirst()
                .orElseThrow(() -> new AssertionError("no coded " + role + " in " + event.arguments()))
                .actor()
                .get()
                .code();
    }

    @Test
    void theReleaseWasAboutAMonthEarlier() {
        Event release = event("RELEASE", "al-Nusra Front");
        assertEquals(
                "2015-12", release.time().orElseThrow().value().orElseThrow().value());
        assertTrue(hasArgument(release, Role.PATIENT, "Lebanese servicemen"));
    }

    @Test
    void theAbductionWasInArsalInAugust2014() {
        Event abduction = event("ABDUCT", "al-Nusra Front");
        assertEquals(
                "2014-08", abduction.time().orElseThrow().value().orElseThrow().value());
        assertTrue(hasArgument(abduction, Role.AGENT, "Islamic State"), "'They also abducted': Nusra and IS");
        assertTrue(abduction.mentions().size() >= 2, "the standfirst and the body report one abduction");
        assertEquals("Arsal", abduction.place().orElseThrow().name());
    }

    @Test
    void nusraAndIsOverranArsal() {
        Event seizure = event("SEIZE_TERRITORY", "al-Nusra Front");
        assertEquals("Arsal", seizure.place().orElseThrow().name());
        var arsal = seizure.place().orElseThrow().geocode().orElseThrow();
        assertEquals("LB", arsal.country());
        assertTrue(arsal.admin1().startsWith("Baalbek-Hermel"), arsal::admin1);
        assertEquals("town", arsal.precision());
        assertTrue(hasArgument(seizure, Role.PATIENT, "Arsal"));
        assertEquals(
                "2014-08", seizure.time().orElseThrow().value().orElseThrow().value());
    }

    @Test
    void arrestAndChargeOfTheRelative() {
        Event arrest = event("ARREST", "Lebanese authorities");
        assertEquals(Modality.REPORTED, arrest.modality());
        assertTrue(arrest.arguments().stream()
                .anyMatch(a -> a.role() == Role.PATIENT && a.text().contains("relative")));
        Event charge = event("CHARGE", "Lebanese authorities");
        assertTrue(charge.arguments().stream()
                .anyMatch(a -> a.role() == Role.PATIENT && a.text().contains("relative")));
    }

    @Test
    void clashesBattlesExchangeAndExecution() {
        Event clash = event("CLASH", "al-Nusra Front");
        assertTrue(hasArgument(clash, Role.PATIENT, "Lebanese army"));
        event("CLASH", "Hezbollah");
        Event exchange = event("PRISONER_EXCHANGE", "al-Nusra Front");
        assertTrue(exchange.arguments().stream().anyMatch(a -> a.text().contains("prisoners")));
        event("KILL", "al-Nusra Front");
    }

    private static Entity entityNamed(String name) {
        return doc.entities().stream()
                .filter(e -> e.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no entity " + name + " in "
                        + doc.entities().stream().map(Entity::name).toList()));
    }

    /** The event of this type with this agent entity. */
    private static Event event(String type, String agent) {
        Entity e = entityNamed(agent);
        return doc.events().stream()
                .filter(v -> v.type().equals(type))
                .filter(v -> v.arguments().stream()
                        .anyMatch(a -> a.role() == Role.AGENT && a.entityId().equals(Optional.of(e.id()))))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " by " + agent));
    }

    private static boolean hasArgument(Event event, Role role, String entityName) {
        Entity e = entityNamed(entityName);
        for (Argument a : event.arguments()) {
            if (a.role() == role && a.entityId().equals(Optional.of(e.id()))) {
                return true;
            }
        }
        return false;
    }
}
