package org.sitrep.incidents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.model.LatLon;
import org.sitrep.ontology.Ontology;

class IncidentMergerTest {
    private static final IncidentMerger MERGER = new IncidentMerger(new IncidentRules(Ontology.load()));

    private static IncidentMention event(String key, String outlet, String type, String day, double lat, double lon) {
        return event(key, outlet, type, day, "Konduga", lat, lon);
    }

    private static IncidentMention event(
            String key, String outlet, String type, String day, String place, double lat, double lon) {
        LocalDate d = LocalDate.parse(day);
        return new IncidentMention(
                key,
                key.substring(0, key.indexOf('/')),
                outlet,
                type,
                Optional.of(d),
                Optional.of(d),
                Optional.of(place),
                Optional.of(new LatLon(lat, lon)),
                Optional.of("town"),
                Optional.of("NG"),
                Optional.of("Borno"),
                new IncidentMention.Actors(Set.of("INS"), Set.of("gunmen")),
                IncidentMention.Actors.NONE);
    }

    private static IncidentMention coarse(String key, LocalDate first, LocalDate last, String precision) {
        return new IncidentMention(
                key,
                key.substring(0, key.indexOf('/')),
                "x",
                "ATTACK",
                Optional.of(first),
                Optional.of(last),
                Optional.of("Konduga"),
                Optional.of(new LatLon(11.65, 13.42)),
                Optional.of(precision),
                Optional.of("NG"),
                Optional.empty(),
                IncidentMention.Actors.NONE,
                IncidentMention.Actors.NONE);
    }

    private static List<List<String>> groups(List<Incident> incidents) {
        List<List<String>> out = new ArrayList<>();
        for (Incident i : incidents) {
            out.add(i.members().stream().map(m -> m.mention().key()).sorted().toList());
        }
        out.sort((a, b) -> a.get(0).compareTo(b.get(0)));
        return out;
    }

    private static final List<IncidentMention> REPORTS = List.of(
            // one attack on Konduga reported three ways over two days, 10 km between the geocodes
            event("a/V1", "wire.example", "ATTACK", "2024-05-04", 11.65, 13.42),
            event("b/V2", "daily.example", "KILL", "2024-05-05", 11.70, 13.35),
            event("c/V1", "radio.example", "ATTACK", "2024-05-04", 11.65, 13.42),
            // the killings the first article reports beside the attack: parts of one happening
            event("a/V3", "wire.example", "KILL", "2024-05-04", 11.65, 13.42),
            // the first article's second attack, 44 km north: it may not join the incident holding its first
            event("a/V2", "wire.example", "ATTACK", "2024-05-04", "Konduga", 12.05, 13.42),
            // the same day 130 km away, and a differently named town 20 km away: other attacks
            event("d/V1", "wire.example", "ATTACK", "2024-05-04", 12.10, 14.50),
            event("f/V1", "daily.example", "ATTACK", "2024-05-04", "Dalwa", 11.83, 13.42),
            // Konduga again five days later: another attack
            event("e/V1", "daily.example", "ATTACK", "2024-05-09", 11.65, 13.42));

    @Test
    void reportsOfOneAttackMergeAndOtherPlacesDaysAndSameTypeEventsOfAnArticleStayApart() {
        List<Incident> incidents = MERGER.merge(REPORTS);
        assertEquals(
                List.of(
                        List.of("a/V1", "a/V3", "b/V2", "c/V1"),
                        List.of("a/V2"),
                        List.of("d/V1"),
                        List.of("e/V1"),
                        List.of("f/V1")),
                groups(incidents));
        Incident konduga = incidents.stream()
                .filter(i -> i.members().size() == 4)
                .findFirst()
                .orElseThrow();
        assertEquals(3, konduga.articles());
        assertEquals(3, konduga.sources());
        assertEquals("ATTACK", konduga.type());
        Incident.Member killing = konduga.members().stream()
                .filter(m -> m.mention().key().equals("b/V2"))
                .findFirst()
                .orElseThrow();
        assertTrue(killing.reasons().contains("1 day apart"), killing.reasons().toString());
        assertTrue(
                killing.reasons().stream().anyMatch(r -> r.matches("\\d+ km apart")),
                killing.reasons().toString());
        assertTrue(
                killing.reasons().contains("same actor INS, gunmen"),
                killing.reasons().toString());
        Incident.Member sameArticle = konduga.members().stream()
                .filter(m -> m.mention().key().equals("a/V3"))
                .findFirst()
                .orElseThrow();
        assertTrue(
                sameArticle.reasons().contains("the same article, days and place"),
                sameArticle.reasons().toString());
    }

    @Test
    void theIncidentsDoNotDependOnTheOrderEventsArriveIn() {
        List<List<String>> expected = groups(MERGER.merge(REPORTS));
        Random random = new Random(7);
        for (int i = 0; i < 20; i++) {
            List<IncidentMention> shuffled = new ArrayList<>(REPORTS);
            Collections.shuffle(shuffled, random);
            assertEquals(expected, groups(MERGER.merge(shuffled)));
        }
    }

    @Test
    void aTimeCoarserThanAWeekOrAPlaceNoFinerThanACountryMatchesNothing() {
        IncidentMention month = coarse("g/V1", LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 31), "town");
        IncidentMention country = coarse("h/V1", LocalDate.of(2024, 5, 4), LocalDate.of(2024, 5, 4), "country");
        assertEquals(3, MERGER.merge(List.of(REPORTS.get(0), month, country)).size());
    }
}
