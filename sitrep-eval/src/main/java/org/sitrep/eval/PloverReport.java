package org.sitrep.eval;

import java.util.Map;

/** Formats a {@link PloverScorer} as plain text. */
public final class PloverReport {
    private PloverReport() {}

    public static String format(String title, PloverScorer s, boolean verbose) {
        StringBuilder out = new StringBuilder(title).append("\n\n");
        out.append(
                "Event category (gold types under their 2021 names: FIGHT->ASSAULT, DEMAND->REQUEST, DISAPPROVE/INVESTIGATE->ACCUSE)\n");
        line(out, "coverage: records with any Sitrep event", s.coverage());
        line(out, "records with an event that has a PLOVER type", s.ploverCoverage());
        line(out, "any event has the gold type", s.anyEvent());
        line(out, "top event has the gold type", s.topEvent());
        line(out, "any event, gold names as written (2016)", s.anyEventAsWritten());
        line(out, "any event, producible gold types only", s.anyEventProducible());
        line(out, "top event, producible gold types only", s.topEventProducible());
        out.append("gold types Sitrep cannot produce (no Sitrep type maps to them): ")
                .append(s.unproducible())
                .append('\n');
        if (verbose) {
            out.append("\n%-12s %-9s %6s %14s %14s%n".formatted("gold type", "2021", "gold", "any event", "top event"));
            for (Map.Entry<String, Counts[]> e : s.byGoldType().entrySet()) {
                Counts any = e.getValue()[0];
                Counts top = e.getValue()[1];
                String name =
                        PloverScorer.name2021(e.getKey()) + (s.unproducible().containsKey(e.getKey()) ? "*" : "");
                out.append("%-12s %-9s %6d %6d %6.1f%% %6d %6.1f%%%n"
                        .formatted(
                                e.getKey(),
                                name,
                                any.gold(),
                                any.correct(),
                                100 * any.recall(),
                                top.correct(),
                                100 * top.recall()));
            }
            out.append("(* not producible by Sitrep)\n");
            out.append("\ntop event as a classifier over the 2021 types (types with gold or predictions):\n");
            out.append("%-12s %6s %6s %6s %6s %6s %6s%n".formatted("type", "P", "R", "F1", "right", "pred", "gold"));
            s.topScores().byLabel().forEach((label, c) -> {
                if (c.gold() > 0 || c.predicted() > 0) {
                    out.append("%-12s %6.1f %6.1f %6.1f %6d %6d %6d%n"
                            .formatted(
                                    label,
                                    100 * c.precision(),
                                    100 * c.recall(),
                                    100 * c.f1(),
                                    c.correct(),
                                    c.predicted(),
                                    c.gold()));
                }
            });
            out.append("most frequent errors (gold -> top event):\n");
            s.topScores().confusions().entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue()
                            .reversed()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .limit(12)
                    .forEach(e -> out.append("  %4d  %s%n".formatted(e.getValue(), e.getKey())));
        }
        out.append("\nActors (record-level: some coded Sitrep argument agrees with some gold actor; source = AGENT, "
                + "target = PATIENT/RECIPIENT;\n gold country = ISO3 prefix of the gold code, JAP/ITL/VTN read as JPN/ITA/VNM; "
                + "group codes IGO/NGO match a Sitrep actor\n without a country of that sector, IMG one of sector INS/REB/SEP; "
                + "sector = first three letters of the gold sector, CIV read as CVL)\n");
        out.append("in events of the gold category (%d records):%n".formatted(s.rightCategoryRecords()));
        actors(out, s.sourceInRightEvents(), s.targetInRightEvents());
        out.append("in any event (%d records):%n".formatted(s.coverage().correct()));
        actors(out, s.sourceInAnyEvent(), s.targetInAnyEvent());
        out.append("\nPlace country (gold eventLoc: 'country code' (ISO2), else the name when it is a country name)\n");
        out.append(
                "records with an eventLoc: %d; with a gold country: %d; town names without a country, not scored: %s%n"
                        .formatted(
                                s.withPlace(),
                                s.placeAnyEvent().gold(),
                                s.unresolvedPlaces().stream().sorted().toList()));
        line(out, "any event's place is in the gold country", s.placeAnyEvent());
        line(out, "top event's place is in the gold country", s.placeTopEvent());
        return out.toString();
    }

    private static void actors(StringBuilder out, ActorAgreement source, ActorAgreement target) {
        line(out, "  source country", source.country());
        line(out, "  source country + sector", source.countryAndSector());
        line(out, "  target country", target.country());
        line(out, "  target country + sector", target.countryAndSector());
    }

    /** "label   12.3%  (n of N)" from a Counts used as hits of total. */
    static void line(StringBuilder out, String label, Counts c) {
        out.append("%-52s %5.1f%%  (%d of %d)%n".formatted(label, 100 * c.recall(), c.correct(), c.gold()));
    }
}
