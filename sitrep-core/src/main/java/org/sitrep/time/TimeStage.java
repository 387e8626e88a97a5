package org.sitrep.time;

import static java.util.Objects.requireNonNull;

import java.util.Set;
import org.sitrep.model.Document;
import org.sitrep.pipeline.Layer;
import org.sitrep.pipeline.Stage;

/**
 * Pipeline stage "times": fills {@link Document#times()} with {@link TimeExpressions} run over the
 * document text against its publication date. Requires SENTENCES (so it runs after the splitter, as the
 * pipeline contract expects) though it reads only the raw text.
 */
public final class TimeStage implements Stage {
    public static final String NAME = "times";

    private final TimeExpressions expressions;

    public TimeStage() {
        this(new TimeExpressions());
    }

    public TimeStage(TimeExpressions expressions) {
        this.expressions = requireNonNull(expressions, "expressions is null");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.SENTENCES);
    }

    @Override
    public Set<Layer> produces() {
        return Set.of(Layer.TIMES);
    }

    @Override
    public Document apply(Document document) {
        return document.withTimes(expressions.find(document.text(), document.published()));
    }
}
