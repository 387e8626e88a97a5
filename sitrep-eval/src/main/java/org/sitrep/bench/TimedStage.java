package org.sitrep.bench;

import static java.util.Objects.requireNonNull;

import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import org.sitrep.model.Document;
import org.sitrep.pipeline.Layer;
import org.sitrep.pipeline.Stage;

/** A stage that adds the wall time of each {@link #apply} to a counter shared by all threads. */
final class TimedStage implements Stage {
    private final Stage stage;
    private final LongAdder nanos = new LongAdder();

    TimedStage(Stage stage) {
        this.stage = requireNonNull(stage, "stage is null");
    }

    @Override
    public String name() {
        return stage.name();
    }

    @Override
    public Set<Layer> requires() {
        return stage.requires();
    }

    @Override
    public Set<Layer> produces() {
        return stage.produces();
    }

    @Override
    public Document apply(Document document) {
        long start = System.nanoTime();
        try {
            return stage.apply(document);
        } finally {
            nanos.add(System.nanoTime() - start);
        }
    }

    long nanos() {
        return nanos.sum();
    }

    void reset() {
        nanos.reset();
    }
}
