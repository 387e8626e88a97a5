package org.sitrep.ingest;

import org.sitrep.model.ProblemCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.Problem;

/**
 * Turns drafts into articles for one batch: settles the publication date, applies the length limit,
 * adds warnings and hands out ids unique within the batch.
 */
final class Assembler {
    private static final int MAX_ID = 80;
    private final IngestOptions options;
    private final Set<String> usedIds = new HashSet<>();

    Assembler(IngestOptions options) {
        this.options = options;
    }

    /**
     * @param stem         the file name without its extension, the default id
     * @param fileLocation the file's path as a string; a draft's location extends it with "#n"
     */
    IngestResult assemble(Draft.Parsed draft, String stem, String fileLocation, Optional<Problem> fileWarning) {
        String source = draft.url().map(url -> url + " (" + draft.location() + ")").orElse(draft.location());
        List<String> paragraphs = draft.paragraphs();
        if (paragraphs.isEmpty()) {
            return reject(ProblemCode.INGEST_NO_TEXT, draft.location(), "no article text found");
        }
        String body = String.join("\n\n", paragraphs);
        if (body.length() > options.maxChars()) {
            return reject(ProblemCode.INGEST_TOO_LONG, draft.location(),
                    "article has %d chars; the limit is %d (--max-chars). Split it or raise the limit."
                            .formatted(body.length(), options.maxChars()));
        }
        Optional<Dateline> dateline = Dateline.find(paragraphs.get(0))
                .or(() -> paragraphs.size() > 1 ? Dateline.find(paragraphs.get(1)) : Optional.empty());
        Optional<LocalDate> published = options.publishedOverride()
                .or(draft::metadataDate)
                .or(draft::textDate)
                .or(() -> dateline.flatMap(Dateline::date));
        List<Problem> warnings = new ArrayList<>();
        fileWarning.ifPresent(w -> warnings.add(new Problem(w.code(), source, w.message())));
        if (published.isEmpty()) {
            warnings.add(new Problem(ProblemCode.NO_DATE, source,
                    "no publication date found; relative times (\"yesterday\", \"last week\") are left unresolved."
                            + " Give one with --published."));
        }
        String suffix = draft.location().substring(Math.min(fileLocation.length(), draft.location().length()));
        String id = unique(draft.recordId().map(Text::squeeze).filter(s -> !s.isEmpty()).orElse(stem + suffix));
        return new IngestResult.Accepted(new Article(id, source, draft.headline(), published,
                dateline.map(Dateline::place), body, warnings));
    }

    private String unique(String wanted) {
        String base = wanted.length() > MAX_ID ? wanted.substring(0, MAX_ID) : wanted;
        String id = base;
        for (int n = 2; !usedIds.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    private static IngestResult reject(String code, String where, String message) {
        return new IngestResult.Rejected(new Problem(code, where, message));
    }
}
