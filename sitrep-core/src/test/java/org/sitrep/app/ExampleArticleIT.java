package org.sitrep.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.ingest.IngestOptions;
import org.sitrep.ingest.IngestResult;
import org.sitrep.ingest.Ingester;
import org.sitrep.model.Document;
import org.sitrep.model.Entity;
import org.sitrep.model.Event;
import org.sitrep.model.Modality;
import org.sitrep.model.Role;
import org.sitrep.testing.DocumentAssertions;
import org.sitrep.testing.SharedSitrep;

/** The README's example article (examples/tal-afar.txt, written for Sitrep): dateline, members of a group, relative times. */
class ExampleArticleIT {
    private static Document doc;

    @BeforeAll
    static void extract() {
        IngestResult r = new Ingester(IngestOptions.defaults())
                .read(List.of(Path.of("examples", "tal-afar.txt")))
                .toList()
                .get(0);
        doc = SharedSitrep.get().extract(((IngestResult.Accepted) r).article().toDocument());
        DocumentAssertions.assertWellFormed(doc);
    }

    @Test
    void readsHeadlineDateAndDateline() {
        assertEquals("Militants seize Iraqi border town after two days of clashes", doc.headline());
        assertEquals("2017-03-12", doc.published().orElseThrow().toString());
        assertTrue(doc.dateline().orElseThrow().startsWith("Mosul"), doc.dateline()::toString);
    }

    @Test
    void theSeizureIsOneEventByIslamicStateOnSaturdayInTalAfar() {
        Entity is = doc.entities().stream()
                .filter(e -> e.name().equals("Islamic State"))
                .findFirst()
                .orElseThrow();
        assertTrue(
                is.aliases().containsAll(List.of("Islamic State fighters", "Islamic State militants", "The militants")),
                is.aliases()::toString);
        List<Event> seizures = doc.events().stream()
                .filter(e -> e.type().equals("SEIZE_TERRITORY") && e.modality() == Modality.REPORTED)
                .toList();
        assertEquals(1, seizures.size(), "standfirst and body report one seizure");
        Event seizure = seizures.get(0);
        assertTrue(seizure.arguments().stream()
                .anyMatch(a -> a.role() == Role.AGENT && a.entityId().equals(Optional.of(is.id()))));
        assertEquals(
                "2017-03-11", seizure.time().orElseThrow().value().orElseThrow().value());
        assertEquals("Tal Afar", seizure.place().orElseThrow().name());
        assertEquals("IQ", seizure.place().orElseThrow().country().orElseThrow());
    }

    @Test
    void theReleaseWasADayAfterTheAbduction() {
        Event release = doc.events().stream()
                .filter(e -> e.type().equals("RELEASE"))
                .findFirst()
                .orElseThrow();
        assertEquals("relative", release.time().orElseThrow().rule());
        assertTrue(release.arguments().stream()
                .anyMatch(a -> a.role() == Role.PATIENT && a.text().equals("them")));
    }

    @Test
    void futureRetakingAndDeniedWithdrawal() {
        assertTrue(doc.events().stream()
                .anyMatch(e -> e.type().equals("SEIZE_TERRITORY") && e.modality() == Modality.FUTURE));
        assertTrue(
                doc.events().stream().anyMatch(e -> e.type().equals("WITHDRAW") && e.modality() == Modality.NEGATED));
    }

    @Test
    void theArrestWasInMosulOnSunday() {
        Event arrest = doc.events().stream()
                .filter(e -> e.type().equals("ARREST"))
                .findFirst()
                .orElseThrow();
        assertEquals("Mosul", arrest.place().orElseThrow().name());
        assertEquals(
                "2017-03-12", arrest.time().orElseThrow().value().orElseThrow().value());
    }
}
