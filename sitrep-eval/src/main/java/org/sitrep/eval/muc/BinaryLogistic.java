package org.sitrep.eval.muc;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.util.Collection;
import java.util.List;
import org.sitrep.learn.FeatureIndex;

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

    private final FeatureIndex index;
    private final Model model;
    private final boolean unitLength;
    private final int yesPosition;

    private BinaryLogistic(FeatureIndex index, Model model, boolean unitLength) {
        this.index = index;
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
        FeatureIndex index =
                FeatureIndex.of(examples.stream().map(Example::features).toList(), MIN_COUNT);
        Feature[][] rows = new Feature[examples.size()][];
        double[] classes = new double[examples.size()];
        for (int i = 0; i < examples.size(); i++) {
            rows[i] = vector(examples.get(i).features(), index, unitLength);
            classes[i] = examples.get(i).yes() ? 1 : 0;
        }
        Problem problem = index.problem(rows, classes);
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

    private static Feature[] vector(Collection<String> features, FeatureIndex index, boolean unitLength) {
        int known = index.known(features);
        return index.row(features, unitLength && known > 0 ? 1 / Math.sqrt(known) : 1);
    }
}
