package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IngestOptionsTest {
    @Test
    void pinsTheDefaults() {
        assertEquals(new IngestOptions(10_000_000L, 1_000_000, Optional.empty()), IngestOptions.defaults());
    }

    @Test
    void rejectsNonPositiveLimits() {
        assertThrows(IllegalArgumentException.class, () -> new IngestOptions(0, 10, Optional.empty()));
        assertThrows(IllegalArgumentException.class, () -> new IngestOptions(10, -1, Optional.empty()));
    }

    @Test
    void setsAnOverride() {
        LocalDate day = LocalDate.of(2016, 1, 7);
        assertEquals(
                Optional.of(day),
                IngestOptions.defaults().withPublishedOverride(day).publishedOverride());
    }
}
