package org.sitrep.learn;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Problem;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Binary features numbered for LIBLINEAR: those seen in at least {@code minCount} training examples, numbered
 * from 1 in sorted order (so the same data gives the same model), and after them the bias feature.
 */
public final class FeatureIndex {
    private final List<String> vocabulary;
    private final Map<String, Integer> numbers;

    private FeatureIndex(List<String> vocabulary, Map<String, Integer> numbers) {
        this.vocabulary = vocabulary;
        this.numbers = numbers;
    }

    /** The features of the training examples (each example's features once or more) seen in {@code minCount} of them. */
    public static FeatureIndex of(List<? extends Collection<String>> examples, int minCount) {
        Map<String, Integer> counts = new TreeMap<>();
        examples.forEach(e -> new TreeSet<>(e).forEach(f -> counts.merge(f, 1, Integer::sum)));
        List<String> vocabulary = new ArrayList<>();
        Map<String, Integer> numbers = new HashMap<>();
        counts.forEach((f, n) -> {
            if (n >= minCount) {
                vocabulary.add(f);
                numbers.put(f, vocabulary.size());
            }
        });
        return new FeatureIndex(List.copyOf(vocabulary), numbers);
    }

    /** The kept features in number order: feature {@code i + 1} is {@code vocabulary().get(i)}. */
    public List<String> vocabulary() {
        return vocabulary;
    }

    /** The number of the bias feature, the last one: LIBLINEAR's {@code Problem.n}. */
    public int bias() {
        return vocabulary.size() + 1;
    }

    /** An example's row: its known features, each with {@code value}, in number order, then the bias (1). */
    public Feature[] row(Collection<String> features, double value) {
        TreeSet<Integer> ids = new TreeSet<>();
        features.forEach(f -> {
            Integer id = numbers.get(f);
            if (id != null) {
                ids.add(id);
            }
        });
        List<Feature> row = new ArrayList<>();
        ids.forEach(id -> row.add(new FeatureNode(id, value)));
        row.add(new FeatureNode(bias(), 1));
        return row.toArray(new Feature[0]);
    }

    /** LIBLINEAR's problem over these features: row {@code i} of {@code rows} has class number {@code classes[i]}. */
    public Problem problem(Feature[][] rows, double[] classes) {
        if (rows.length != classes.length) {
            throw new IllegalArgumentException("%d rows, %d classes".formatted(rows.length, classes.length));
        }
        Problem problem = new Problem();
        problem.l = rows.length;
        problem.n = bias();
        problem.bias = 1;
        problem.x = rows;
        problem.y = classes;
        return problem;
    }

    /** How many of the features are known. */
    public int known(Collection<String> features) {
        return (int)
                new TreeSet<>(features).stream().filter(numbers::containsKey).count();
    }
}
