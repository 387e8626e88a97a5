package org.sitrep.learn;

import static java.util.Objects.requireNonNull;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.util.ArrayList;
import java.util.List;
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
    private final FeatureIndex index;
    private final List<String> labels;

    private SnippetClassifier(Model model, FeatureIndex index, List<String> labels) {
        this.model = model;
        this.index = index;
        this.labels = labels;
    }

    public static SnippetClassifier train(List<Example> examples) {
        if (examples.isEmpty()) {
            throw new IllegalArgumentException("no training examples");
        }
        FeatureIndex index =
                FeatureIndex.of(examples.stream().map(Example::features).toList(), MIN_COUNT);
        List<String> labels = new ArrayList<>(
                new TreeSet<>(examples.stream().map(Example::label).toList()));
        Feature[][] rows = new Feature[examples.size()][];
        double[] y = new double[examples.size()];
        for (int i = 0; i < examples.size(); i++) {
            rows[i] = row(index, examples.get(i).features());
            y[i] = labels.indexOf(examples.get(i).label());
        }
        Problem problem = index.problem(rows, y);
        Linear.disableDebugOutput();
        Linear.resetRandom();
        Model model = Linear.train(problem, new Parameter(SolverType.L2R_L2LOSS_SVC, COST, 0.01));
        return new SnippetClassifier(model, index, labels);
    }

    public String predict(List<String> features) {
        return labels.get((int) Linear.predict(model, row(index, features)));
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

    /** Unit length: each of the snippet's known features has the same value, their squares summing to 1. */
    private static Feature[] row(FeatureIndex index, List<String> features) {
        int known = index.known(features);
        return index.row(features, known == 0 ? 0 : 1 / Math.sqrt(known));
    }
}
