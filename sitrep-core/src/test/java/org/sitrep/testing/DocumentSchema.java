package org.sitrep.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The output's JSON Schema, schema/sitrep-document.schema.json, checked by a full JSON Schema 2020-12 validator
 * (networknt's), with {@code format} asserted ("published" must be a real date). Thread-safe. Test code.
 */
public final class DocumentSchema {
    /** The schema's path from the repository root, where the tests run. */
    public static final Path PATH = Path.of("schema", "sitrep-document.schema.json");

    private static final class Holder {
        static final DocumentSchema INSTANCE = new DocumentSchema(PATH);
    }

    private final JsonNode node;
    private final Schema schema;

    private DocumentSchema(Path path) {
        try {
            this.node = new ObjectMapper().readTree(path.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the schema " + path, e);
        }
        this.schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(node);
    }

    /** The repository's schema, read once. */
    public static DocumentSchema get() {
        return Holder.INSTANCE;
    }

    /** The schema as JSON. */
    public JsonNode node() {
        return node;
    }

    /** What is wrong with {@code record}, one line per violation naming its place; empty when it is valid. */
    public List<String> violations(JsonNode record) {
        List<Error> errors =
                schema.validate(record, context -> context.executionConfig(c -> c.formatAssertionsEnabled(true)));
        return errors.stream().map(Error::toString).toList();
    }
}
