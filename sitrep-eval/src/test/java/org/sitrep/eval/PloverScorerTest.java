package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sitrep.eval.ActorAgreementTest.arg;
import static org.sitrep.eval.ActorAgreementTest.event;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.model.CharSpan;
import org.sitrep.model.Event;
import org.sitrep.model.EventPlace;
import org.sitrep.model.Role;

class PloverScorerTest {
    private static final Set<String> ISO3 = Set.of("FRA", "DEU");
    private static final Map<String, String> PLOVER =
            Map.of("DEMAND", "REQUEST", "CLASH", "ASSAULT", "NEGOTIATE", "CONSULT");

    private final PloverScorer scorer = new PloverScorer(
            e -> Optional.ofNullable(PLOVER.get(e.type())),
            Set.of("REQUEST", "ASSAULT", "CONSULT"),
            Set.of("REQUEST", "ASSAULT", "CONSULT", "AGREE"),
            name -> name.equals("France") ? Optional.of("FR") : Optional.empty(),
            Set.of("KILL", "INJURE"));

    @Test
    void scoresGoldTypesUnderTheir2021Names() {
        scorer.add(record("DEMAND", List.of()), List.of(event("NEGOTIATE", 0.9), event("DEMAND", 0.5)));
        scorer.add(record("FIGHT", List.of()), List.of(event("CLASH")));
        scorer.add(record("AGREE", List.of()), List.of(event("NEGOTIATE")));
        scorer.add(record("DEMAND", List.of()), List.of());
        assertEquals(new Counts(3, 4, 4), scorer.coverage());
        assertEquals(new Counts(2, 4, 4), scorer.anyEvent());
        assertEquals(new Counts(1, 4, 4), scorer.topEvent());
        assertEquals(new Counts(0, 4, 4), scorer.anyEventAsWritten());
        assertEquals(new Counts(2, 3, 3), scorer.anyEventProducible());
        assertEquals(Map.of("AGREE", 1), scorer.unproducible());
        assertEquals(new Counts(1, 2, 2), scorer.byGoldType().get("DEMAND")[0]);
    }

    @Test
    void comparesActorsInEventsOfTheGoldCategoryAndInAnyEvent() {
        Event demand = event("DEMAND", arg(Role.AGENT, "FRAGOV", "FR", "GOV"));
        Event talks =
                event("NEGOTIATE", arg(Role.AGENT, "DEUGOV", "DE", "GOV"), arg(Role.RECIPIENT, "FRAGOV", "FR", "GOV"));
        scorer.add(
                record("DEMAND", List.of(CameoActorCode.parse("DEU", Optional.of("GOV"), ISO3))),
                List.of(demand, talks));
        assertEquals(1, scorer.rightCategoryRecords());
        assertEquals(new Counts(0, 1, 1), scorer.sourceInRightEvents().country());
        assertEquals(new Counts(1, 1, 1), scorer.sourceInAnyEvent().countryAndSector());
    }

    @Test
    void scoresPlaceCountryFromTheCodeOrACountryName() {
        Event inFrance = event("DEMAND")
                .withPlace(Optional.of(new EventPlace(new CharSpan(0, 4), "Lyon", Optional.of("FR"), "syntax")));
        scorer.add(withPlace("Lyon", Optional.of("FR")), List.of(inFrance));
        scorer.add(withPlace("France", Optional.empty()), List.of(event("DEMAND")));
        scorer.add(withPlace("Gotham", Optional.empty()), List.of(inFrance));
        assertEquals(3, scorer.withPlace());
        assertEquals(new Counts(1, 2, 2), scorer.placeAnyEvent());
        assertEquals(new Counts(1, 2, 2), scorer.placeTopEvent());
        assertEquals(Set.of("Gotham"), scorer.unresolvedPlaces());
    }

    private static PloverRecord record(String type, List<CameoActorCode> sources) {
        return new PloverRecord(
                "r",
                type,
                "Invented sentence.",
                Optional.empty(),
                sources,
                List.of(),
                Optional.empty(),
                Optional.empty());
    }

    private static PloverRecord withPlace(String name, Optional<String> country) {
        return new PloverRecord(
                "r",
                "DEMAND",
                "Invented sentence.",
                Optional.empty(),
                List.of(),
                List.of(),
                Optional.of(name),
                country);
    }
}
