package org.sitrep.pipeline;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.sitrep.model.Document;

/**
 * Stages run in order; checked once at construction that each stage's inputs are produced before it. A
 * document's {@link Deadline}, when one is set, is checked before each stage (and by the stages within).
 */
public final class Pipeline {
    private final List<Stage> stages;

    private Pipeline(List<Stage> stages) {
        this.stages = stages;
    }

    public static Pipeline of(List<Stage> stages) {
        Set<Layer> available = EnumSet.noneOf(Layer.class);
        for (Stage stage : stages) {
            Set<Layer> missing = EnumSet.noneOf(Layer.class);
            missing.addAll(stage.requires());
            missing.removeAll(available);
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException("stage '%s' requires %s, but the stages before it only produce %s"
                        .formatted(stage.name(), missing, available));
            }
            available.addAll(stage.produces());
        }
        return new Pipeline(List.copyOf(stages));
    }

    public List<Stage> stages() {
        return stages;
    }

    public Document run(Document document) {
        Document current = document;
        for (Stage stage : stages) {
            try {
                Deadline.check();
                current = stage.apply(current);
            } catch (Deadline.Exceeded e) {
                throw new StageTimeoutException(stage.name(), document.id(), e.budget());
            } catch (RuntimeException e) {
                throw new StageFailedException(stage.name(), document.id(), e);
            }
        }
        return current;
    }
}
