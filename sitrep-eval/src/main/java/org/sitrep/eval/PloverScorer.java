package org.sitrep.eval;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.EventPlace;

/**
 * Scores Sitrep's events against PLOVER gold records, one record at a time: event category (any
 * event, and the top event as chosen by {@link SubEventPredictor}), source and target actors
 * ({@link ActorAgreement}) and the country of the event place.
 *
 * <p>Gold types are compared under their PLOVER 2021 names ({@link #RENAMED_2021}), the names
 * Sitrep's coding uses; {@code producible} are the PLOVER types some Sitrep type maps to.
 */
public final class PloverScorer {
    /** The 2021 revision merged FIGHT into ASSAULT, renamed DEMAND REQUEST, and merged DISAPPROVE and INVESTIGATE into ACCUSE. */
    public static final Map<String, String> RENAMED_2021 =
            Map.of("FIGHT", "ASSAULT", "DEMAND", "REQUEST", "DISAPPROVE", "ACCUSE", "INVESTIGATE", "ACCUSE");

    private final Function<Event, Optional<String>> ploverOf;
    private final Set<String> producible;
    private final Function<String, Optional<String>> countryOfName;
    private final SubEventPredictor top;
    private final ClassificationScorer topScores;
    private final Map<String, int[]> byGoldType = new TreeMap<>(); // as written → {gold, any, top}
    private final ActorAgreement sourceRight = new ActorAgreement();
    private final ActorAgreement targetRight = new ActorAgreement();
    private final ActorAgreement sourceAny = new ActorAgreement();
    private final ActorAgreement targetAny = new ActorAgreement();
    private final Set<String> unresolvedPlaces = new TreeSet<>();
    private int records;
    private int withEvent;
    private int withPloverEvent;
    private int anyRight;
    private int anyRightAsWritten;
    private int topRight;
    private int producibleRecords;
    private int producibleAny;
    private int producibleTop;
    private int rightCategoryRecords;
    private int withPlace;
    private int placeGold;
    private int placeAny;
    private int placeTop;

    /**
     * @param ploverOf      an event's PLOVER 2021 type, empty when it has none
     * @param producible    the PLOVER types Sitrep can produce
     * @param countryOfName the ISO2 country of a place name when the name is a country ("Britain" → GB)
     * @param outcomes      the ontology's "outcome" family, chosen as top event only when no other has a type
     */
    public PloverScorer(
            Function<Event, Optional<String>> ploverOf,
            Set<String> producible,
            Set<String> labels,
            Function<String, Optional<String>> countryOfName,
            Set<String> outcomes) {
        this.ploverOf = ploverOf;
        this.producible = Set.copyOf(producible);
        this.countryOfName = countryOfName;
        this.top = new SubEventPredictor((document, event) -> ploverOf.apply(event), outcomes);
        this.topScores = new ClassificationScorer(labels);
    }

    /** The gold type under its 2021 name. */
    public static String name2021(String goldType) {
        return RENAMED_2021.getOrDefault(goldType, goldType);
    }

    public void add(PloverRecord gold, List<Event> events) {
        records++;
        String type = name2021(gold.event());
        int[] row = byGoldType.computeIfAbsent(gold.event(), k -> new int[3]);
        row[0]++;
        List<Event> right = events.stream()
                .filter(e -> ploverOf.apply(e).filter(type::equals).isPresent())
                .toList();
        Optional<Event> topEvent = top.choose(events, Document.of(gold.id(), ""));
        Optional<String> topType = topEvent.flatMap(ploverOf);
        boolean any = !right.isEmpty();
        boolean topHit = topType.filter(type::equals).isPresent();
        withEvent += events.isEmpty() ? 0 : 1;
        withPloverEvent += events.stream().anyMatch(e -> ploverOf.apply(e).isPresent()) ? 1 : 0;
        anyRight += any ? 1 : 0;
        anyRightAsWritten += events.stream()
                        .anyMatch(e ->
                                ploverOf.apply(e).filter(gold.event()::equals).isPresent())
                ? 1
                : 0;
        topRight += topHit ? 1 : 0;
        row[1] += any ? 1 : 0;
        row[2] += topHit ? 1 : 0;
        if (producible.contains(type)) {
            producibleRecords++;
            producibleAny += any ? 1 : 0;
            producibleTop += topHit ? 1 : 0;
        }
        topScores.add(type, topType);
        if (any) {
            rightCategoryRecords++;
            sourceRight.add(gold.sources(), right, ActorAgreement.SOURCE_ROLES);
            targetRight.add(gold.targets(), right, ActorAgreement.TARGET_ROLES);
        }
        if (!events.isEmpty()) {
            sourceAny.add(gold.sources(), events, ActorAgreement.SOURCE_ROLES);
            targetAny.add(gold.targets(), events, ActorAgreement.TARGET_ROLES);
        }
        place(gold, events, topEvent);
    }

