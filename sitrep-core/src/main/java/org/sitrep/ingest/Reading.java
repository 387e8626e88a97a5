package org.sitrep.ingest;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.sitrep.model.Problem;

/** What a reader made of one document or record, before ids, limits and dates are settled. */
sealed interface Reading {

    /**
     * @param location     path, or "path#n" for the n-th record of a file
     * @param recordId     the record's own "id" field, if any
     * @param metadataDate a date from structured metadata (HTML meta, JSON-LD, a JSON field)
     * @param stamps       the dates of the date lines near the top of the text ("Published 07 January, 2016")
     */
    record Parsed(
            String location,
            Optional<String> recordId,
            Optional<String> url,
            String headline,
            Optional<LocalDate> metadataDate,
            List<StampLine.Stamp> stamps,
            List<String> paragraphs)
            implements Reading {
        public Parsed {
            requireNonNull(location, "location is null");
            requireNonNull(recordId, "recordId is null");
            requireNonNull(url, "url is null");
            requireNonNull(headline, "headline is null");
            requireNonNull(metadataDate, "metadataDate is null");
            stamps = List.copyOf(stamps);
            paragraphs = List.copyOf(paragraphs);
        }

        static Parsed of(String location, String headline, Optional<LocalDate> metadataDate, BodyText body) {
            return new Parsed(
                    location,
                    Optional.empty(),
                    Optional.empty(),
                    headline,
                    metadataDate,
                    body.stamps(),
                    body.paragraphs());
        }
    }

    record Failed(Problem problem) implements Reading {
        public Failed {
            requireNonNull(problem, "problem is null");
        }
    }
}
