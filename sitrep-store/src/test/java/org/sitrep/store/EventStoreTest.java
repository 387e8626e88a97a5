package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.store.Articles.argument;
import static org.sitrep.store.Articles.article;
import static org.sitrep.store.Articles.event;
import static org.sitrep.store.Articles.town;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.incidents.IncidentMerger;
import org.sitrep.incidents.IncidentRules;
import org.sitrep.model.Document;
import org.sitrep.model.Modality;
import org.sitrep.model.Problem;
import org.sitrep.model.Role;
import org.sitrep.ontology.Ontology;

class EventStoreTest {
    private static final String GOMA = "Rebels attacked the town of Goma on Monday, officials said.";
    private static final String NAIROBI = "Police arrested ten protesters in Nairobi on Tuesday.";

    @TempDir
    Path dir;

    static Document goma(String id, String source, String text) {
        return article(
                id,
                source,
                "Rebels attack Goma",
                LocalDate.of(2024, 3, 5),
                text,
                event(
                        text,
                        "V1",
                        "ATTACK",
                        "attacked",
                        "Goma",
                        town("Goma", -1.68, 29.22, "CD", "North Kivu"),
                        "2024-03-04",
                        Modality.REPORTED,
                        argument(text, Role.AGENT, "Rebels", "REB", null),
                        argument(text, Role.PATIENT, "the town of Goma", null, null)));
    }

    static Document nairobi() {
        return article(
                "nairobi-1",
                "/news/nairobi.txt",
                "Arrests in Nairobi",
                LocalDate.of(2024, 3, 6),
                NAIROBI,
                event(
                        NAIROBI,
                        "V1",
                        "ARREST",
                        "arrested",
                        "Nairobi",
                        town("Nairobi", -1.29, 36.82, "KE", "Nairobi Area"),
                        "2024-03-05",
                        Modality.ASSERTED,
                        argument(NAIROBI, Role.AGENT, "Police", "KENCOP", "KE"),
                        argument(NAIROBI, Role.PATIENT, "ten protesters", null, null)));
    }

    @Test
    void fullTextSearchFindsTheRightArticleAfterVacuum() throws Exception {
        Path file = dir.resolve("s.db");
        try (EventStore store = EventStore.open(file)) {
            store.put(goma("goma-1", "/news/goma.txt", GOMA), "{}");
            store.put(goma("goma-2", "/news/goma2.txt", GOMA.replace("Monday", "Sunday")), "{}");
            store.put(nairobi(), "{}");
            // a new version of goma-1 replaces the old one: its rows go, leaving gaps that VACUUM closes
            store.put(goma("goma-1", "/news/goma.txt", GOMA.replace("officials", "witnesses")), "{}");
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement()) {
            s.execute("VACUUM");
        }
        try (EventStore store = EventStore.reader(file)) {
            Aggregates aggregates = new Aggregates(store);
            assertEquals(List.of("nairobi-1"), ids(aggregates.search("protesters", 10, 0)));
            assertEquals(List.of("goma-1"), ids(aggregates.search("witnesses", 10, 0)));
            assertEquals(List.of("goma-2"), ids(aggregates.search("Sunday", 10, 0)));
            List<StoredEvent> sunday =
                    new EventQuery(store).find(EventFilter.all().withText(Optional.of("Sunday")));
            assertEquals(
                    List.of("goma-2"),
                    sunday.stream().map(StoredEvent::articleId).toList());
        }
    }

    private static List<String> ids(List<Aggregates.Found> found) {
        return found.stream().map(Aggregates.Found::id).toList();
    }

