package org.sitrep.learn;

import java.util.List;
import org.sitrep.extract.events.TriggerModel;

/**
 * Micro-averaged precision, recall and F1 in percent of a model's decisions: for the trigger model ({@link #of}),
 * over candidate tokens, counting only event classes (not NONE or OTHER), a token right when its predicted event
 * class is its label; for the role model, over (trigger, argument head, role) tuples.
 */
record TokenScores(int correct, int predicted, int gold) {
    static TokenScores of(TriggerModel model, List<TriggerExamples.Example> examples) {
        int correct = 0;
        int predicted = 0;
        int gold = 0;
        for (TriggerExamples.Example e : examples) {
            TriggerModel.Decision d = model.classify(e.features());
            boolean goldEvent = isEvent(e.label());
            gold += goldEvent ? 1 : 0;
            if (d.isEvent()) {
                predicted++;
                correct += d.cls().equals(e.label()) ? 1 : 0;
            }
        }
        return new TokenScores(correct, predicted, gold);
    }

    private static boolean isEvent(String label) {
        return !label.equals(TriggerModel.NONE) && !label.equals(TriggerModel.OTHER);
    }

    double precision() {
        return predicted == 0 ? 0 : 100.0 * correct / predicted;
    }

    double recall() {
        return gold == 0 ? 0 : 100.0 * correct / gold;
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
