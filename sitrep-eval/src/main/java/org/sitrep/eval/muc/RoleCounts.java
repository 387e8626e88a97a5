package org.sitrep.eval.muc;

/**
 * GTT's four counts for a role: predicted fillers that match a gold filler ({@code predictedCorrect}) out of
 * all predicted ({@code predicted}), gold fillers some prediction matches ({@code goldFound}) out of all gold
 * ({@code gold}). The two numerators differ when two predictions match one gold entity.
 */
public record RoleCounts(int predictedCorrect, int predicted, int goldFound, int gold) {
    public static final RoleCounts ZERO = new RoleCounts(0, 0, 0, 0);

    public RoleCounts {
        if (predictedCorrect < 0 || predictedCorrect > predicted || goldFound < 0 || goldFound > gold) {
            throw new IllegalArgumentException("expected 0 <= correct <= total, got %d/%d and %d/%d"
                    .formatted(predictedCorrect, predicted, goldFound, gold));
        }
    }

    public RoleCounts plus(RoleCounts o) {
        return new RoleCounts(
                predictedCorrect + o.predictedCorrect, predicted + o.predicted, goldFound + o.goldFound, gold + o.gold);
    }

    public double precision() {
        return predicted == 0 ? 0 : (double) predictedCorrect / predicted;
    }

    public double recall() {
        return gold == 0 ? 0 : (double) goldFound / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
