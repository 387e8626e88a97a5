package org.sitrep.eval;

/** True positives, predictions and gold items, with precision, recall and F1 (0 when undefined). */
public record Counts(int correct, int predicted, int gold) {
    public static final Counts ZERO = new Counts(0, 0, 0);

    public Counts {
        if (correct < 0 || correct > predicted || correct > gold) {
            throw new IllegalArgumentException(
                    "expected 0 <= correct <= min(predicted, gold), got %d/%d/%d".formatted(correct, predicted, gold));
        }
    }

    public Counts plus(Counts o) {
        return new Counts(correct + o.correct, predicted + o.predicted, gold + o.gold);
    }

    public double precision() {
        return predicted == 0 ? 0 : (double) correct / predicted;
    }

    public double recall() {
        return gold == 0 ? 0 : (double) correct / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
