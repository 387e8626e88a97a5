package org.sitrep.language;

import static java.util.Objects.requireNonNull;

import java.util.Set;
import org.sitrep.model.Document;
import org.sitrep.model.Problem;
import org.sitrep.model.ProblemCode;
import org.sitrep.pipeline.Layer;
import org.sitrep.pipeline.Stage;

/**
 * Stage {@code language}: a text that is surely not English gets a {@code LANGUAGE_UNSUPPORTED} warning naming its
 * language. The document still goes through the (English) pipeline: a wrong call must not cost an English
 * article its events, and a mostly foreign article may still name people and places the tagger knows.
 */
public final class LanguageCheckStage implements Stage {
    private final LanguageCheck check;

    public LanguageCheckStage(LanguageCheck check) {
        this.check = requireNonNull(check, "check is null");
    }

    @Override
    public String name() {
        return "language";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of();
    }

    @Override
    public Set<Layer> produces() {
        return Set.of();
    }

    @Override
    public Document apply(Document document) {
        return check.foreignLanguage(document.text())
                .map(language -> document.withProblem(new Problem(
                        ProblemCode.LANGUAGE_UNSUPPORTED,
                        document.source(),
                        ("the text reads as %s; Sitrep reads English only, so its entities and events are likely"
                                        + " missing or wrong")
                                .formatted(language))))
                .orElse(document);
    }
}
