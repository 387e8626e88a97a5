package org.sitrep.ontology;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.Role;

/**
 * The Sitrep event types, read from {@code org/sitrep/ontology/ontology.json}: the vocabulary every other
 * package (the lexicon, the rules, the coding tables, the scorers) names types by, and the families of types
 * that rules treat alike ({@link #family}: "attack", "hazard"...), each defined once there. Immutable; depends
 * on nothing of Sitrep but {@code org.sitrep.model}.
 */
public final class Ontology {
    static final String RESOURCE = "/org/sitrep/ontology/ontology.json";

    private final String source;
    private final Map<String, EventType> byName;
    private final Map<String, TypeFamily> families;

    private Ontology(String source, Map<String, EventType> byName, Map<String, TypeFamily> families) {
        this.source = source;
        this.byName = Collections.unmodifiableMap(byName);
        this.families = Collections.unmodifiableMap(families);
    }

    /** Loads the ontology shipped on the classpath. */
    public static Ontology load() {
        String name = RESOURCE.substring(1);
        try (InputStream in = Ontology.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + name + " is missing from the classpath");
            }
            return parse(name, new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse " + RESOURCE, e);
        }
    }

    /**
     * Parses {@code {"types": [...], "families": {...}}}. Every family must have a description, the classes that
     * use it and at least one type, each a type of the file; errors name the source.
     */
    static Ontology parse(String source, JsonNode root) {
        if (!root.isObject()
                || !root.path("types").isArray()
                || !root.path("families").isObject()) {
            throw new IllegalArgumentException(
                    source + ": expected a JSON object with a 'types' array and a 'families' object");
        }
        JsonNode typesNode = root.get("types");
        Map<String, EventType> byName = new LinkedHashMap<>();
        for (int i = 0; i < typesNode.size(); i++) {
            JsonNode node = typesNode.get(i);
            String where = "%s: entry %d".formatted(source, i);
            String name = text(node, "type", where);
            where += " (" + name + ")";
            Map<Role, String> roles = new EnumMap<>(Role.class);
            JsonNode rolesNode = node.path("roles");
            for (Iterator<Map.Entry<String, JsonNode>> it = rolesNode.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> role = it.next();
                roles.put(parseRole(role.getKey(), where), role.getValue().asText());
            }
            EventType type = new EventType(
                    name,
                    text(node, "definition", where),
                    roles,
                    strings(node, "examples", where),
                    strings(node, "notExamples", where));
            if (byName.put(name, type) != null) {
                throw new IllegalArgumentException(where + ": duplicate event type " + name);
            }
        }
        Map<String, TypeFamily> families = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.get("families").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String where = "%s: family '%s'".formatted(source, entry.getKey());
            JsonNode node = entry.getValue();
            List<String> types = strings(node, "types", where);
            for (String type : types) {
                if (!byName.containsKey(type)) {
                    throw new IllegalArgumentException(
                            "%s: unknown event type '%s'; known types: %s".formatted(where, type, byName.keySet()));
                }
            }
            if (Set.copyOf(types).size() != types.size()) {
                throw new IllegalArgumentException(where + ": a type is listed twice in " + types);
            }
            String description = text(node, "description", where);
            List<String> usedBy = strings(node, "usedBy", where);
            try {
                families.put(
                        entry.getKey(),
                        new TypeFamily(entry.getKey(), description, usedBy, new LinkedHashSet<>(types)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
            }
        }
        return new Ontology(source, byName, families);
    }

    public List<EventType> types() {
        return List.copyOf(byName.values());
    }

    public Optional<EventType> type(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The type names in file order. */
    public Set<String> names() {
        return byName.keySet();
    }

    /**
     * The types of a family ("attack", "hazard"...), in file order.
     *
     * @throws IllegalArgumentException naming the file and its families when there is no such family
     */
    public Set<String> family(String name) {
        TypeFamily family = families.get(name);
        if (family == null) {
            throw new IllegalArgumentException(
                    "%s: no type family '%s'; families: %s".formatted(source, name, families.keySet()));
        }
        return family.types();
    }

    /** The families by name, in file order. */
    public Map<String, TypeFamily> families() {
        return families;
    }

    private static Role parseRole(String name, String where) {
        try {
            return Role.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "%s: unknown role '%s'; known roles: %s".formatted(where, name, List.of(Role.values())), e);
        }
    }

    private static String text(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new IllegalArgumentException(where + ": missing or empty '" + field + "'");
        }
        return value.asText();
    }

    private static List<String> strings(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isArray()) {
            throw new IllegalArgumentException(where + ": '" + field + "' must be an array of strings");
        }
        List<String> result = new ArrayList<>();
        value.forEach(v -> result.add(v.asText()));
        return result;
    }
}
