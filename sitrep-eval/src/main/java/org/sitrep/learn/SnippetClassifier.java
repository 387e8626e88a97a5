package org.sitrep.learn;

import static java.util.Objects.requireNonNull;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One label per snippet from its {@link SnippetFeatures}: a LIBLINEAR linear SVM (L2-regularised, squared hinge
 * loss, one-vs-rest) over binary features seen at least twice in training, each snippet's vector scaled to unit
 * length (so a long snippet's many words do not outweigh the rules' few labels). Solver, cost and scaling were
 * chosen by 10-fold cross-validated weighted F1 on the CASE 2021 odd half (logistic regression, cost 0.1-100,
 * with and without scaling: 68.1-71.7). Deterministic: features are numbered in sorted order and LIBLINEAR's
 * generator is reset before training.
 */
public final class SnippetClassifier {
    static final int MIN_COUNT = 2;
    static final double COST = 1.0;

    /** A snippet's features and its gold label. */
    public record Example(List<String> features, String label) {
        public Example {
            features = List.copyOf(features);
            requireNonNull(label, "label is null");
        }
    }

    private final Model model;
    private final Map<String, Integer> index;
    private final List<String> labels;

    private SnippetClassifier(Model model, Map<String, Integer> index, List<String> labels) {
        this.model = model;
        this.index = index;
        this.labels = labels;
    }

    public static SnippetClassifier train(List<Example> examples) {
        if (examples.isEmpty()) {
            throw new IllegalArgumentException("no training examples");
        }
        Map<String, Integer> counts = new TreeMap<>();
        examples.forEach(e -> new TreeSet<>(e.features()).forEach(f -> counts.merge(f, 1, Integer::sum)));
        Map<String, Integer> index = new HashMap<>();
        counts.forEach((f, n) -> {
            if (n >= MIN_COUNT) {
                index.put(f, index.size() + 1); // LIBLINEAR numbers features from 1
            }
        });
        List<String> labels = new ArrayList<>(
                new TreeSet<>(examples.stream().map(Example::label).toList()));
        Problem problem = new Problem();
        problem.l = examples.size();
        problem.n = index.size() + 1; // + the bias feature
        problem.bias = 1;
        problem.x = new Feature[examples.size()][];
        problem.y = new double[examples.size()];
        for (int i = 0; i < examples.size(); i++) {
            problem.x[i] = row(examples.get(i).features(), index, problem.n);
            problem.y[i] = labels.indexOf(examples.get(i).label());
        }
        Linear.disableDebugOutput();
        Linear.resetRandom();
        Model model = Linear.train(problem, new Parameter(SolverType.L2R_L2LOSS_SVC, COST, 0.01));
        return new SnippetClassifier(model, index, labels);
    }

    public String predict(List<String> features) {
        return labels.get((int) Linear.predict(model, row(features, index, index.size() + 1)));
    }

    /**
     * Each example's label as predicted by a classifier trained on the other folds: example {@code i} is in
     * fold {@code i % folds}, so every example is predicted once, by a model that never saw it.
     */
    public static List<String> crossValidate(List<Example> examples, int folds) {
        if (folds < 2 || folds > examples.size()) {
            throw new IllegalArgumentException(
                    "expected 2 <= folds <= %d examples, got %d".formatted(examples.size(), folds));
        }
        String[] predicted = new String[examples.size()];
        for (int fold = 0; fold < folds; fold++) {
            List<Example> training = new ArrayList<>();
            for (int i = 0; i < examples.size(); i++) {
                if (i % folds != fold) {
                    training.add(examples.get(i));
                }
            }
            SnippetClassifier classifier = train(training);
            for (int i = fold; i < examples.size(); i += folds) {
                predicted[i] = classifier.predict(examples.get(i).features());
            }
        }
        return List.of(predicted);
    }

    private static Feature[] row(List<String> features, Map<String, Integer> index, int bias) {
        TreeSet<Integer> ids = new TreeSet<>();
        features.forEach(f -> {
            Integer id = index.get(f);
            if (id != null) {
                ids.add(id);
            }
        });
        double value = ids.isEmpty() ? 0 : 1 / Math.sqrt(ids.size());
        List<Feature> row = new ArrayList<>();
        ids.forEach(id -> row.add(new FeatureNode(id, value)));
        row.add(new FeatureNode(bias, 1));
        return row.toArray(new Feature[0]);
    }
}
