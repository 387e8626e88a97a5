package org.sitrep.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

class OutputSchemaTest {
    private final OutputSchema schema = OutputSchema.load();

    @Test
    void givesEachTableTheFieldsOfItsJsonObjectThenArticleAndMonth() throws IOException {
        JsonNode json = new ObjectMapper()
                .readTree(Path.of("schema/sitrep-document.schema.json").toFile());
        List<String> event = names(json.path("$defs").path("event"));
        event.add(OutputSchema.ARTICLE_ID);
        event.add(OutputSchema.MONTH);
        List<String> document = names(json);
        document.removeAll(List.of("entities", "events"));
        document.add(OutputSchema.MONTH);

        assertEquals(event, List.of(schema.events().fieldNames()));
        assertEquals(document, List.of(schema.articles().fieldNames()));
        assertFalse(List.of(schema.entities().fieldNames()).contains("events"));
    }

    @Test
    void mapsJsonTypesNullableUnionsAndReferences() {
        StructType events = schema.events();
        StructType place = (StructType) events.apply("place").dataType();
        assertEquals(DataTypes.DoubleType, place.apply("lat").dataType());
        assertEquals(DataTypes.LongType, place.apply("geonameid").dataType());
        assertEquals(DataTypes.StringType, events.apply("modality").dataType());
        ArrayType arguments = (ArrayType) events.apply("arguments").dataType();
        StructType actor = (StructType)
                ((StructType) arguments.elementType()).apply("actor").dataType();
        assertEquals(DataTypes.StringType, actor.apply("code").dataType());
        ArrayType times = (ArrayType) schema.articles().apply("times").dataType();
        assertEquals(
                DataTypes.StringType,
                ((StructType) times.elementType()).apply("type").dataType());
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.path("properties").fieldNames().forEachRemaining(names::add);
        return names;
    }
}
