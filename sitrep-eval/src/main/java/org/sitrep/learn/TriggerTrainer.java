package org.sitrep.learn;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.extract.events.TriggerModel;

/**
 * Trains the trigger model with LIBLINEAR (L1-regularised logistic regression, one-vs-rest, bias term:
 * L1 keeps few features, so the shipped file stays small)
 * on binary features, keeping the features seen at least {@link #MIN_COUNT} times. Deterministic: the
 * features are numbered in sorted order and LIBLINEAR's random generator is reset before each training.
 */
final class TriggerTrainer {
    static final int MIN_COUNT = 2;
    static final double EPSILON = 0.01;
    static final SolverType SOLVER = SolverType.L1R_LR;

    private TriggerTrainer() {}

    /**
     * @param types each class's Sitrep type ({@code -} for NONE and OTHER); every example's label must be one
     * @param c     LIBLINEAR's cost: higher fits the training data more closely
     */
    static TriggerModel train(List<TriggerExamples.Example> examples, LinkedHashMap<String, String> types, double c) {
        FeatureIndex index = FeatureIndex.of(
                examples.stream().map(TriggerExamples.Example::features).toList(), MIN_COUNT);
        List<String> classes = new ArrayList<>(types.keySet());
        Feature[][] rows = new Feature[examples.size()][];
        double[] y = new double[examples.size()];
        for (int i = 0; i < examples.size(); i++) {
            TriggerExamples.Example e = examples.get(i);
            rows[i] = index.row(e.features(), 1);
            int label = classes.indexOf(e.label());
            if (label < 0) {
                throw new IllegalArgumentException("label %s is not a class of %s".formatted(e.label(), classes));
            }
            y[i] = label;
        }
        Problem problem = index.problem(rows, y);
        Linear.disableDebugOutput();
        Linear.resetRandom();
        Model model = Linear.train(problem, new Parameter(SOLVER, c, EPSILON));
        return export(model, index.vocabulary(), types);
    }

    /** LIBLINEAR's weights as a {@link TriggerModel}. */
    private static TriggerModel export(Model model, List<String> vocabulary, LinkedHashMap<String, String> types) {
        int[] labels = model.getLabels();
        int k = types.size();
        if (model.getNrClass() < 3) {
            throw new IllegalStateException("the training data has only " + model.getNrClass() + " classes");
        }
        float[] bias = new float[k];
        Map<String, float[]> weights = new HashMap<>();
        for (int m = 0; m < labels.length; m++) {
            int cls = labels[m];
            bias[cls] = (float) model.getDecfunBias(m);
            for (int f = 0; f < vocabulary.size(); f++) {
                double w = model.getDecfunCoef(f + 1, m);
                if (w != 0) {
                    weights.computeIfAbsent(vocabulary.get(f), x -> new float[k])[cls] = (float) w;
                }
            }
        }
        return new TriggerModel(types, weights, bias);
    }
}
