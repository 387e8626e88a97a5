package org.sitrep.eval;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which predicted Sitrep types count as the Sitrep type a gold KAIROS type maps to. Exact equality,
 * plus one leniency suggested in kairos-mapping.tsv: KAIROS annotates airstrikes, shelling and
 * clashes as Conflict.Attack.Unspecified (mapped to ATTACK), so for those gold events every
 * specific Sitrep attack type is accepted too. Not the other way round: gold DetonateExplode
 * (BOMBING) still needs BOMBING.
 */
public final class TypeEquivalence {
    /** Gold Sitrep type → predicted Sitrep types also accepted for it. */
    static final Map<String, Set<String>> ALSO_ACCEPTED = Map.of(
            "ATTACK", Set.of("AIRSTRIKE", "SHELLING", "CLASH", "BOMBING"));

    private TypeEquivalence() {
    }

    public static boolean accepts(Optional<String> goldSitrepType, String predictedType) {
        return goldSitrepType.filter(g -> g.equals(predictedType)
                || ALSO_ACCEPTED.getOrDefault(g, Set.of()).contains(predictedType)).isPresent();
    }

    /** The Sitrep types a gold type can be matched by: itself and its accepted equivalents. */
    public static Set<String> accepted(String goldSitrepType) {
        Set<String> result = new java.util.TreeSet<>(ALSO_ACCEPTED.getOrDefault(goldSitrepType, Set.of()));
        result.add(goldSitrepType);
        return result;
    }
}
