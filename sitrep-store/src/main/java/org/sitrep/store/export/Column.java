package org.sitrep.store.export;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;

/**
 * One column of a flat export: its name, its type and how a row gives its value (empty when the row has none).
 * CSV prints the value as text; Parquet keeps the type, so a date stays a DATE and a latitude a DOUBLE.
 */
record Column<T>(String name, Kind kind, Function<T, Optional<?>> value) {
    enum Kind {
        TEXT(String.class),
        INTEGER(Long.class),
        DOUBLE(Double.class),
        DATE(LocalDate.class);

        final Class<?> javaType;

        Kind(Class<?> javaType) {
            this.javaType = javaType;
        }
    }

    Column {
        requireNonNull(name, "name is null");
        requireNonNull(kind, "kind is null");
        requireNonNull(value, "value is null");
    }

    /** The row's value, checked against the column's type so a wrong getter fails at once, not in a reader. */
    Optional<?> of(T row) {
        Optional<?> v = value.apply(row);
        v.ifPresent(x -> {
            if (!kind.javaType.isInstance(x)) {
                throw new IllegalStateException("column %s holds %s, not %s"
                        .formatted(name, x.getClass().getSimpleName(), kind.javaType.getSimpleName()));
            }
        });
        return v;
    }

    /** The value as CSV text: empty when absent, ISO days, numbers as Java prints them. */
    String text(T row) {
        return of(row).map(String::valueOf).orElse("");
    }
}
