package org.sitrep.ingest;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.Problem;
import org.sitrep.model.ProblemCode;

/**
 * Turns readings into articles: settles the publication date, applies the length limit, adds warnings
 * and gives the id ({@link ArticleId}). Keeps nothing between readings: any reading, alone, gives the same
 * article whatever was read before it.
 */
final class Assembler {
    private static final int DATELINE_PARAGRAPHS = 3;

    private final IngestOptions options;

    Assembler(IngestOptions options) {
        this.options = options;
    }

    /**
     * @param stem        the file name without its extension, the readable part of the id
     * @param fileWarning a warning about the file (or record) the reading came from
     */
    IngestResult assemble(Reading.Parsed reading, String stem, Optional<Problem> fileWarning) {
        return assemble(reading, stem, fileWarning, Optional.empty());
    }

    /**
     * @param fallbackDate the publication date when neither the options nor the page give one (a WARC
     *                     record's capture date)
     */
    IngestResult assemble(
            Reading.Parsed reading, String stem, Optional<Problem> fileWarning, Optional<LocalDate> fallbackDate) {
        String source =
                reading.url().map(url -> url + " (" + reading.location() + ")").orElse(reading.location());
        List<String> paragraphs = reading.paragraphs();
        if (paragraphs.isEmpty()) {
            return reject(ProblemCode.INGEST_NO_TEXT, reading.location(), "no article text found");
        }
        String body = String.join("\n\n", paragraphs);
        if (body.length() > options.maxChars()) {
            return reject(
                    ProblemCode.INGEST_TOO_LONG,
                    reading.location(),
                    "article has %d chars; the limit is %d (--max-chars). Split it or raise the limit."
                            .formatted(body.length(), options.maxChars()));
        }
        // the dateline opens the story, perhaps after a standfirst or a title the reader could not tell apart
        Optional<Dateline> dateline = Optional.empty();
        String lead = "";
        for (int i = 0; i < Math.min(DATELINE_PARAGRAPHS, paragraphs.size()) && dateline.isEmpty(); i++) {
            dateline = Dateline.find(paragraphs.get(i));
            lead = paragraphs.get(i);
        }
        Optional<Dateline> found = dateline;
        Set<DayOfWeek> leadWeekdays = YearlessDate.weekdaysIn(lead);
        Optional<LocalDate> published = options.publishedOverride()
                .or(reading::metadataDate)
                .or(() -> PublicationDate.of(
                        reading.stamps(), found, reading.url().flatMap(NumericOrder::ofUrl)))
                .or(() -> fallbackDate)
                .or(() -> found.flatMap(Dateline::named)
                        .flatMap(day -> YearlessDate.resolve(day, leadWeekdays, options.today())));
        List<Problem> warnings = new ArrayList<>();
        fileWarning.ifPresent(w -> warnings.add(new Problem(w.code(), source, w.message())));
        if (published.isEmpty()) {
            warnings.add(new Problem(
                    ProblemCode.NO_DATE,
                    source,
                    "no publication date found; relative times (\"yesterday\", \"last week\") are left unresolved."
                            + " Give one with --published."));
        }
        String id = ArticleId.of(reading.recordId(), stem, reading.url(), reading.headline(), body);
        return new IngestResult.Accepted(
                new Article(id, source, reading.headline(), published, found.map(Dateline::place), body, warnings));
    }

    private static IngestResult reject(String code, String where, String message) {
        return new IngestResult.Rejected(new Problem(code, where, message));
    }
}