    @Test
    void refusesAFileThatIsNoSqliteDatabaseInsteadOfMakingAStoreOfIt() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.db"));
        StoreException e = assertThrows(StoreException.class, () -> EventStore.open(empty));
        assertEquals("not a Sitrep store: " + empty + " is empty (remove it, or give another --db)", e.getMessage());
        assertEquals(0, Files.size(empty), "left as it was");
        Path article = Files.writeString(dir.resolve("article.txt"), GOMA);
        e = assertThrows(StoreException.class, () -> EventStore.open(article));
        assertEquals("not a Sitrep store: " + article + " is not an SQLite database", e.getMessage());
        assertEquals(GOMA, Files.readString(article));
        assertThrows(StoreException.class, () -> EventStore.reader(article));
    }

    @Test
    void storesAnArticleWithItsEventsAndArgumentsAndFindsThemAgain() {
        try (EventStore store = EventStore.open(dir.resolve("s.db"))) {
            store.put(goma("goma-1", "/news/goma.txt", GOMA), "{}");
            store.put(nairobi(), "{}");
            assertEquals(new EventStore.Counts(2, 0, 2, 4, 0, 0), store.counts());
            List<StoredEvent> events = new EventQuery(store).find(EventFilter.all());
            assertEquals(
                    List.of("nairobi-1/V1", "goma-1/V1"),
                    events.stream().map(StoredEvent::key).toList(),
                    "newest first");
            StoredEvent goma = events.get(1);
            assertEquals("attacked", GOMA.substring(goma.triggerStart(), goma.triggerEnd()));
            assertEquals(Optional.of("CD"), goma.country());
            assertEquals(Optional.of("2024-03-04"), goma.firstDay());
            assertEquals(
                    List.of("Rebels"),
                    goma.inRole("agent").stream()
                            .map(StoredEvent.Participant::text)
                            .toList());
            assertEquals(Optional.of("REB"), goma.inRole("agent").get(0).actorCode());
        }
    }

    @Test
    void theSameArticleTwiceIsStoredOnceAndANewVersionReplacesTheOld() {
        try (EventStore store = EventStore.open(dir.resolve("s.db"))) {
            Document first = goma("goma-1", "/news/goma.txt", GOMA);
            store.put(first, "{}");
            assertEquals(EventStore.Holding.SAME, store.holding("goma-1", ContentHash.of(first)));
            store.put(first, "{}");
            assertEquals(1, store.counts().articles());

            String revised = GOMA.replace("Monday", "Sunday");
            Document second = goma("goma-2", "/news/goma.txt", revised); // a new id, the same file: a new version
            assertEquals(EventStore.Holding.ABSENT, store.holding("goma-2", ContentHash.of(second)));
            store.put(second, "{}");
            assertEquals(new EventStore.Counts(1, 0, 1, 2, 0, 0), store.counts());
            assertEquals(
                    "goma-2",
                    new EventQuery(store).find(EventFilter.all()).get(0).articleId());
            assertTrue(
                    new EventQuery(store)
                            .find(EventFilter.all().withText(Optional.of("Monday")))
                            .isEmpty(),
                    "the old version's words are gone from the full-text index");
            assertEquals(1, new EventQuery(store).count(EventFilter.all().withText(Optional.of("Sunday"))));
        }
    }

    @Test
    void aRecordWithAUrlIsReplacedByTheNextVersionFromTheSameUrlInAnotherFile() {
        try (EventStore store = EventStore.open(dir.resolve("s.db"))) {
            store.put(goma("a-1", "https://example.org/goma (/feeds/monday.jsonl#4)", GOMA), "{}");
            store.put(
                    goma("b-2", "https://example.org/goma (/feeds/tuesday.jsonl#1)", GOMA.replace("Monday", "Sunday")),
                    "{}");
            assertEquals(1, store.counts().articles());
        }
    }

    @Test
    void aRecordAtTheLineAnotherRecordHeldIsANewArticleNotAVersionOfIt() {
        // a feed grows at its top: yesterday's first line is today's second, and today's first line is new
        try (EventStore store = EventStore.open(dir.resolve("s.db"))) {
            store.put(goma("goma-1", "/feeds/f.jsonl#1", GOMA), "{}");
            store.put(nairobi().withIdentity("nairobi-1", "/feeds/f.jsonl#2", "Arrests in Nairobi"), "{}");
            store.put(goma("goma-2", "/feeds/f.jsonl#1", GOMA.replace("Monday", "Sunday")), "{}");
            assertEquals(3, store.counts().articles(), "a position in a file of many records names no article");
        }
    }

    @Test
    void aCircleAroundAPoleFindsPlacesOnTheFarSideOfIt() {
        String text = "Rebels attacked the camp at dawn.";
        try (EventStore store = EventStore.open(dir.resolve("s.db"))) {
            store.put(
                    article(
                            "camp-1",
                            "/news/camp.txt",
                            "Camp attacked",
                            LocalDate.of(2024, 3, 5),
                            text,
                            event(
                                    text,
                                    "V1",
                                    "ATTACK",
                                    "attacked",
                                    "camp",
                                    town("Camp", 89.8, -170.0, "GL", "Greenland"),
                                    "2024-03-04",
                                    Modality.ASSERTED)),
                    "{}");
            // 0.4 degrees of latitude over the pole: about 44 km
            assertEquals(
                    1,
                    new EventQuery(store)
                            .count(EventFilter.all().withNear(Optional.of(new EventFilter.Near(89.8, 10.0, 50)))));
        }
    }

    @Test
    void aFailureIsStoredWithItsTextAndClearedWhenTheArticleLaterGoesIn() {
        try (EventStore store = EventStore.open(dir.resolve("s.db"))) {
            Document input = goma("goma-1", "/news/goma.txt", GOMA);
            store.putFailure(new Problem("STAGE_TIMEOUT", "/news/goma.txt", "took too long"), Optional.of(input));
            store.putFailure(new Problem("INGEST_BINARY", "/news/photo.jpg", "not text"), Optional.empty());
            assertEquals(2, store.counts().failures());
            store.put(input, "{}");
            assertEquals(1, store.counts().failures());
        }
    }

    @Test
    void reportsOfOneEventFromTwoOutletsBecomeOneIncidentWithItsReasons() {
        try (EventStore store = EventStore.open(dir.resolve("s.db"))) {
            store.put(goma("goma-1", "https://wire.example.com/goma (/feeds/a.jsonl#1)", GOMA), "{}");
            store.put(
                    goma(
                            "goma-2",
                            "https://www.daily.example.org/goma (/feeds/b.jsonl#7)",
                            GOMA.replace("officials", "residents")),
                    "{}");
            store.put(nairobi(), "{}");
            assertEquals(2, store.rebuildIncidents(new IncidentMerger(new IncidentRules(Ontology.load()))));
            List<StoredIncident> incidents =
                    new EventQuery(store).incidents(EventFilter.all().withCountry(Optional.of("CD")));
            assertEquals(1, incidents.size());
            StoredIncident goma = incidents.get(0);
            assertEquals(2, goma.articles());
            assertEquals(2, goma.sources(), "wire.example.com and daily.example.org");
            assertEquals(
                    "same type ATTACK; same days; same place; same actor REB, rebels; same target the town of goma",
                    goma.members().get(1).reasons());
            assertEquals(Optional.of("goma-1/V1"), goma.members().get(1).matchedTo());
        }
    }

    @Test
    void incidentsAreStaleUntilRecomputedAfterEachChangeToTheEvents() {
        IncidentMerger merger = new IncidentMerger(new IncidentRules(Ontology.load()));
        try (EventStore store = EventStore.open(dir.resolve("s.db"))) {
            assertFalse(store.incidentsStale(), "an empty store");
            store.put(goma("goma-1", "/news/goma.txt", GOMA), "{}");
            assertTrue(store.incidentsStale(), "an event in no incident");
            store.rebuildIncidents(merger);
            assertFalse(store.incidentsStale());
            store.put(goma("goma-2", "/news/goma.txt", GOMA.replace("Monday", "Sunday")), "{}");
            assertTrue(store.incidentsStale(), "a member whose article was replaced");
            store.rebuildIncidents(merger);
            assertFalse(store.incidentsStale());
        }
    }

    @Test
    void searchResultsOfEqualRankComeInIdOrderWhateverThePage() {
        String text = "Heavy rain fell in Goma.";
        try (EventStore store = EventStore.open(dir.resolve("s.db"))) {
            for (String id : List.of("c-1", "a-1", "b-1")) {
                store.put(article(id, "/news/" + id + ".txt", "Rain", LocalDate.of(2024, 3, 5), text), "{}");
            }
            Aggregates aggregates = new Aggregates(store);
            assertEquals(
                    List.of("a-1", "b-1", "c-1"),
                    aggregates.search("rain", 10, 0).stream()
                            .map(Aggregates.Found::id)
                            .toList());
            assertEquals("b-1", aggregates.search("rain", 1, 1).get(0).id());
        }
    }

    @Test
    void storedArticlesSurviveReopening() {
        Path file = dir.resolve("s.db");
        try (EventStore store = EventStore.open(file)) {
            store.put(nairobi(), "{}");
        }
        try (EventStore store = EventStore.open(file)) {
            assertEquals(1, store.counts().events());
        }
    }

    @Test
    void aFileThatIsNotAStoreIsRefusedByName() throws IOException {
        Path notAStore = Files.writeString(dir.resolve("notes.db"), "shopping list: eggs, milk\n".repeat(100));
        StoreException e = assertThrows(StoreException.class, () -> EventStore.open(notAStore));
        assertTrue(e.getMessage().contains("notes.db"), e.getMessage());
        StoreException missingFolder =
                assertThrows(StoreException.class, () -> EventStore.open(dir.resolve("no/such/folder/s.db")));
        assertTrue(missingFolder.getMessage().contains("folder does not exist"), missingFolder.getMessage());
    }
}
