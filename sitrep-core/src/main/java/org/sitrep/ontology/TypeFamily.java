package org.sitrep.ontology;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A named set of event types that rules treat alike ("attack": ATTACK, BOMBING, AIRSTRIKE, SHELLING, CLASH),
 * defined once in ontology.json with what it means and which classes use it.
 *
 * @param types the member types, in file order
 */
public record TypeFamily(String name, String description, List<String> usedBy, Set<String> types) {
    public TypeFamily {
        requireNonNull(name, "name is null");
        requireNonNull(description, "description is null");
        usedBy = List.copyOf(usedBy);
        types = Collections.unmodifiableSet(new LinkedHashSet<>(types));
        if (!name.matches("[a-z]+(-[a-z]+)*")) {
            throw new IllegalArgumentException(
                    "type family name '%s' must be lower-case words joined by '-'".formatted(name));
        }
        if (description.isBlank()) {
            throw new IllegalArgumentException("type family " + name + " has an empty description");
        }
        if (types.isEmpty()) {
            throw new IllegalArgumentException("type family " + name + " has no types");
        }
    }
}
