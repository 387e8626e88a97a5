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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.Role;

/**
 * The Sitrep event types, read from {@code org/sitrep/ontology/ontology.json}: the vocabulary every other
 * package (the lexicon, the rules, the coding tables, the scorers) names types by. Immutable; depends on
 * nothing of Sitrep but {@code org.sitrep.model}.
 */
public final class Ontology {
    static final String RESOURCE = "/org/sitrep/ontology/ontology.json";

    private final Map<String, EventType> byName;

    private Ontology(Map<String, EventType> byName) {
        this.byName = Collections.unmodifiableMap(byName);
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

    static Ontology parse(String source, JsonNode root) {
        if (!root.isArray()) {
            throw new IllegalArgumentException(source + ": expected a JSON array of event types");
        }
        Map<String, EventType> byName = new LinkedHashMap<>();
        for (int i = 0; i < root.size(); i++) {
            JsonNode node = root.get(i);
            String where = "%s: entry %d".formatted(source, i);
            String name = text(node, "type", where);
            where += " (" + name + ")";
            Map<Role, String> roles = new EnumMap<>(Role.class);
            JsonNode rolesNode = node.path("roles");
            for (Iterator<Map.Entry<String, JsonNode>> it = rolesNode.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> role = it.next();
                roles.put(parseRole(role.getKey(), where), role.getValue().asText());
            }
            EventType type = new EventType(name, text(node, "definition", where), roles,
                    strings(node, "examples", where), strings(node, "notExamples", where));
            if (byName.put(name, type) != null) {
                throw new IllegalArgumentException(where + ": duplicate event type " + name);
            }
        }
        return new Ontology(byName);
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

    private static Role parseRole(String name, String where) {
        try {
            return Role.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("%s: unknown role '%s'; known roles: %s".formatted(where, name, List.of(Role.values())), e);
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
            throw new IllegalArgumentException(where + ": '" + field + "' must be an array of sentences");
        }
        List<String> result = new ArrayList<>();
        value.forEach(v -> result.add(v.asText()));
        return result;
    }
}
