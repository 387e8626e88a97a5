package org.sitrep.ontology;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import org.sitrep.model.Role;

/**
 * One event type of the Sitrep ontology: its definition, what fills each role, and hand-written example
 * sentences that are ({@code examples}) and are not ({@code notExamples}) of the type.
 */
public record EventType(
        String name, String definition, Map<Role, String> roles, List<String> examples, List<String> notExamples) {
    public EventType {
        requireNonNull(name, "name is null");
        requireNonNull(definition, "definition is null");
        roles = Map.copyOf(roles);
        examples = List.copyOf(examples);
        notExamples = List.copyOf(notExamples);
        if (!name.matches("[A-Z][A-Z_]*")) {
            throw new IllegalArgumentException("event type name '%s' must be UPPER_SNAKE_CASE".formatted(name));
        }
        if (definition.isBlank()) {
            throw new IllegalArgumentException("event type " + name + " has an empty definition");
        }
    }
}
