package org.sitrep.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.coding.EventCoding;
import org.sitrep.data.Tsv;
import org.sitrep.ontology.Ontology;

/**
 * The 30 labels of CASE 2021 Task 2 (Haneczok et al. 2021): 25 ACLED sub-event types under short
 * codes, plus 5 types outside ACLED. Knows which ACLED sub-event name each code stands for.
 */
public final class CaseLabels {
    /** Types the task added outside ACLED's taxonomy. */
    public static final List<String> UNSEEN =
            List.of("ORG_CRIME", "NATURAL_DISASTER", "MAN_MADE_DISASTER", "DIPLO", "ATTRIB");

    /**
     * ACLED sub-event name → CASE code, in ACLED's order, from the one table that holds them:
     * org/sitrep/coding/acled-taxonomy.tsv.
     */
    private final Map<String, String> acled;
    /** Sitrep event type → one of the {@link #UNSEEN} labels, from case2021-unseen.tsv. */
    private final Map<String, String> unseenByType;

    private CaseLabels(Map<String, String> acled, Map<String, String> unseenByType) {
        this.acled = acled;
        this.unseenByType = unseenByType;
    }

    /** The tables on the classpath; case2021-unseen.tsv's types are checked against the ontology. */
    public static CaseLabels load(Ontology ontology) {
        return new CaseLabels(taxonomy(), unseenByType(ontology.names()));
    }

    /** All 30 codes: ACLED's 25, then the 5 unseen ones. */
    public Set<String> all() {
        Set<String> all = new LinkedHashSet<>(acled.values());
        all.addAll(UNSEEN);
        return all;
    }

    /**
     * The CASE code for an ACLED sub-event name ("Air/drone strike", "air/drone strike", "Arrest")
     * or for a CASE code itself ("AIR_STRIKE"); empty if it is neither.
     */
    private Optional<String> fromAcled(String value) {
        String key = normalise(value);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        for (Map.Entry<String, String> e : acled.entrySet()) {
            if (normalise(e.getKey()).equals(key) || normalise(e.getValue()).equals(key)) {
                return Optional.of(e.getValue());
            }
        }
        if (key.equals("arrest")) {
            return Optional.of("ARREST");
        }
        return UNSEEN.stream().filter(u -> normalise(u).equals(key)).findFirst();
    }

    /**
     * The CASE code of an event: the unseen label of its Sitrep type if case2021-unseen.tsv gives
     * one, else the code of its ACLED sub-event type ({@link #fromAcled}).
     */
    public Optional<String> of(String sitrepType, String acledSubEvent) {
        String unseen = unseenByType.get(sitrepType);
        return unseen != null ? Optional.of(unseen) : fromAcled(acledSubEvent);
    }

    private static Map<String, String> unseenByType(Set<String> types) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (Tsv.Row row : Tsv.read(
                Tsv.Source.resource(CaseLabels.class, "case2021-unseen.tsv"),
                List.of("sitrep_type", "case2021", "reason"))) {
            if (!types.contains(row.get(0))) {
                throw row.error("unknown Sitrep event type '" + row.get(0) + "'");
            }
            if (!UNSEEN.contains(row.get(1))) {
                throw row.error("'" + row.get(1) + "' is not one of the unseen CASE labels " + UNSEEN);
            }
            if (labels.put(row.get(0), row.get(1)) != null) {
                throw row.error("second row for " + row.get(0));
            }
        }
        return Collections.unmodifiableMap(labels);
    }

    private static Map<String, String> taxonomy() {
        Map<String, String> labels = new LinkedHashMap<>();
        for (Tsv.Row row : Tsv.read(
                Tsv.Source.resource(EventCoding.class, "acled-taxonomy.tsv"),
                List.of("event_type", "sub_event_type", "case2021"))) {
            labels.put(row.get(1), row.get(2));
        }
        return Collections.unmodifiableMap(labels);
    }

    private static String normalise(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }
}
