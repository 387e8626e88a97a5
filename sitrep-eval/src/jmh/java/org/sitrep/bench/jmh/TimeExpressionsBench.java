package org.sitrep.bench.jmh;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.sitrep.model.Document;
import org.sitrep.model.TimeMention;
import org.sitrep.time.TimeExpressions;

/** Rule-based time expressions over a whole article, resolved against its publication date. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TimeExpressionsBench {
    private final TimeExpressions expressions = new TimeExpressions();
    private Document article;

    @Setup
    public void setUp() {
        article = Article.load();
    }

    @Benchmark
    public List<TimeMention> find() {
        return expressions.find(article.text(), article.published());
    }
}
