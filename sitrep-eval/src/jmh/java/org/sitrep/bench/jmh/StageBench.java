package org.sitrep.bench.jmh;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.sitrep.app.Sitrep;
import org.sitrep.model.Document;
import org.sitrep.pipeline.Stage;

/**
 * One pipeline stage of {@code Sitrep.load()} applied to the article as the stages before it left it
 * (so "entities" and "events" run on a pre-parsed document); "all" is the whole pipeline on the raw
 * article. Loading Sitrep takes seconds per fork; it is not measured.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class StageBench {
    @Param({"corenlp", "names", "depparse", "entities", "times", "events", "all"})
    public String stage;

    private Sitrep sitrep;
    private Stage selected;
    private Document input;

    @Setup
    public void setUp() {
        sitrep = Sitrep.load();
        Document current = Article.load();
        input = current;
        for (Stage s : sitrep.pipeline().stages()) {
            if (s.name().equals(stage)) {
                selected = s;
                input = current;
            }
            current = s.apply(current);
        }
        if (selected == null && !stage.equals("all")) {
            throw new IllegalArgumentException("unknown stage '" + stage + "'; the pipeline has "
                    + sitrep.pipeline().stages().stream().map(Stage::name).toList());
        }
    }

    @Benchmark
    public Document apply() {
        return selected == null ? sitrep.extract(input) : selected.apply(input);
    }
}
