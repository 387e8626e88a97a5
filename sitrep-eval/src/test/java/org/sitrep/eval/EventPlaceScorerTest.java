package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.model.CharSpan;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.EventMention;
import org.sitrep.model.EventPlace;
import org.sitrep.model.Modality;

class EventPlaceScorerTest {
    // "Rebels shelled Homs. The city burned. Gunmen attacked Hama."
    private static final String TEXT = "Rebels shelled Homs. The city burned. Gunmen attacked Hama.";
    private static final CharSpan HOMS = span("Homs");
    private static final CharSpan THE_CITY = span("The city");

    private static CharSpan span(String s) {
        int at = TEXT.indexOf(s);
        return new CharSpan(at, at + s.length());
    }

    private static Gold.Event gold(String trigger, Gold.Argument... args) {
        return new Gold.Event("Conflict.Attack.Unspecified", span(trigger), List.of(args));
    }

    private static Event event(String trigger, String place) {
        Optional<EventPlace> p =
                Optional.ofNullable(place).map(name -> new EventPlace(span(name), name, Optional.empty(), "syntax"));
        return new Event(
                "V1",
                "ATTACK",
                List.of(new EventMention(span(trigger), trigger, 0)),
                List.of(),
                p,
                Optional.empty(),
                Modality.ASSERTED,
                0.8,
                new CharSpan(0, TEXT.length()));
    }

    private static EventPlaceScorer score(List<Gold.Event> gold, Event... predicted) {
        EventPlaceScorer scorer = new EventPlaceScorer();
        Gold.Doc doc = new Gold.Doc("d1", TEXT, List.of(), gold);
        scorer.add(doc, Optional.of(Document.of("d1", TEXT).withEvents(List.of(predicted))));
        return scorer;
    }

    @Test
    void aPlaceOverlappingTheGoldPlaceIsRight() {
        EventPlaceScorer s =
                score(List.of(gold("shelled", new Gold.Argument("Place", HOMS))), event("shelled", "Homs"));
        assertEquals(1, s.gold());
        assertEquals(1, s.right());
    }

    @Test
    void aMentionCoreferentWithTheGoldPlaceIsTheSamePlace() {
        Gold.Argument place = new Gold.Argument("Place", new CharSpan(26, 29), List.of(THE_CITY, HOMS));
        EventPlaceScorer s = score(List.of(gold("burned", place)), event("burned", "Homs"));
        assertEquals(1, s.right());
    }

    @Test
    void anotherPlaceIsWrongAndNoPlaceCountsAgainstAccuracyNotCoverage() {
        EventPlaceScorer s = score(
                List.of(
                        gold("shelled", new Gold.Argument("Place", HOMS)),
                        gold("attacked", new Gold.Argument("Place", span("Hama")))),
                event("shelled", "Hama"),
                event("attacked", null));
        assertEquals(2, s.rows().size());
        assertEquals(1, s.placed());
        assertEquals(0, s.right());
    }

    @Test
    void goldEventsWithoutAPlaceOrNotFoundByTheSystemAreOutOfScope() {
        EventPlaceScorer s = score(
                List.of(
                        gold("shelled", new Gold.Argument("Attacker", span("Rebels"))),
                        gold("attacked", new Gold.Argument("Place", span("Hama")))),
                event("shelled", "Homs"));
        assertEquals(1, s.gold());
        assertEquals(List.of(), s.rows());
    }
}
