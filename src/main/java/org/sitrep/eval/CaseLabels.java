package org.sitrep.eval;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The 30 labels of CASE 2021 Task 2 (Haneczok et al. 2021): 25 ACLED sub-event types under short
 * codes, plus 5 types outside ACLED. Knows which ACLED sub-event name each code stands for.
 */
public final class CaseLabels {
    /** ACLED sub-event name → CASE code, in ACLED's order (battles, explosions, violence against civilians, protests, riots, strategic). */
    private static final Map<String, String> ACLED = new LinkedHashMap<>();

    static {
        ACLED.put("Armed clash", "ARMED_CLASH");
        ACLED.put("Government regains territory", "GOV_REGAINS_TERIT");
        ACLED.put("Non-state actor overtakes territory", "NON_STATE_ACTOR_OVERTAKES_TER");
        ACLED.put("Chemical weapon", "CHEM_WEAP");
        ACLED.put("Air/drone strike", "AIR_STRIKE");
        ACLED.put("Suicide bomb", "SUIC_BOMB");
        ACLED.put("Shelling/artillery/missile attack", "ART_MISS_ATTACK");
        ACLED.put("Remote explosive/landmine/IED", "REM_EXPLOS");
        ACLED.put("Grenade", "GRENADE");
        ACLED.put("Sexual violence", "SEX_VIOL");
        ACLED.put("Attack", "ATTACK");
        ACLED.put("Abduction/forced disappearance", "ABDUCT_DISSAP");
        ACLED.put("Peaceful protest", "PEACE_PROTEST");
        ACLED.put("Protest with intervention", "PROTEST_WITH_INTER");
        ACLED.put("Excessive force against protesters", "FORCE_AGAINST_PROTEST");
        ACLED.put("Violent demonstration", "VIOL_DEMONSTR");
        ACLED.put("Mob violence", "MOB_VIOL");
        ACLED.put("Agreement", "AGREEMENT");
        ACLED.put("Arrests", "ARREST");
        ACLED.put("Change to group/activity", "CHANGE_TO_GROUP_ACT");
        ACLED.put("Disrupted weapons use", "DISR_WEAP");
        ACLED.put("Headquarters or base established", "HQ_ESTABLISHED");
        ACLED.put("Looting/property destruction", "PROPERTY_DISTRUCT");
        ACLED.put("Non-violent transfer of territory", "NON_VIOL_TERRIT_TRANSFER");
        ACLED.put("Other", "OTHER");
    }

    /** Types the task added outside ACLED's taxonomy. */
    public static final List<String> UNSEEN = List.of("ORG_CRIME", "NATURAL_DISASTER", "MAN_MADE_DISASTER", "DIPLO", "ATTRIB");

    private CaseLabels() {
    }

    /** All 30 codes: ACLED's 25, then the 5 unseen ones. */
    public static Set<String> all() {
        Set<String> all = new LinkedHashSet<>(ACLED.values());
        all.addAll(UNSEEN);
        return all;
    }

    /**
     * The CASE code for an ACLED sub-event name ("Air/drone strike", "air/drone strike", "Arrest")
     * or for a CASE code itself ("AIR_STRIKE"); empty if it is neither.
     */
    public static Optional<String> fromAcled(String value) {
        String key = normalise(value);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        for (Map.Entry<String, String> e : ACLED.entrySet()) {
            if (normalise(e.getKey()).equals(key) || normalise(e.getValue()).equals(key)) {
                return Optional.of(e.getValue());
            }
        }
        if (key.equals("arrest")) {
            return Optional.of("ARREST");
        }
        return UNSEEN.stream().filter(u -> normalise(u).equals(key)).findFirst();
    }

    private static String normalise(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }
}
