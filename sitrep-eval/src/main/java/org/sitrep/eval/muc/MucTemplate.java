package org.sitrep.eval.muc;

import static java.util.Objects.requireNonNull;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One MUC-4 incident template: its incident type ("attack", "bombing", or a joint "attack / bombing" in the
 * gold) and, for each role, its fillers, each filler an entity given as the list of its coreferent mentions.
 */
public record MucTemplate(String incidentType, Map<MucRole, List<List<String>>> fillers) {
    public MucTemplate {
        requireNonNull(incidentType, "incidentType is null");
        EnumMap<MucRole, List<List<String>>> copy = new EnumMap<>(MucRole.class);
        for (MucRole role : MucRole.values()) {
            List<List<String>> entities = fillers.getOrDefault(role, List.of()).stream()
                    .map(List::copyOf)
                    .toList();
            if (entities.stream().anyMatch(List::isEmpty)) {
                throw new IllegalArgumentException(
                        "a " + role.key() + " filler of " + incidentType + " has no mention");
            }
            copy.put(role, entities);
        }
        fillers = java.util.Collections.unmodifiableMap(copy);
    }

    public List<List<String>> of(MucRole role) {
        return fillers.get(role);
    }
}
