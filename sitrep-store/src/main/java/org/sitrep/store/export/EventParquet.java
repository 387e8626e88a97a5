package org.sitrep.store.export;

import blue.strategic.parquet.Hydrator;
import blue.strategic.parquet.HydratorSupplier;
import blue.strategic.parquet.ParquetReader;
import blue.strategic.parquet.ParquetWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;
import org.sitrep.countries.Countries;
import org.sitrep.store.StoredEvent;
import org.sitrep.store.StoredIncident;

/**
 * Events (or incidents, one row per reporting event) as a Parquet file with the CSV export's columns, typed:
 * text as UTF-8 strings, days as DATE, coordinates and scores as DOUBLE, counts and codes as INT64; a value
 * the event lacks is null. Written with parquet-floor (parquet-java without Hadoop), Snappy-compressed.
 */
public final class EventParquet {
    private final Countries countries;

    public EventParquet(Countries countries) {
        this.countries = countries;
    }

    public void writeEvents(List<StoredEvent> events, Path file) throws IOException {
        write(EventColumns.events(countries), events, "sitrep_event", file);
    }

    public void writeIncidents(List<StoredIncident> incidents, Path file) throws IOException {
        write(
                EventColumns.incidentMembers(),
                EventColumns.IncidentMember.of(incidents),
                "sitrep_incident_member",
                file);
    }

    private static <T> void write(List<Column<T>> columns, List<T> rows, String name, Path file) throws IOException {
        MessageType schema = schema(columns, name);
        try (ParquetWriter<T> out = ParquetWriter.writeFile(schema, file.toFile(), (row, values) -> {
            for (Column<T> c : columns) {
                c.of(row).ifPresent(v -> values.write(c.name(), v instanceof LocalDate d ? (int) d.toEpochDay() : v));
            }
        })) {
            for (T row : rows) {
                out.write(row);
            }
        }
    }

    /**
     * The rows of a Parquet file as column name to value (a value the row lacks is missing), read with the writer's
     * library: for checking an export, and for small files (every row is held in memory).
     */
    public static List<Map<String, Object>> rows(Path file) throws IOException {
        Hydrator<Map<String, Object>, Map<String, Object>> toMap = new Hydrator<>() {
            @Override
            public Map<String, Object> start() {
                return new LinkedHashMap<>();
            }

            @Override
            public Map<String, Object> add(Map<String, Object> row, String column, Object value) {
                if (value != null) {
                    row.put(column, value);
                }
                return row;
            }

            @Override
            public Map<String, Object> finish(Map<String, Object> row) {
                return row;
            }
        };
        try (Stream<Map<String, Object>> rows =
                ParquetReader.streamContent(file.toFile(), HydratorSupplier.constantly(toMap))) {
            return rows.toList();
        }
    }

    static <T> MessageType schema(List<Column<T>> columns, String name) {
        Types.MessageTypeBuilder b = Types.buildMessage();
        for (Column<T> c : columns) {
            switch (c.kind()) {
                case TEXT ->
                    b.optional(PrimitiveTypeName.BINARY)
                            .as(LogicalTypeAnnotation.stringType())
                            .named(c.name());
                case INTEGER -> b.optional(PrimitiveTypeName.INT64).named(c.name());
                case DOUBLE -> b.optional(PrimitiveTypeName.DOUBLE).named(c.name());
                case DATE ->
                    b.optional(PrimitiveTypeName.INT32)
                            .as(LogicalTypeAnnotation.dateType())
                            .named(c.name());
            }
        }
        return b.named(name);
    }
}
