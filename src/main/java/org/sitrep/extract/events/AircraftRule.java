package org.sitrep.extract.events;

import java.util.Locale;
import java.util.Set;
import org.sitrep.model.Argument;
import org.sitrep.model.Role;

/** Bombs dropped and strikes made by aircraft are air strikes: "coalition jets bombed a market". */
final class AircraftRule {
    private static final Set<String> FROM = Set.of("BOMBING", "ATTACK", "SHELLING");
    private static final Set<String> AIRCRAFT = Set.of("jet", "jets", "warplane", "warplanes", "aircraft", "plane",
            "planes", "drone", "drones", "helicopter", "helicopters", "bomber", "bombers", "gunship", "gunships");

    void refine(Draft d) {
        if (!FROM.contains(d.type())) {
            return;
        }
        for (Argument a : d.arguments) {
            if (a.role() == Role.AGENT || a.role() == Role.INSTRUMENT) {
                String[] words = a.text().toLowerCase(Locale.ROOT).split("\\s+");
                if (AIRCRAFT.contains(words[words.length - 1])) {
                    d.type = "AIRSTRIKE";
                    return;
                }
            }
        }
    }
}
