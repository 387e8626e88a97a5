package org.sitrep.coding;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.data.Tsv;
import org.sitrep.model.Event;
import org.sitrep.model.EventCodes;
import org.sitrep.model.Role;
import org.sitrep.ontology.Ontology;

/**
 * Sitrep event types in CAMEO, PLOVER and ACLED, read from {@code cameo.tsv}, {@code plover.tsv} and
 * {@code acled.tsv} in {@code org/sitrep/coding/} (each row gives its reason). Loading checks that every
 * type of the ontology has exactly one row in each file, that PLOVER types are PLOVER's and that ACLED
 * names are pairs of {@code acled-taxonomy.tsv}; errors name the file and line. Immutable.
 */
public final class EventCoding {
    static final String DIR = "org/sitrep/coding/";
    static final List<String> CAMEO_HEADER = List.of("sitrep_type", "cameo", "cameo_name", "reason");
    static final List<String> PLOVER_HEADER = List.of("sitrep_type", "plover", "mode", "reason");
    static final List<String> ACLED_HEADER =
            List.of("sitrep_type", "event_type", "sub_event_type", "case2021", "refinement", "reason");
    static final List<String> TAXONOMY_HEADER = List.of("event_type", "sub_event_type", "case2021");

    /** The 16 event types of PLOVER as of the 2021 revision (CAMEO2PLOVER-2021.txt). */
    public static final List<String> PLOVER_TYPES = List.of(
            "AGREE",
            "CONSULT",
            "SUPPORT",
            "CONCEDE",
            "COOPERATE",
            "AID",
            "RETREAT",
            "REQUEST",
            "ACCUSE",
            "REJECT",
            "THREATEN",
            "PROTEST",
            "SANCTION",
            "MOBILIZE",
            "COERCE",
            "ASSAULT");

    private static final Pattern CAMEO_CODE = Pattern.compile("\\d{3,4}");
    private static final Pattern PLOVER_MODE = Pattern.compile("[a-z]+(-[a-z]+)*");
    private static final String STATE_AGENT = "state-agent:";
    private static final int STATE_FORCES = 1;
    /** ACLED actor types of armed, organised actors: state forces, rebels, political and identity militias, external forces. */
    private static final Set<Integer> ARMED = Set.of(1, 2, 3, 4, 8);

    private static final String VIOLENCE_AGAINST_CIVILIANS = "Violence against civilians";

    private final Map<String, EventCodes> byType;
    private final Map<String, EventCodes> byTypeStateAgent;
    private final AcledRefinements refinements;

    private EventCoding(
            Map<String, EventCodes> byType, Map<String, EventCodes> byTypeStateAgent, AcledRefinements refinements) {
        this.byType = Map.copyOf(byType);
        this.byTypeStateAgent = Map.copyOf(byTypeStateAgent);
        this.refinements = refinements;
    }

    /** The tables on the classpath, checked against the ontology's types. */
    public static EventCoding load(Ontology ontology) {
        Set<String> types = ontology.names();
        Tsv.Source taxonomy = resource("acled-taxonomy.tsv");
        EventCoding coding =
                parse(types, resource("cameo.tsv"), resource("plover.tsv"), resource("acled.tsv"), taxonomy);
        AcledRefinements refinements =
                AcledRefinements.parse(resource("acled-refinements.tsv"), types, taxonomy(taxonomy));
        return new EventCoding(coding.byType, coding.byTypeStateAgent, refinements);
    }

    /** The codes of a type, with ACLED's default for an agent that is not a state force. */
    public EventCodes codes(String sitrepType) {
        return codes(sitrepType, false);
    }

    /**
     * The codes of a type; {@code stateAgent} applies the ACLED refinement of the type, if it has one
     * (SEIZE_TERRITORY: a state force "regains" territory, a non-state actor "overtakes" it).
     */
    public EventCodes codes(String sitrepType, boolean stateAgent) {
        EventCodes codes = (stateAgent ? byTypeStateAgent : byType).get(sitrepType);
        if (codes == null) {
            throw new IllegalArgumentException(
                    "unknown event type '%s'; known types: %s".formatted(sitrepType, byType.keySet()));
        }
        return codes;
    }

    /**
     * The codes of an event, with ACLED's finer distinctions: sub-event types told by words of its
     * evidence sentence (acled-refinements.tsv: "suicide", "grenade", "tear gas"...), then those that
     * depend on who took part: a state force as agent (acled.tsv's refinement column), and an attack
     * on armed people (ACLED actor types 1-4, 8), which ACLED counts as a battle, not as violence
     * against civilians. Reads the participants' actor coding, so the actors stage must have run.
     */
    public EventCodes codes(Event event, String evidence) {
        boolean stateAgent = event.arguments().stream()
                .anyMatch(a -> a.role() == Role.AGENT
                        && a.actor().map(c -> c.acledType() == STATE_FORCES).orElse(false));
        EventCodes codes = codes(event.type(), stateAgent);
        Optional<AcledRefinements.Refinement> refinement = refinements.find(event.type(), evidence);
        if (refinement.isPresent()) {
            return codes.withAcled(refinement.get().event(), refinement.get().sub());
        }
        boolean armedPatient = event.arguments().stream()
                .anyMatch(a -> a.role() == Role.PATIENT
                        && a.actor().map(c -> ARMED.contains(c.acledType())).orElse(false));
        if (armedPatient
                && codes.acledEvent().equals(VIOLENCE_AGAINST_CIVILIANS)
                && !event.type().equals("ABDUCT")) {
            return codes.withAcled("Battles", "Armed clash");
        }
        return codes;
    }

