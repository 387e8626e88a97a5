package org.sitrep.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ProblemCode;
import org.sitrep.testing.DocumentSchema;

/**
 * The schema really constrains the output: a record written by {@link DocumentJson} passes, and the same record
 * broken in one place fails, for each kind of break a consumer relies on the schema to catch.
 */
class DocumentSchemaTest {
    private static final DocumentSchema SCHEMA = DocumentSchema.get();

    @Test
    void declaresJsonSchema2020_12() {
        assertEquals(
                "https://json-schema.org/draft/2020-12/schema",
                SCHEMA.node().get("$schema").asText());
    }

    @Test
    void aWrittenRecordIsValid() {
        assertEquals(List.of(), SCHEMA.violations(DocumentJsonTest.json()));
    }

    @Test
    void aFieldOfTheWrongTypeFails() {
        assertInvalid("start", r -> event(r).with("trigger").put("start", "6"));
        assertInvalid("confidence", r -> event(r).put("confidence", "high"));
        assertInvalid("text", r -> r.putNull("text"));
    }

    @Test
    void aMissingRequiredFieldFails() {
        assertInvalid("events", r -> r.remove("events"));
        assertInvalid("mappings", r -> event(r).remove("mappings"));
        assertInvalid(
                "kind",
                r -> ((ObjectNode) r.get("entities").get(0).get("mentions").get(0)).remove("kind"));
    }

    @Test
    void anUnknownEnumValueFails() {
        assertInvalid("type", r -> event(r).put("type", "PICNIC"));
        assertInvalid("modality", r -> event(r).put("modality", "ASSERTED"));
        assertInvalid("code", r -> ((ObjectNode) r.withArray("errors").addObject())
                .put("code", "NO_SUCH_CODE")
                .put("source", "x")
                .put("message", "m"));
    }

    @Test
    void aFieldTheSchemaDoesNotNameFails() {
        assertInvalid("headlines", r -> r.put("headlines", "a typo"));
        assertInvalid("rule", r -> ((ObjectNode) event(r).get("arguments").get(0)).put("rule", "x"));
    }

    @Test
    void anImpossibleValueFails() {
        assertInvalid("published", r -> r.put("published", "2016-13-45"));
        assertInvalid("start", r -> event(r).with("trigger").put("start", -1));
        assertInvalid("id", r -> event(r).put("id", "E1"));
    }

    @Test
    void theErrorCodesAreExactlyProblemCodes() throws IllegalAccessException {
        List<String> inSchema = new ArrayList<>();
        SCHEMA.node().at("/$defs/error/properties/code/enum").forEach(v -> inSchema.add(v.asText()));
        List<String> declared = new ArrayList<>();
        for (Field f : ProblemCode.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                declared.add((String) f.get(null));
            }
        }
        assertEquals(
                declared.stream().sorted().toList(), inSchema.stream().sorted().toList());
    }

    private static ObjectNode event(ObjectNode record) {
        return (ObjectNode) record.get("events").get(0);
    }

    /** The record broken by {@code breakIt} fails validation, with a message naming {@code field}. */
    private static void assertInvalid(String field, Consumer<ObjectNode> breakIt) {
        ObjectNode record = DocumentJsonTest.json().deepCopy();
        breakIt.accept(record);
        List<String> violations = SCHEMA.violations(record);
        assertFalse(violations.isEmpty(), "a record broken at '" + field + "' passed: " + record);
        assertTrue(
                violations.stream().anyMatch(v -> v.contains(field)),
                "no violation names '" + field + "': " + Arrays.toString(violations.toArray()));
    }
}
