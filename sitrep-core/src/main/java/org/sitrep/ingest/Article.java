package org.sitrep.ingest;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.sitrep.model.Document;
import org.sitrep.model.Problem;
import org.sitrep.model.ProblemCode;

/**
 * One article read from a file or a record of a file.
 *
 * @param id        the same for the same article in any batch and any run: the record's own {@code id}
 *                  field as given (the user's key: Sitrep does not make it unique), else the file name
 *                  without extension, cleaned, a '-' and 12 hex digits of the SHA-256 of the article's
 *                  URL, headline and body ("beirut-3f9a0c2b71de")
 * @param source    the path ("feed.jsonl#3", "stdin#3"), preceded by the record's URL when it has one
 * @param headline  the headline, "" when none was found; never part of the body
 * @param dateline  the place named in a dateline ("Beirut"); the dateline text itself stays in the body
 * @param body      the clean article text that all offsets index: paragraphs separated by "\n\n"
 * @param warnings  problems that did not stop the article, such as {@link ProblemCode#NO_DATE}
 */
public record Article(
        String id,
        String source,
        String headline,
        Optional<LocalDate> published,
        Optional<String> dateline,
        String body,
        List<Problem> warnings) {
    public Article {
        requireNonNull(id, "id is null");
        requireNonNull(source, "source is null");
        requireNonNull(headline, "headline is null");
        requireNonNull(published, "published is null");
        requireNonNull(dateline, "dateline is null");
        requireNonNull(body, "body is null");
        warnings = List.copyOf(warnings);
        id = Text.wellFormed(id);
        source = Text.wellFormed(source);
        headline = Text.wellFormed(headline);
        dateline = dateline.map(Text::wellFormed);
        body = Text.wellFormed(body);
        if (id.isBlank()) {
            throw new IllegalArgumentException("article id is blank (source " + source + ")");
        }
        if (body.isBlank()) {
            throw new IllegalArgumentException("article " + id + " has a blank body");
        }
    }

    /** A pipeline document with this article's metadata, its body as text and its warnings as problems. */
    public Document toDocument() {
        Document document = Document.of(id, source, headline, published, dateline, body);
        for (Problem warning : warnings) {
            document = document.withProblem(warning);
        }
        return document;
    }
}
