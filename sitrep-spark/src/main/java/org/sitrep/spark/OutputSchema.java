package org.sitrep.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The Parquet tables' columns, read from the JSON Schema of the output ({@code sitrep-document.schema.json}),
 * so that a table has exactly the fields of the JSON record and cannot drift from it: a document's fields but
 * its entities and events for {@code articles}, an entity's for {@code entities}, an event's for {@code events},
 * each with the article's id and the publication month.
 */
final class OutputSchema {
    static final String ARTICLE_ID = "article_id";
    static final String MONTH = "month";

    private final JsonNode schema;

    private OutputSchema(JsonNode schema) {
        this.schema = schema;
    }

    static OutputSchema load() {
        try (InputStream in = OutputSchema.class.getResourceAsStream("sitrep-document.schema.json")) {
            if (in == null) {
                throw new IllegalStateException("sitrep-document.schema.json is not on the class path");
            }
            return new OutputSchema(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A document's fields without its entities and events, which have tables of their own. */
    StructType articles() {
        return withMonth(struct(schema, Set.of("entities", "events")));
    }

    StructType entities() {
        return withArticle(struct(definition("entity"), Set.of()));
    }

    StructType events() {
        return withArticle(struct(definition("event"), Set.of()));
    }

    private JsonNode definition(String name) {
        JsonNode node = schema.path("$defs").path(name);
        if (node.isMissingNode()) {
            throw new IllegalStateException("the output schema has no definition '" + name + "'");
        }
        return node;
    }

    private static StructType withArticle(StructType fields) {
        return withMonth(fields.add(ARTICLE_ID, DataTypes.StringType, false));
    }

    private static StructType withMonth(StructType fields) {
        return fields.add(MONTH, DataTypes.StringType, false);
    }

    private StructType struct(JsonNode object, Set<String> leftOut) {
        List<StructField> fields = new ArrayList<>();
        for (Iterator<String> names = object.path("properties").fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!leftOut.contains(name)) {
                fields.add(DataTypes.createStructField(
                        name, type(object.path("properties").path(name)), true));
            }
        }
        return DataTypes.createStructType(fields);
    }

    /** A JSON Schema type as Spark's: a $ref is followed, "one of X or null" is X, ["X", "null"] is X. */
    private DataType type(JsonNode node) {
        if (node.has("$ref")) {
            return type(definition(node.get("$ref").asText().replace("#/$defs/", "")));
        }
        if (node.has("oneOf")) {
            for (JsonNode option : node.get("oneOf")) {
                if (!option.path("type").asText().equals("null")) {
                    return type(option);
                }
            }
        }
        if (!node.has("type") && node.has("enum")) {
            return enumType(node.get("enum"));
        }
        String name = node.path("type").isArray()
                ? nonNull(node.path("type"))
                : node.path("type").asText();
        return switch (name) {
            case "string" -> DataTypes.StringType;
            case "integer" -> DataTypes.LongType;
            case "number" -> DataTypes.DoubleType;
            case "boolean" -> DataTypes.BooleanType;
            case "array" -> DataTypes.createArrayType(type(node.path("items")), true);
            case "object" -> struct(node, Set.of());
            default -> throw new IllegalStateException("the output schema has a type Sitrep cannot map: " + node);
        };
    }

    /** An enum without a type: the type of its values, all strings in the output schema. */
    private static DataType enumType(JsonNode values) {
        for (JsonNode v : values) {
            if (!v.isTextual() && !v.isNull()) {
                throw new IllegalStateException("the output schema has an enum of other than strings: " + values);
            }
        }
        return DataTypes.StringType;
    }

    private static String nonNull(JsonNode types) {
        for (JsonNode t : types) {
            if (!t.asText().equals("null")) {
                return t.asText();
            }
        }
        throw new IllegalStateException("a field of the output schema is only ever null: " + types);
    }
}