    private void place(PloverRecord gold, List<Event> events, Optional<Event> topEvent) {
        if (gold.placeName().isEmpty() && gold.placeCountry().isEmpty()) {
            return;
        }
        withPlace++;
        Optional<String> country = gold.placeCountry().or(() -> gold.placeName().flatMap(countryOfName));
        if (country.isEmpty()) {
            unresolvedPlaces.add(gold.placeName().orElse("?"));
            return;
        }
        placeGold++;
        placeAny += events.stream().anyMatch(e -> placeCountry(e)
                        .filter(country.get()::equalsIgnoreCase)
                        .isPresent())
                ? 1
                : 0;
        placeTop += topEvent.flatMap(PloverScorer::placeCountry)
                        .filter(country.get()::equalsIgnoreCase)
                        .isPresent()
                ? 1
                : 0;
    }

    private static Optional<String> placeCountry(Event e) {
        return e.place().flatMap(EventPlace::country);
    }

    public int records() {
        return records;
    }

    /** Records with any Sitrep event, and with any event that has a PLOVER type (as correct of gold). */
    public Counts coverage() {
        return new Counts(withEvent, records, records);
    }

    public Counts ploverCoverage() {
        return new Counts(withPloverEvent, records, records);
    }

    /** Records where some event has the gold type (2021 names). */
    public Counts anyEvent() {
        return new Counts(anyRight, records, records);
    }

    /** Records where some event has the gold type exactly as written (2016 names stay unmatched). */
    public Counts anyEventAsWritten() {
        return new Counts(anyRightAsWritten, records, records);
    }

    public Counts topEvent() {
        return new Counts(topRight, records, records);
    }

    public Counts anyEventProducible() {
        return new Counts(producibleAny, producibleRecords, producibleRecords);
    }

    public Counts topEventProducible() {
        return new Counts(producibleTop, producibleRecords, producibleRecords);
    }

    /** Per gold type as written: gold records, any-event hits, top-event hits. */
    public Map<String, Counts[]> byGoldType() {
        Map<String, Counts[]> result = new TreeMap<>();
        byGoldType.forEach(
                (t, r) -> result.put(t, new Counts[] {new Counts(r[1], r[0], r[0]), new Counts(r[2], r[0], r[0])}));
        return result;
    }

    /** Gold types (as written) whose 2021 name no Sitrep type produces, with their record counts. */
    public Map<String, Integer> unproducible() {
        Map<String, Integer> result = new TreeMap<>();
        byGoldType.forEach((t, r) -> {
            if (!producible.contains(name2021(t))) {
                result.put(t, r[0]);
            }
        });
        return result;
    }

    /** Top-event classification over the PLOVER 2021 types: per-type P/R/F1 and confusions. */
    public ClassificationScorer topScores() {
        return topScores;
    }

    public int rightCategoryRecords() {
        return rightCategoryRecords;
    }

    public ActorAgreement sourceInRightEvents() {
        return sourceRight;
    }

    public ActorAgreement targetInRightEvents() {
        return targetRight;
    }

    public ActorAgreement sourceInAnyEvent() {
        return sourceAny;
    }

    public ActorAgreement targetInAnyEvent() {
        return targetAny;
    }

    /** Records with a gold location at all. */
    public int withPlace() {
        return withPlace;
    }

    /** Of the records whose gold location gives a country: some event's place has it. */
    public Counts placeAnyEvent() {
        return new Counts(placeAny, placeGold, placeGold);
    }

    /** Of the records whose gold location gives a country: the top event's place has it. */
    public Counts placeTopEvent() {
        return new Counts(placeTop, placeGold, placeGold);
    }

    /** Gold location names that are neither given a country code nor a country name. */
    public Set<String> unresolvedPlaces() {
        return Set.copyOf(unresolvedPlaces);
    }
}
