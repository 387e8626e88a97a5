package org.sitrep.eval.muc;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * MUC-4 templates from candidate fillers ({@link SitrepTemplates#candidates}) and a decision on each (the rules'
 * own fillers, or {@link FillerModel}'s).
 */
public final class IncidentTemplates {
    private IncidentTemplates() {}

    /**
     * Templates from candidate fillers: one template per incident type that has a candidate (also when none is
     * kept), holding the kept candidates, one per key and role, with the first text found for it.
     */
    public static List<MucTemplate> of(List<FillerCandidate> candidates, Predicate<FillerCandidate> keep) {
        Map<String, Map<MucRole, Map<String, String>>> byType = new LinkedHashMap<>();
        for (FillerCandidate c : candidates) {
            Map<MucRole, Map<String, String>> fillers =
                    byType.computeIfAbsent(c.incidentType(), t -> new EnumMap<>(MucRole.class));
            if (keep.test(c)) {
                fillers.computeIfAbsent(c.role(), r -> new LinkedHashMap<>()).putIfAbsent(c.key(), c.text());
            }
        }
        List<MucTemplate> templates = new ArrayList<>();
        byType.forEach((type, fillers) -> {
            Map<MucRole, List<List<String>>> entitiesByRole = new EnumMap<>(MucRole.class);
            fillers.forEach((role, texts) -> entitiesByRole.put(role, distinct(texts.values())));
            templates.add(new MucTemplate(type, entitiesByRole));
        });
        return templates;
    }

    /** One filler per normalised string. */
    private static List<List<String>> distinct(Collection<String> texts) {
        Map<String, String> byKey = new LinkedHashMap<>();
        texts.forEach(t -> byKey.putIfAbsent(MucScorer.normalise(t), t));
        return byKey.values().stream()
                .filter(t -> !MucScorer.normalise(t).isEmpty())
                .map(List::of)
                .toList();
    }
}
