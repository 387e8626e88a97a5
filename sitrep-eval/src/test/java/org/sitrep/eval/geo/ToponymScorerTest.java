package org.sitrep.eval.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.sitrep.model.LatLon;

/** The toponym scores on hand-made articles whose right answers are worked out by hand. */
class ToponymScorerTest {
    private static final LatLon PARIS = new LatLon(48.85341, 2.34880);
    private static final LatLon LONDON = new LatLon(51.50853, -0.12574);

    private static GoldToponym gold(int start, int end, LatLon p, long id, String code) {
        return new GoldToponym(start, end, "x".repeat(end - start), Optional.of(p), OptionalLong.of(id), code);
    }

    @Test
    void parisToLondonIsAbout344Km() {
        assertEquals(344, PARIS.km(LONDON), 1.5);
        assertEquals(0, PARIS.km(PARIS), 1e-9);
    }

    @Test
    void countsRecallAccuracyErrorsSameIdAndPrecision() {
        ToponymScorer scorer = new ToponymScorer();
        List<GoldToponym> gold = List.of(
                gold(0, 5, PARIS, 2988507, "PPLC"), // found exactly
                gold(10, 16, PARIS, 2988507, "PPLC"), // found 344 km off, another id
                gold(20, 25, LONDON, 2643743, "PPLC"), // missed
                new GoldToponym(30, 35, "Bahia", Optional.empty(), OptionalLong.empty(), "")); // no coordinates
        List<SystemToponym> system = List.of(
                new SystemToponym(0, 5, PARIS, 2988507, ""),
                new SystemToponym(10, 16, LONDON, 2643743, ""),
                new SystemToponym(30, 35, LONDON, 1, ""), // on a gold toponym without coordinates: no false alarm
                new SystemToponym(40, 44, LONDON, 1, "")); // on no gold toponym
        scorer.add("a1", gold, system);

        assertEquals(2.0 / 3, scorer.recall(), 1e-9);
        assertEquals(0.5, scorer.accuracy(), 1e-9);
        assertEquals(344 / 2.0, scorer.all().mean(), 1);
        assertEquals(344 / 2.0, scorer.all().median(), 1);
        assertEquals(0.5, scorer.all().sameIdRate(), 1e-9);
        assertEquals(0.5, scorer.all().accuracyOrSameId(), 1e-9);
        assertEquals(0.75, scorer.precision(), 1e-9);
        assertEquals(List.of("town"), List.copyOf(scorer.groups().keySet()));
        String table = scorer.format("test");
        assertTrue(table.contains("precision: 3 of 4"), table);
        // the listing: the miss first, then the far error with the system's label; the right one is not listed
        assertEquals(2, scorer.listed().size());
        List<String> lines = scorer.errors().lines().toList();
        assertEquals("town\ta1\txxxxx\tMISSED\t", lines.get(0));
        assertTrue(lines.get(1).startsWith("town\ta1\txxxxxx\t34"), lines.get(1));
    }

    @Test
    void eachSystemPlaceGeocodesOneGoldToponymAtMost() {
        ToponymScorer scorer = new ToponymScorer();
        // "Paris, Texas" as one system span over two gold toponyms: only the one it overlaps most is geocoded
        scorer.add(
                "a1",
                List.of(gold(0, 5, PARIS, 1, "PPL"), gold(7, 12, LONDON, 2, "ADM1")),
                List.of(new SystemToponym(0, 12, PARIS, 1, "")));
        assertEquals(0.5, scorer.recall(), 1e-9);
        assertEquals(1, scorer.groups().get("town").errors.size());
        assertEquals(0, scorer.groups().get("admin1").errors.size());
    }

    @Test
    void theGoldIdCountsAsRightWhateverPointEachSideGivesIt() {
        ToponymScorer scorer = new ToponymScorer();
        // a country at its capital's point, 344 km from the gold's point for it, but the same GeoNames id
        scorer.add(
                "a1",
                List.of(gold(0, 6, PARIS, 3017382, "PCLI")),
                List.of(new SystemToponym(0, 6, LONDON, 3017382, "")));
        assertEquals(0, scorer.accuracy(), 1e-9);
        assertEquals(1, scorer.all().accuracyOrSameId(), 1e-9);
    }

    @Test
    void aucIsTheAreaUnderTheSortedLogErrorsOverItsMaximum() {
        double max = Math.log(20039);
        assertEquals(0, ToponymScorer.auc(List.of(0.0, 0.0)), 1e-12);
        assertEquals(1, ToponymScorer.auc(List.of(20039.0 - 1, 20039.0 - 1)), 1e-3);
        // sorted y = 0, ln 11, ln 101: trapezoids (0 + ln 11) / 2 + (ln 11 + ln 101) / 2 over 2 × ln 20039
        double expected = ((Math.log(11)) / 2 + (Math.log(11) + Math.log(101)) / 2) / (2 * max);
        assertEquals(expected, ToponymScorer.auc(List.of(100.0, 0.0, 10.0)), 1e-12);
    }

    @Test
    void groupsFollowTheGoldFeatureCode() {
        assertEquals("country", gold(0, 1, PARIS, 1, "PCLI").group());
        assertEquals("admin1", gold(0, 1, PARIS, 1, "ADM1").group());
        assertEquals("town", gold(0, 1, PARIS, 1, "PPLA2").group());
        assertEquals("other", gold(0, 1, PARIS, 1, "ADM2").group());
        assertEquals("unknown", gold(0, 1, PARIS, 1, "").group());
    }
}
