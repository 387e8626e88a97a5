package org.sitrep.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.data.Tsv;

/**
 * ACLED sub-event types finer than Sitrep's types ("Suicide bomb", "Grenade", "Protest with
 * intervention"), told by cue words of the event's evidence sentence (acled-refinements.tsv). The
 * first matching row wins.
 */
final class AcledRefinements {
    static final List<String> HEADER = List.of("types", "cues", "event_type", "sub_event_type", "reason");

    /** One row: where it applies, its cues as one word-bounded pattern, and the ACLED pair it gives. */
    record Refinement(Set<String> types, Pattern cues, String event, String sub) {
        boolean matches(String type, String sentence) {
            return types.contains(type) && cues.matcher(sentence).find();
        }
    }

    private final List<Refinement> rows;

    private AcledRefinements(List<Refinement> rows) {
        this.rows = List.copyOf(rows);
    }

    static AcledRefinements none() {
        return new AcledRefinements(List.of());
    }

    static AcledRefinements parse(Tsv.Source source, Set<String> types, Map<String, String> caseLabels) {
        List<Refinement> rows = new ArrayList<>();
        for (Tsv.Row row : Tsv.read(source, HEADER)) {
            Set<String> rowTypes = Set.of(row.get(0).split("\\|"));
            for (String type : rowTypes) {
                if (!types.contains(type)) {
                    throw row.error("unknown Sitrep event type '%s'; known types: %s".formatted(type, types));
                }
            }
            if (!caseLabels.containsKey(row.get(2) + " / " + row.get(3))) {
                throw row.error(
                        "'%s / %s' is not an ACLED event type and sub-event type".formatted(row.get(2), row.get(3)));
            }
            List<String> cues = new ArrayList<>();
            for (String cue : row.get(1).split("\\|")) {
                if (!cue.equals(cue.toLowerCase(Locale.ROOT)) || cue.isBlank()) {
                    throw row.error("cue '%s' must be lower-case and not blank".formatted(cue));
                }
                cues.add(Pattern.quote(cue));
            }
            Pattern pattern = Pattern.compile("\\b(" + String.join("|", cues) + ")\\b");
            rows.add(new Refinement(rowTypes, pattern, row.get(2), row.get(3)));
        }
        return new AcledRefinements(rows);
    }

    /** The first refinement for an event of this type stated in this sentence. */
    Optional<Refinement> find(String type, String sentence) {
        String lower = sentence.toLowerCase(Locale.ROOT);
        return rows.stream().filter(r -> r.matches(type, lower)).findFirst();
    }
}
