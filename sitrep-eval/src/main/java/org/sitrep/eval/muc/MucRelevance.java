package org.sitrep.eval.muc;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * MUC-4's notion of a relevant article: one that reports a terrorist incident against civilians or civilian
 * targets, not combat between armed forces and guerrillas, a political statement or a threat. Sitrep's events
 * cannot tell these apart (an army attack on a guerrilla camp is an ATTACK either way), so the MUC mapping asks
 * this classifier first: logistic regression ({@link BinaryLogistic}) over the words and word pairs of the
 * article, trained on the MUC-4 training documents (relevant = at least one template). It is trained when the
 * evaluation starts (seconds on 1,300 documents) and belongs to the MUC mapping, not to core's events.
 */
public final class MucRelevance {
    static final double COST = 1;
    /** An article below this probability gets no template. */
    public static final double THRESHOLD = 0.5;

    private final BinaryLogistic classifier;

    private MucRelevance(BinaryLogistic classifier) {
        this.classifier = classifier;
    }

    /** Trains on documents that have templates (relevant) and documents that have none. */
    public static MucRelevance train(Collection<MucDoc> training) {
        List<BinaryLogistic.Example> examples = training.stream()
                .map(d -> new BinaryLogistic.Example(
                        features(d.text()), !d.templates().isEmpty()))
                .toList();
        return new MucRelevance(BinaryLogistic.train(examples, COST, true));
    }

    /** The probability that an article reports a MUC-4 incident. */
    public double probability(String text) {
        return classifier.probability(features(text));
    }

    /** Lower-cased words and adjacent word pairs, once each. */
    static TreeSet<String> features(String text) {
        TreeSet<String> features = new TreeSet<>();
        String previous = null;
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (w.isEmpty()) {
                continue;
            }
            features.add(w);
            if (previous != null) {
                features.add(previous + "_" + w);
            }
            previous = w;
        }
        return features;
    }
}
