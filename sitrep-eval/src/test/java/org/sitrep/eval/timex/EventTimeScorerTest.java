package org.sitrep.eval.timex;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EventTimeScorerTest {
    private static EventTimeScorer.Predicted event(int start, int end, String value, String rule) {
        return new EventTimeScorer.Predicted(List.of(new int[] {start, end}), Optional.ofNullable(value), rule);
    }

    @Test
    void scoresTheEventsFoundOnGoldTriggersExactlyAndAtAnyPrecision() {
        EventTimeScorer s = new EventTimeScorer();
        s.add(
                List.of(
                        new GoldEventTime(0, 5, "2016-01-05"),
                        new GoldEventTime(10, 15, "2016-01"),
                        new GoldEventTime(20, 25, "2015"),
                        new GoldEventTime(30, 35, "2016-01-07")),
                List.of(
                        event(0, 5, "2016-01-05", "syntax"),
                        event(11, 14, "2016-01-07", "narrative"),
                        event(20, 25, "2014", "published")));
        assertEquals(4, s.gold());
        assertEquals(3, s.found());
        assertEquals(1.0 / 3, s.exactAccuracy(), 1e-9);
        assertEquals(2.0 / 3, s.compatibleAccuracy(), 1e-9);
    }

    @Test
    void anUnresolvedTimeIsWrong() {
        EventTimeScorer s = new EventTimeScorer();
        s.add(List.of(new GoldEventTime(0, 5, "2016-01-05")), List.of(event(0, 5, null, "sentence")));
        assertEquals(1, s.found());
        assertEquals(0.0, s.compatibleAccuracy());
    }
}
