package org.sitrep.bench.jmh;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.sitrep.actors.ActorCatalog;
import org.sitrep.actors.ActorMatch;
import org.sitrep.countries.Countries;
import org.sitrep.data.WordLists;
import org.sitrep.model.Document;

/** Catalogue actor names (leftmost-longest alias matches) over a whole article. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ActorCatalogBench {
    private ActorCatalog catalog;
    private Document article;

    @Setup
    public void setUp() {
        WordLists words = WordLists.load();
        catalog = ActorCatalog.load(Countries.load(words), words, Optional.empty());
        article = Article.load();
    }

    @Benchmark
    public List<ActorMatch> findAll() {
        return catalog.findAll(article.text());
    }
}
