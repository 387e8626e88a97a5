package org.sitrep.eval;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which predicted Sitrep types count as the Sitrep type a gold KAIROS type maps to. Exact equality,
 * plus one leniency suggested in kairos-mapping.tsv: KAIROS annotates airstrikes, shelling and
 * clashes as Conflict.Attack.Unspecified (mapped to ATTACK), so for those gold events every type of
 * the ontology's "attack" family is accepted too. Not the other way round: gold DetonateExplode
 * (BOMBING) still needs BOMBING.
 *
 * @param attacks the ontology's "attack" family
 */
public record TypeEquivalence(Set<String> attacks) {
    /** The gold type whose events KAIROS annotates for the whole attack family. */
    static final String GENERAL_ATTACK = "ATTACK";

    public TypeEquivalence {
        attacks = Set.copyOf(attacks);
        if (!attacks.contains(GENERAL_ATTACK)) {
            throw new IllegalArgumentException("the attack family %s lacks %s".formatted(attacks, GENERAL_ATTACK));
        }
    }

    public boolean accepts(Optional<String> goldSitrepType, String predictedType) {
        return goldSitrepType.filter(g -> accepted(g).contains(predictedType)).isPresent();
    }

    /** The Sitrep types a gold type can be matched by: itself and its accepted equivalents. */
    public Set<String> accepted(String goldSitrepType) {
        Set<String> result = new TreeSet<>(goldSitrepType.equals(GENERAL_ATTACK) ? attacks : Set.of());
        result.add(goldSitrepType);
        return result;
    }
}
