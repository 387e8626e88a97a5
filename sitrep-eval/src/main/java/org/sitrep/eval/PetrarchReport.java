package org.sitrep.eval;

/** Formats a {@link PetrarchScorer} as plain text. */
public final class PetrarchReport {
    private PetrarchReport() {}

    public static String format(String title, PetrarchScorer s, boolean ploverScored, boolean verbose) {
        StringBuilder out = new StringBuilder(title).append("\n\n");
        out.append("Event code (%d sentences expect an event, %d codings; any Sitrep event against any gold coding)%n"
                .formatted(s.eventRecords(), s.codings()));
        PloverReport.line(out, "coverage: sentences with any Sitrep event", s.coverage());
        PloverReport.line(out, "CAMEO root (first two digits) matches", s.root());
        PloverReport.line(out, "CAMEO full code matches", s.fullCode());
        if (ploverScored) {
            PloverReport.line(out, "PLOVER type of the gold code matches", s.plover());
            out.append(
                    "  (of the sentences whose gold codes have a PLOVER type; the table has none for CAMEO 01-02, statements and appeals)\n");
        } else {
            out.append("PLOVER type: not scored (no CAMEO2PLOVER-2021.txt given)\n");
        }
        PloverReport.line(out, "root precision: root matches / sentences with events", s.rootPrecision());
        PloverReport.line(out, "no-event sentences where Sitrep predicts an event", s.falseAlarms());
        out.append("\nActors (country only: first three letters of sourcecode/targetcode when an ISO3 country, "
                + "vs the ISO3 prefix of\n Sitrep's AGENT (source) and PATIENT/RECIPIENT (target) actor codes; "
                + "sentences with a country-coded gold actor)\n");
        out.append("in any event:\n");
        PloverReport.line(out, "  source country", s.sourceInAnyEvent().country());
        PloverReport.line(out, "  target country", s.targetInAnyEvent().country());
        out.append("in events with a matching CAMEO root:\n");
        PloverReport.line(out, "  source country", s.sourceInSameRootEvents().country());
        PloverReport.line(out, "  target country", s.targetInSameRootEvents().country());
        PloverReport.line(out, "whole coding: root + source + target country", s.wholeCoding());
        out.append("  (of the gold codings whose source and target both start with a country code)\n");
        if (verbose) {
            out.append("\nCAMEO root matches by sentence category:\n");
            s.byCategory().forEach((category, c) -> PloverReport.line(out, "  " + category, c));
        }
        return out.toString();
    }
}
