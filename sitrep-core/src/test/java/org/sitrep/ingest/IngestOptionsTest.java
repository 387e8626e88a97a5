package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IngestOptionsTest {
    @Test
    void pinsTheDefaults() {
        LocalDate before = LocalDate.now(ZoneOffset.UTC);
        IngestOptions defaults = IngestOptions.defaults();
        LocalDate after = LocalDate.now(ZoneOffset.UTC);
        assertEquals(new IngestOptions(10_000_000L, 1_000_000, Optional.empty(), defaults.today()), defaults);
        assertTrue(
                !defaults.today().isBefore(before) && !defaults.today().isAfter(after),
                "today is the day of reading, in UTC");
    }

    @Test
    void rejectsNonPositiveLimits() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new IngestOptions(0, 10, Optional.empty(), LocalDate.of(2026, 12, 8)));
        assertThrows(
                IllegalArgumentException.class,
                () -> new IngestOptions(10, -1, Optional.empty(), LocalDate.of(2026, 12, 8)));
    }

    @Test
    void setsAnOverride() {
        LocalDate day = LocalDate.of(2016, 1, 7);
        assertEquals(
                Optional.of(day),
                IngestOptions.defaults().withPublishedOverride(day).publishedOverride());
    }
}
