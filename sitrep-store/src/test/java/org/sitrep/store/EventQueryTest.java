package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.store.Articles.argument;
import static org.sitrep.store.Articles.article;
import static org.sitrep.store.Articles.event;
import static org.sitrep.store.Articles.town;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Modality;
import org.sitrep.model.Role;

class EventQueryTest {
    private static final String MOSUL = "Islamic State fighters shelled Mosul in March, residents said.";
    private static final String SUVA = "Soldiers detained a union leader in Suva on 2 March 2024.";
    private static final String TAVEUNI = "Police raided a farm on Taveuni island during the first week of March 2024.";
    private static final String KIDAL = "Gunmen may have ambushed a convoy near Kidal in 2023, an official said.";

    @TempDir
    static Path dir;

    static EventStore store;
    static EventQuery query;

    @BeforeAll
    static void fill() {
        store = EventStore.open(dir.resolve("q.db"));
        store.put(
                article(
                        "mosul",
                        "/a/mosul.txt",
                        "Shelling in Mosul",
                        LocalDate.of(2024, 4, 2),
                        MOSUL,
                        event(
                                MOSUL,
                                "V1",
                                "ATTACK",
                                "shelled",
                                "Mosul",
                                town("Mosul", 36.34, 43.13, "IQ", "Nineveh"),
                                "2024-03",
                                Modality.REPORTED,
                                argument(MOSUL, Role.AGENT, "Islamic State fighters", "INS", null),
                                argument(MOSUL, Role.PATIENT, "Mosul", null, null))),
                "{}");
        store.put(
                article(
                        "suva",
                        "/a/suva.txt",
                        "Union leader held",
                        LocalDate.of(2024, 3, 3),
                        SUVA,
                        event(
                                SUVA,
                                "V1",
                                "ARREST",
                                "detained",
                                "Suva",
                                town("Suva", -18.14, 178.44, "FJ", "Central"),
                                "2024-03-02",
                                Modality.ASSERTED,
                                argument(SUVA, Role.AGENT, "Soldiers", "FJIMIL", "FJ"),
                                argument(SUVA, Role.PATIENT, "a union leader", null, null))),
                "{}");
        // across the antimeridian from Suva: 180.0 E is -180.0 W
        store.put(
                article(
                        "taveuni",
                        "/a/taveuni.txt",
                        "Farm raided",
                        LocalDate.of(2024, 3, 9),
                        TAVEUNI,
                        event(
                                TAVEUNI,
                                "V1",
                                "RAID",
                                "raided",
                                "Taveuni",
                                town("Taveuni", -16.85, -179.97, "FJ", "Northern"),
                                "2024-W09",
                                Modality.ASSERTED,
                                argument(TAVEUNI, Role.AGENT, "Police", "FJICOP", "FJ"))),
                "{}");
        store.put(
                article(
                        "kidal",
                        "/a/kidal.txt",
                        "Convoy ambush",
                        LocalDate.of(2024, 1, 10),
                        KIDAL,
                        event(
                                KIDAL,
                                "V1",
                                "ATTACK",
                                "ambushed",
                                "Kidal",
                                town("Kidal", 18.44, 1.41, "ML", "Kidal"),
                                "2023",
                                Modality.UNCERTAIN,
                                argument(KIDAL, Role.AGENT, "Gunmen", null, null))),
                "{}");
        query = new EventQuery(store);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static List<String> found(EventFilter filter) {
        return query.find(filter).stream().map(StoredEvent::articleId).sorted().toList();
    }

    @Test
    void typesMatchSitrepsPloversAndAcledsNamesInAnyCase() {
        assertEquals(List.of("kidal", "mosul"), found(EventFilter.all().withTypes(List.of("attack"))));
        assertEquals(
                List.of("kidal", "mosul", "suva", "taveuni"),
                found(EventFilter.all().withTypes(List.of("ASSAULT"))),
                "every fixture event is coded PLOVER ASSAULT");
        assertEquals(
                List.of("kidal", "mosul", "suva", "taveuni"),
                found(EventFilter.all().withTypes(List.of("armed clash"))),
                "and ACLED Battles / Armed clash");
        assertEquals(
                List.of("kidal", "mosul", "suva"), found(EventFilter.all().withTypes(List.of("ATTACK", "arrest"))));
    }

    @Test
    void anActorIsFoundByCodeOrByPartOfItsName() {
        assertEquals(List.of("mosul"), found(EventFilter.all().withActor(Optional.of("ins"))));
        assertEquals(List.of("mosul"), found(EventFilter.all().withActor(Optional.of("islamic state"))));
        assertEquals(List.of(), found(EventFilter.all().withActor(Optional.of("%"))), "LIKE wildcards are literal");
    }

    @Test
    void countryPlaceAndModality() {
        assertEquals(List.of("suva", "taveuni"), found(EventFilter.all().withCountry(Optional.of("fj"))));
        assertEquals(List.of("mosul"), found(EventFilter.all().withPlace(Optional.of("nineveh"))));
        assertEquals(List.of("kidal"), found(EventFilter.all().withModality(Optional.of("UNCERTAIN"))));
    }

    @Test
    void aCircleFindsPlacesAcrossTheAntimeridianAndNoFarther() {
        assertEquals(
                List.of("suva", "taveuni"),
                found(EventFilter.all().withNear(Optional.of(EventFilter.Near.parse("-17.5,179.5,300")))));
        assertEquals(
                List.of("suva"),
                found(EventFilter.all().withNear(Optional.of(new EventFilter.Near(-18.14, 178.44, 50)))));
        assertEquals(
                List.of("mosul"),
                found(EventFilter.all().withNear(Optional.of(new EventFilter.Near(36.19, 44.01, 100)))),
                "Erbil to Mosul is about 80 km");
    }

    @Test
    void datesMatchEveryEventWhosePeriodOverlapsTheRange() {
        Optional<LocalDate> march2 = Optional.of(LocalDate.of(2024, 3, 2));
        assertEquals(
                List.of("mosul", "suva", "taveuni"),
                found(EventFilter.all().withDates(march2, march2)),
                "March 2024 and 2 March overlap 2 March; ISO week 9 of 2024 is 26 February to 3 March");
        assertEquals(
                List.of("mosul", "suva", "taveuni"),
                found(EventFilter.all().withDates(Optional.of(LocalDate.of(2024, 1, 1)), Optional.empty())));
        assertEquals(
                List.of("kidal"),
                found(EventFilter.all().withDates(Optional.empty(), Optional.of(LocalDate.of(2023, 12, 31)))));
    }

    @Test
    void textSearchesEvidenceAndArticlesWithoutExposingFtsSyntax() {
        assertEquals(List.of("kidal"), found(EventFilter.all().withText(Optional.of("convoy"))));
        assertEquals(
                List.of("taveuni"),
                found(EventFilter.all().withText(Optional.of("FARM raided"))),
                "headline and body, any case");
        assertEquals(
                List.of(), found(EventFilter.all().withText(Optional.of("convoy AND farm"))), "AND is a word here");
        assertEquals(List.of("kidal"), found(EventFilter.all().withText(Optional.of("\"convoy*"))));
    }

    @Test
    void pagesAreStableAndCountsCoverAllPages() {
        EventFilter all = EventFilter.all();
        assertEquals(4, query.count(all));
        List<String> first = query.find(all.withPage(2, 0)).stream()
                .map(StoredEvent::articleId)
                .toList();
        List<String> second = query.find(all.withPage(2, 2)).stream()
                .map(StoredEvent::articleId)
                .toList();
        assertEquals(
                List.of("suva", "mosul", "taveuni", "kidal"),
                java.util.stream.Stream.concat(first.stream(), second.stream()).toList(),
                "latest first day first");
    }

    @Test
    void badFilterValuesAreRefusedWithAMessageNamingThem() {
        assertTrue(assertThrows(
                        IllegalArgumentException.class, () -> EventFilter.all().withCountry(Optional.of("Iraq")))
                .getMessage()
                .contains("two-letter"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> EventFilter.Near.parse("36,43"))
                .getMessage()
                .contains("LAT,LON,KM"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> EventFilter.Near.parse("95,43,10"))
                .getMessage()
                .contains("latitude"));
        assertTrue(assertThrows(
                        IllegalArgumentException.class, () -> EventFilter.all().withModality(Optional.of("likely")))
                .getMessage()
                .contains("asserted"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> EventFilter.all()
                        .withDates(Optional.of(LocalDate.of(2024, 2, 1)), Optional.of(LocalDate.of(2024, 1, 1))))
                .getMessage()
                .contains("before it starts"));
        assertTrue(assertThrows(
                        IllegalArgumentException.class, () -> EventFilter.all().withText(Optional.of("*** ?")))
                .getMessage()
                .contains("no words"));
        assertTrue(assertThrows(
                        IllegalArgumentException.class, () -> EventFilter.all().withPage(0, 0))
                .getMessage()
                .contains("limit"));
    }
}
