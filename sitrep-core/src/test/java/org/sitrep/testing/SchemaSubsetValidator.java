package org.sitrep.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks JSON against the subset of JSON Schema that schema/sitrep-document.schema.json uses:
 * $ref to $defs, type (with null), required, properties, items, enum, oneOf, allOf, minimum, maximum,
 * minItems, pattern. A keyword outside this subset is an error, so the schema cannot grow a rule
 * that nothing checks. Test code; returns the list of violations with their JSON paths.
 */
public final class SchemaSubsetValidator {
    private final JsonNode root;

    public SchemaSubsetValidator(Path schema) throws IOException {
        this.root = new ObjectMapper().readTree(schema.toFile());
    }

    public List<String> validate(JsonNode value) {
        List<String> errors = new ArrayList<>();
        check(root, value, "$", errors);
        return errors;
    }

    private static final java.util.Set<String> KEYWORDS = java.util.Set.of(
            "$schema",
            "$id",
            "$ref",
            "$defs",
            "title",
            "description",
            "type",
            "required",
            "properties",
            "items",
            "enum",
            "oneOf",
            "allOf",
            "minimum",
            "maximum",
            "minItems",
            "pattern",
            "format");

    private void check(JsonNode schema, JsonNode value, String path, List<String> errors) {
        schema.fieldNames().forEachRemaining(k -> {
            if (!KEYWORDS.contains(k)) {
                errors.add(path + ": the schema uses '" + k + "', which this validator does not check");
            }
        });
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asText().replace("#/$defs/", "");
            check(root.get("$defs").get(name), value, path, errors);
        }
        if (schema.has("type") && !typeMatches(schema.get("type"), value)) {
            errors.add(path + ": expected type " + schema.get("type") + ", got " + value.getNodeType());
            return;
        }
        if (schema.has("enum")) {
            boolean found = false;
            for (JsonNode option : schema.get("enum")) {
                found |= option.equals(value);
            }
            if (!found) {
                errors.add(path + ": " + value + " not in " + schema.get("enum"));
            }
        }
        if (schema.has("minimum")
                && value.isNumber()
                && value.asDouble() < schema.get("minimum").asDouble()) {
            errors.add(path + ": below minimum");
        }
        if (schema.has("maximum")
                && value.isNumber()
                && value.asDouble() > schema.get("maximum").asDouble()) {
            errors.add(path + ": above maximum");
        }
        if (schema.has("minItems")
                && value.isArray()
                && value.size() < schema.get("minItems").asInt()) {
            errors.add(path + ": fewer than " + schema.get("minItems") + " items");
        }
        if (schema.has("pattern")
                && value.isTextual()
                && !java.util.regex.Pattern.compile(schema.get("pattern").asText())
                        .matcher(value.asText())
                        .find()) {
            errors.add(path + ": '" + value.asText() + "' does not match " + schema.get("pattern"));
        }
        if (schema.has("allOf")) {
            schema.get("allOf").forEach(s -> check(s, value, path, errors));
        }
        if (schema.has("oneOf")) {
            int matches = 0;
            for (JsonNode s : schema.get("oneOf")) {
                List<String> sub = new ArrayList<>();
                check(s, value, path, sub);
                matches += sub.isEmpty() ? 1 : 0;
            }
            if (matches != 1) {
                errors.add(path + ": matches " + matches + " of oneOf");
            }
        }
        if (value.isObject()) {
            schema.path("required").forEach(r -> {
                if (!value.has(r.asText())) {
                    errors.add(path + ": missing required '" + r.asText() + "'");
                }
            });
            schema.path("properties").fields().forEachRemaining(p -> {
                if (value.has(p.getKey())) {
                    check(p.getValue(), value.get(p.getKey()), path + "." + p.getKey(), errors);
                }
            });
        }
        if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                check(schema.get("items"), value.get(i), path + "[" + i + "]", errors);
            }
        }
    }

    private static boolean typeMatches(JsonNode type, JsonNode value) {
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (typeMatches(t, value)) {
                    return true;
                }
            }
            return false;
        }
        return switch (type.asText()) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "null" -> value.isNull();
            case "boolean" -> value.isBoolean();
            default -> false;
        };
    }
}
