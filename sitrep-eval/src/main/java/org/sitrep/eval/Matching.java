package org.sitrep.eval;

import java.util.Arrays;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * One-to-one matching of predictions to gold items: a maximum bipartite matching (Kuhn's augmenting
 * paths), so every gold item is credited at most once and every prediction counts at most once,
 * whatever the order. Lists are per document, so the quadratic cost does not matter.
 */
final class Matching {
    private Matching() {}

    /** For each prediction, the index of the gold item it is matched to, or -1. */
    static <P, G> int[] match(List<P> predicted, List<G> gold, BiPredicate<P, G> compatible) {
        int[] goldOwner = new int[gold.size()];
        Arrays.fill(goldOwner, -1);
        for (int p = 0; p < predicted.size(); p++) {
            augment(p, predicted, gold, compatible, goldOwner, new boolean[gold.size()]);
        }
        int[] result = new int[predicted.size()];
        Arrays.fill(result, -1);
        for (int g = 0; g < goldOwner.length; g++) {
            if (goldOwner[g] >= 0) {
                result[goldOwner[g]] = g;
            }
        }
        return result;
    }

    private static <P, G> boolean augment(
            int p, List<P> predicted, List<G> gold, BiPredicate<P, G> compatible, int[] goldOwner, boolean[] seen) {
        for (int g = 0; g < gold.size(); g++) {
            if (seen[g] || !compatible.test(predicted.get(p), gold.get(g))) {
                continue;
            }
            seen[g] = true;
            if (goldOwner[g] < 0 || augment(goldOwner[g], predicted, gold, compatible, goldOwner, seen)) {
                goldOwner[g] = p;
                return true;
            }
        }
        return false;
    }

    static int count(int[] matches) {
        return (int) Arrays.stream(matches).filter(g -> g >= 0).count();
    }
}
