package org.sitrep.ingest;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Limits and overrides for {@link Ingester}.
 *
 * @param maxBytes          files larger than this are rejected unread ({@code --max-bytes})
 * @param maxChars          article bodies longer than this are rejected ({@code --max-chars})
 * @param publishedOverride a publication date that wins over any found in the articles (--published)
 * @param today             the day the articles are read: a dateline's date written without a year ("BAMAKO, March
 *                          12 (AFP) -") is taken to be the latest such day not after it ({@link YearlessDate})
 */
public record IngestOptions(long maxBytes, int maxChars, Optional<LocalDate> publishedOverride, LocalDate today) {
    public static final long DEFAULT_MAX_BYTES = 10_000_000L;
    public static final int DEFAULT_MAX_CHARS = 1_000_000;

    public IngestOptions {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive, got " + maxBytes);
        }
        if (maxChars <= 0) {
            throw new IllegalArgumentException("maxChars must be positive, got " + maxChars);
        }
        requireNonNull(publishedOverride, "publishedOverride is null");
        requireNonNull(today, "today is null");
    }

    public static IngestOptions defaults() {
        return new IngestOptions(DEFAULT_MAX_BYTES, DEFAULT_MAX_CHARS, Optional.empty(), LocalDate.now(ZoneOffset.UTC));
    }

    public IngestOptions withPublishedOverride(LocalDate date) {
        return new IngestOptions(maxBytes, maxChars, Optional.of(date), today);
    }

    public IngestOptions withToday(LocalDate day) {
        return new IngestOptions(maxBytes, maxChars, publishedOverride, day);
    }
}
