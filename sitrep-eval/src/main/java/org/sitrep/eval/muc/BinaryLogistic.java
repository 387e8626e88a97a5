package org.sitrep.eval.muc;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A yes/no classifier over binary string features: L2-regularised logistic regression (LIBLINEAR) with a bias,
 * keeping the features seen in at least {@link #MIN_COUNT} examples. Deterministic: features are numbered in
 * sorted order and LIBLINEAR's generator is reset before training. With {@code unitLength} each example's
 * vector is scaled to length one, so that a long article does not score high from its length alone.
 */
final class BinaryLogistic {
    static final int MIN_COUNT = 2;
    static final double EPSILON = 0.01;

    /** One training example. */
    record Example(Collection<String> features, boolean yes) {}

    private final Map<String, Integer> index;
    private final Model model;
    private final boolean unitLength;
    private final int yesPosition;

    private BinaryLogistic(Map<String, Integer> index, Model model, boolean unitLength) {
        this.index = Map.copyOf(index);
        this.model = model;
        this.unitLength = unitLength;
        int position = -1;
        int[] labels = model.getLabels();
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] == 1) {
                position = i;
            }
        }
        this.yesPosition = position;
    }

    /** @throws IllegalArgumentException when the examples are not both yes and no */
    static BinaryLogistic train(List<Example> examples, double cost, boolean unitLength) {
        if (examples.stream().allMatch(Example::yes) || examples.stream().noneMatch(Example::yes)) {
            throw new IllegalArgumentException(
                    "training needs examples of both answers, got " + examples.size() + " examples all answering "
                            + (!examples.isEmpty() && examples.get(0).yes()));
        }
        Map<String, Integer> counts = new TreeMap<>();
        for (Example e : examples) {
            new TreeSet<>(e.features()).forEach(f -> counts.merge(f, 1, Integer::sum));
        }
        Map<String, Integer> index = new HashMap<>();
        counts.forEach((f, n) -> {
            if (n >= MIN_COUNT) {
                index.put(f, index.size() + 1); // LIBLINEAR numbers features from 1
            }
        });
        Problem problem = new Problem();
        problem.l = examples.size();
        problem.n = index.size() + 1;
        problem.bias = 1;
        problem.x = new Feature[problem.l][];
        problem.y = new double[problem.l];
        for (int i = 0; i < examples.size(); i++) {
            problem.x[i] = vector(examples.get(i).features(), index, unitLength);
            problem.y[i] = examples.get(i).yes() ? 1 : 0;
        }
        Linear.disableDebugOutput();
        Linear.resetRandom();
        Model model = Linear.train(problem, new Parameter(SolverType.L2R_LR, cost, EPSILON));
        return new BinaryLogistic(index, model, unitLength);
    }

    /** The probability of yes. */
    double probability(Collection<String> features) {
        double[] p = new double[model.getNrClass()];
        Linear.predictProbability(model, vector(features, index, unitLength), p);
        return p[yesPosition];
    }

    private static Feature[] vector(Collection<String> features, Map<String, Integer> index, boolean unitLength) {
        TreeSet<Integer> ids = new TreeSet<>();
        for (String f : features) {
            Integer id = index.get(f);
            if (id != null) {
                ids.add(id);
            }
        }
        double value = unitLength && !ids.isEmpty() ? 1 / Math.sqrt(ids.size()) : 1;
        List<Feature> row = new ArrayList<>();
        ids.forEach(id -> row.add(new FeatureNode(id, value)));
        row.add(new FeatureNode(index.size() + 1, 1));
        return row.toArray(new Feature[0]);
    }
}
