package org.sitrep.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.sitrep.data.Tsv;
import org.sitrep.model.Role;
import org.sitrep.ontology.Ontology;

/**
 * Maps KAIROS event types and roles (as used by WikiEvents) to Sitrep types and roles, read from
 * {@code org/sitrep/eval/kairos-mapping.tsv}. Used to score Sitrep output against WikiEvents.
 *
 * <p>Lookups accept full three-level names ({@code Conflict.Attack.DetonateExplode}). A name that is not
 * listed falls back to its {@code Type.Subtype.Unspecified} row, so two-level names
 * ({@code Conflict.Attack}) and unlisted sub-subtypes still resolve.
 */
public final class KairosMapping {
    static final String RESOURCE = "/org/sitrep/eval/kairos-mapping.tsv";
    static final String PLACE = "PLACE";
    static final String UNMAPPED = "-";
    static final List<String> HEADER = List.of("kairos_type", "sitrep_type", "roles");

    /** One row: the Sitrep type (empty when Sitrep cannot produce the KAIROS type) and the role targets. */
    record Row(Optional<String> sitrepType, Map<String, String> roles) {
        Row {
            roles = Map.copyOf(roles);
        }
    }

    private final Map<String, Row> rows;
    private final TypeEquivalence typeEquivalence;

    private KairosMapping(Map<String, Row> rows, TypeEquivalence typeEquivalence) {
        this.rows = Collections.unmodifiableMap(rows);
        this.typeEquivalence = typeEquivalence;
    }

    /** The mapping on the classpath, checked against the ontology's types; scoring accepts its "attack" family. */
    public static KairosMapping load(Ontology ontology) {
        return parse(
                Tsv.Source.resource(KairosMapping.class, RESOURCE),
                ontology.names(),
                new TypeEquivalence(ontology.family("attack")));
    }

    static KairosMapping parse(Tsv.Source source, Set<String> sitrepTypes, TypeEquivalence typeEquivalence) {
        Map<String, Row> rows = new LinkedHashMap<>();
        for (Tsv.Row cells : Tsv.read(source, HEADER)) {
            String kairosType = cells.get(0);
            String sitrepType = cells.get(1);
            if (!sitrepType.equals(UNMAPPED) && !sitrepTypes.contains(sitrepType)) {
                throw cells.error("unknown Sitrep type '%s'; known types: %s".formatted(sitrepType, sitrepTypes));
            }
            Map<String, String> roles = new LinkedHashMap<>();
            if (!cells.get(2).equals(UNMAPPED)) {
                for (String pair : cells.get(2).split(",")) {
                    String[] kv = pair.trim().split("=", -1);
                    if (kv.length != 2) {
                        throw cells.error("role mapping '" + pair + "' must look like Attacker=AGENT");
                    }
                    String target = kv[1].trim();
                    if (!target.equals(PLACE) && !target.equals(UNMAPPED)) {
                        try {
                            Role.valueOf(target);
                        } catch (IllegalArgumentException e) {
                            throw cells.error("unknown role '%s'; expected one of %s, PLACE or -"
                                    .formatted(target, List.of(Role.values())));
                        }
                    }
                    roles.put(kv[0].trim(), target);
                }
            }
            Optional<String> type = sitrepType.equals(UNMAPPED) ? Optional.empty() : Optional.of(sitrepType);
            if (rows.put(kairosType, new Row(type, roles)) != null) {
                throw cells.error("KAIROS type " + kairosType + " is listed twice");
            }
        }
        return new KairosMapping(rows, typeEquivalence);
    }

    /** Which predicted types match the type a gold type maps to. */
    public TypeEquivalence typeEquivalence() {
        return typeEquivalence;
    }

    /** Every KAIROS type listed in the file, sorted. */
    public Set<String> kairosTypes() {
        return Collections.unmodifiableSet(new TreeSet<>(rows.keySet()));
    }

    /** Whether the type has its own row or resolves through a {@code .Unspecified} fallback. */
    public boolean covers(String kairosType) {
        return row(kairosType).isPresent();
    }

    /** The Sitrep type for a KAIROS type; empty when Sitrep cannot produce it or the type is unknown. */
    public Optional<String> sitrepType(String kairosType) {
        return row(kairosType).flatMap(Row::sitrepType);
    }

    /** The Sitrep role for a KAIROS role of a KAIROS type; empty for place roles and unmapped roles. */
    public Optional<Role> role(String kairosType, String kairosRole) {
        return target(kairosType, kairosRole)
                .filter(t -> !t.equals(PLACE) && !t.equals(UNMAPPED))
                .map(Role::valueOf);
    }

    /** Whether the KAIROS role fills the event's place (e.g. {@code Place}, evacuation {@code Destination}). */
    public boolean isPlaceRole(String kairosType, String kairosRole) {
        return target(kairosType, kairosRole).filter(PLACE::equals).isPresent();
    }

    /** The raw target written in the file: a role name, {@code PLACE} or {@code -}; empty when not listed. */
    Optional<String> roleTarget(String kairosType, String kairosRole) {
        return target(kairosType, kairosRole);
    }

    private Optional<String> target(String kairosType, String kairosRole) {
        return row(kairosType).map(r -> r.roles().get(kairosRole));
    }

    private Optional<Row> row(String kairosType) {
        Row exact = rows.get(kairosType);
        if (exact != null) {
            return Optional.of(exact);
        }
        String[] parts = kairosType.split("\\.");
        if (parts.length >= 2) {
            return Optional.ofNullable(rows.get(parts[0] + "." + parts[1] + ".Unspecified"));
        }
        return Optional.empty();
    }
}