    static EventCoding parse(
            Set<String> types, Tsv.Source cameo, Tsv.Source plover, Tsv.Source acled, Tsv.Source taxonomy) {
        Map<String, Tsv.Row> cameoRows = byType(types, cameo, CAMEO_HEADER);
        Map<String, Tsv.Row> ploverRows = byType(types, plover, PLOVER_HEADER);
        Map<String, Tsv.Row> acledRows = byType(types, acled, ACLED_HEADER);
        Map<String, String> caseLabels = taxonomy(taxonomy); // "event / sub" -> CASE 2021 label
        Map<String, EventCodes> byType = new LinkedHashMap<>();
        Map<String, EventCodes> byTypeStateAgent = new LinkedHashMap<>();
        for (String type : types) {
            Tsv.Row c = cameoRows.get(type);
            Optional<String> code = none(c.get(1));
            if (code.isPresent() && !CAMEO_CODE.matcher(code.get()).matches()) {
                throw c.error("CAMEO code must be 3 or 4 digits (keep the leading zero) or '-' for none, got '"
                        + code.get() + "'");
            }
            Tsv.Row p = ploverRows.get(type);
            Optional<String> ploverType = none(p.get(1));
            Optional<String> mode = none(p.get(2));
            if (ploverType.isPresent() && !PLOVER_TYPES.contains(ploverType.get())) {
                throw p.error("unknown PLOVER type '%s'; PLOVER types: %s".formatted(ploverType.get(), PLOVER_TYPES));
            }
            if (mode.isPresent()
                    && (ploverType.isEmpty() || !PLOVER_MODE.matcher(mode.get()).matches())) {
                throw p.error("mode '%s' needs a PLOVER type and must be lower-case words joined by '-'"
                        .formatted(mode.get()));
            }
            Tsv.Row a = acledRows.get(type);
            String event = a.get(1);
            String sub = a.get(2);
            String label = caseLabels.get(event + " / " + sub);
            if (label == null) {
                throw a.error("'%s / %s' is not an ACLED event type and sub-event type of %s"
                        .formatted(event, sub, taxonomy.name()));
            }
            if (!label.equals(a.get(3))) {
                throw a.error("the CASE 2021 label of '%s' is %s, not %s".formatted(sub, label, a.get(3)));
            }
            EventCodes codes = new EventCodes(code, ploverType, mode, event, sub);
            byType.put(type, codes);
            byTypeStateAgent.put(type, refine(a, codes, caseLabels, taxonomy.name()));
        }
        return new EventCoding(byType, byTypeStateAgent, AcledRefinements.none());
    }

    private static EventCodes refine(Tsv.Row a, EventCodes codes, Map<String, String> caseLabels, String taxonomy) {
        String refinement = a.get(4);
        if (refinement.equals("-")) {
            return codes;
        }
        if (!refinement.startsWith(STATE_AGENT)) {
            throw a.error(
                    "refinement must be '-' or '%s <sub-event type>', got '%s'".formatted(STATE_AGENT, refinement));
        }
        String sub = refinement.substring(STATE_AGENT.length()).trim();
        if (!caseLabels.containsKey(codes.acledEvent() + " / " + sub)) {
            throw a.error("refinement '%s' is not a sub-event type of '%s' in %s"
                    .formatted(sub, codes.acledEvent(), taxonomy));
        }
        return codes.withAcled(codes.acledEvent(), sub);
    }

    private static Map<String, Tsv.Row> byType(Set<String> types, Tsv.Source source, List<String> header) {
        Map<String, Tsv.Row> rows = new HashMap<>();
        for (Tsv.Row row : Tsv.read(source, header)) {
            for (int i = 0; i < header.size(); i++) {
                if (row.get(i).isEmpty()) {
                    throw row.error("empty field '%s' (write '-' for none)".formatted(header.get(i)));
                }
            }
            String type = row.get(0);
            if (!types.contains(type)) {
                throw row.error("unknown Sitrep event type '%s'; known types: %s".formatted(type, types));
            }
            Tsv.Row previous = rows.putIfAbsent(type, row);
            if (previous != null) {
                throw row.error("second row for %s (first on line %d)".formatted(type, previous.line()));
            }
        }
        for (String type : types) {
            if (!rows.containsKey(type)) {
                throw new IllegalArgumentException("%s: no row for event type %s; every type of the ontology needs one"
                        .formatted(source.name(), type));
            }
        }
        return rows;
    }

    private static Map<String, String> taxonomy(Tsv.Source source) {
        Map<String, String> labels = new HashMap<>();
        for (Tsv.Row row : Tsv.read(source, TAXONOMY_HEADER)) {
            if (labels.put(row.get(0) + " / " + row.get(1), row.get(2)) != null) {
                throw row.error("second row for " + row.get(0) + " / " + row.get(1));
            }
        }
        return labels;
    }

    /** '-' in a table: the scheme has no code for the type. */
    private static Optional<String> none(String field) {
        return field.equals("-") ? Optional.empty() : Optional.of(field);
    }

    private static Tsv.Source resource(String file) {
        return Tsv.Source.resource(EventCoding.class, file);
    }
}
