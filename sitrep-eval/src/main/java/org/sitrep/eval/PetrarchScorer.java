package org.sitrep.eval;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.sitrep.model.Event;

/**
 * Scores Sitrep's events against PETRARCH-2 validation records, one sentence at a time: CAMEO event
 * code at root level (first two digits) and in full, PLOVER type of the gold code (when a
 * {@link CameoToPlover} table is given), source and target country, the whole coding (root, source
 * country and target country in one Sitrep event), and events on sentences that expect none.
 * Actor codes are compared on country only, and only when the gold code starts with an ISO3 country.
 */
public final class PetrarchScorer {
    private final Function<Event, String> cameoOf;
    private final Function<Event, Optional<String>> ploverOf;
    private final Optional<CameoToPlover> table;
    private final Set<String> iso3;
    private final ActorAgreement sourceAny = new ActorAgreement();
    private final ActorAgreement targetAny = new ActorAgreement();
    private final ActorAgreement sourceRoot = new ActorAgreement();
    private final ActorAgreement targetRoot = new ActorAgreement();
    private final Map<String, int[]> byCategory = new TreeMap<>(); // category → {gold-event records, root hits}
    private int eventRecords;
    private int covered;
    private int rootHits;
    private int codeHits;
    private int ploverGold;
    private int ploverHits;
    private int codings;
    private int codingsComparable;
    private int codingHits;
    private int noEventRecords;
    private int falseAlarms;
    private int predictedRecords;

    /**
     * @param cameoOf  an event's CAMEO code
     * @param ploverOf an event's PLOVER type, empty when it has none
     * @param table    CAMEO → PLOVER for the gold codes; empty to skip the PLOVER comparison
     * @param iso3     the ISO3 country codes actor codes are read against
     */
    public PetrarchScorer(
            Function<Event, String> cameoOf,
            Function<Event, Optional<String>> ploverOf,
            Optional<CameoToPlover> table,
            Set<String> iso3) {
        this.cameoOf = cameoOf;
        this.ploverOf = ploverOf;
        this.table = table;
        this.iso3 = Set.copyOf(iso3);
    }

    public void add(PetrarchRecord gold, List<Event> events) {
        predictedRecords += events.isEmpty() ? 0 : 1;
        if (gold.codings().isEmpty()) {
            noEventRecords++;
            falseAlarms += events.isEmpty() ? 0 : 1;
            return;
        }
        eventRecords++;
        covered += events.isEmpty() ? 0 : 1;
        int[] row = byCategory.computeIfAbsent(gold.category(), k -> new int[2]);
        row[0]++;
        List<Event> sameRoot = events.stream()
                .filter(e -> gold.codings().stream()
                        .anyMatch(c -> root(cameoOf.apply(e)).equals(c.root())))
                .toList();
        if (!sameRoot.isEmpty()) {
            rootHits++;
            row[1]++;
        }
        if (events.stream().anyMatch(e -> gold.codings().stream()
                .anyMatch(c -> cameoOf.apply(e).equals(c.eventCode())))) {
            codeHits++;
        }
        table.ifPresent(t -> {
            Set<String> goldTypes = gold.codings().stream()
                    .flatMap(c -> t.plover(c.eventCode()).stream())
                    .collect(java.util.stream.Collectors.toSet());
            if (!goldTypes.isEmpty()) {
                ploverGold++;
                if (events.stream()
                        .anyMatch(e ->
                                ploverOf.apply(e).filter(goldTypes::contains).isPresent())) {
                    ploverHits++;
                }
            }
        });
        List<CameoActorCode> sources = countries(
                gold.codings().stream().map(PetrarchRecord.Coding::sourceCode).toList());
        List<CameoActorCode> targets = countries(
                gold.codings().stream().map(PetrarchRecord.Coding::targetCode).toList());
        sourceAny.add(sources, events, ActorAgreement.SOURCE_ROLES);
        targetAny.add(targets, events, ActorAgreement.TARGET_ROLES);
        if (!sameRoot.isEmpty()) {
            sourceRoot.add(sources, sameRoot, ActorAgreement.SOURCE_ROLES);
            targetRoot.add(targets, sameRoot, ActorAgreement.TARGET_ROLES);
        }
        for (PetrarchRecord.Coding c : gold.codings()) {
            codings++;
            CameoActorCode source = CameoActorCode.parse(c.sourceCode(), iso3);
            CameoActorCode target = CameoActorCode.parse(c.targetCode(), iso3);
            if (source.country().isEmpty() || target.country().isEmpty()) {
                continue;
            }
            codingsComparable++;
            if (events.stream()
                    .anyMatch(e -> root(cameoOf.apply(e)).equals(c.root())
                            && ActorAgreement.actors(List.of(e), ActorAgreement.SOURCE_ROLES).stream()
                                    .anyMatch(source::sameCountry)
                            && ActorAgreement.actors(List.of(e), ActorAgreement.TARGET_ROLES).stream()
                                    .anyMatch(target::sameCountry))) {
                codingHits++;
            }
        }
    }

    private List<CameoActorCode> countries(List<String> codes) {
        return codes.stream()
                .map(c -> CameoActorCode.parse(c, iso3))
                .filter(c -> c.country().isPresent())
                .toList();
    }

    private static String root(String cameo) {
        return cameo.length() >= 2 ? cameo.substring(0, 2) : cameo;
    }

    /** Sentences that expect at least one event. */
    public int eventRecords() {
        return eventRecords;
    }

    /** Of the sentences that expect an event: Sitrep found any event. */
    public Counts coverage() {
        return new Counts(covered, eventRecords, eventRecords);
    }

    /** Of the sentences that expect an event: some Sitrep event has the root of some gold code. */
    public Counts root() {
        return new Counts(rootHits, eventRecords, eventRecords);
    }

    /** Of the sentences that expect an event: some Sitrep event has exactly some gold code. */
    public Counts fullCode() {
        return new Counts(codeHits, eventRecords, eventRecords);
    }

    /** Of the sentences whose gold codes have a PLOVER type: some Sitrep event has one of those types. */
    public Counts plover() {
        return new Counts(ploverHits, ploverGold, ploverGold);
    }

    /** Sentences with a root match, of the sentences where Sitrep predicts any event (gold events or not). */
    public Counts rootPrecision() {
        return new Counts(rootHits, predictedRecords, predictedRecords);
    }

    /** Of the sentences that expect no event: those where Sitrep predicts one (false alarms). */
    public Counts falseAlarms() {
        return new Counts(falseAlarms, noEventRecords, noEventRecords);
    }

    public ActorAgreement sourceInAnyEvent() {
        return sourceAny;
    }

    public ActorAgreement targetInAnyEvent() {
        return targetAny;
    }

    public ActorAgreement sourceInSameRootEvents() {
        return sourceRoot;
    }

    public ActorAgreement targetInSameRootEvents() {
        return targetRoot;
    }

    /** Gold codings whose source and target both have a country: one Sitrep event has their root and both countries. */
    public Counts wholeCoding() {
        return new Counts(codingHits, codingsComparable, codingsComparable);
    }

    /** All gold codings, comparable or not. */
    public int codings() {
        return codings;
    }

    /** Per sentence category: root matches of the sentences that expect an event. */
    public Map<String, Counts> byCategory() {
        Map<String, Counts> result = new TreeMap<>();
        byCategory.forEach((k, r) -> result.put(k, new Counts(r[1], r[0], r[0])));
        return result;
    }
}
