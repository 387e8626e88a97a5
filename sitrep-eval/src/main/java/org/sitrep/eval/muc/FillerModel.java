package org.sitrep.eval.muc;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Which of the MUC mapping's candidate fillers to keep: logistic regression ({@link BinaryLogistic}) over
 * {@link FillerFeatures}, trained on Sitrep's candidates for the MUC-4 training documents, a candidate being
 * right when its normalised text is a mention of a gold filler of its role in the document. The rules propose
 * many fillers MUC-4 does not count ("victims", "the troops", a victim taken for the perpetrator) and miss others
 * their sentence names; the model learns which kinds of proposal hold, from the rules' own fillers and the other
 * mentions of each incident's sentences, with the article's relevance as a feature. The threshold is chosen on the training documents by two-fold
 * cross-validation (train on one half, score the other half's templates with GTT's metric).
 */
public final class FillerModel {
    static final double COST = 0.3;
    static final double[] THRESHOLDS = {0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5};

    /** A training document: its gold templates and Sitrep's candidates. */
    public record Labelled(MucDoc gold, List<FillerCandidate> candidates) {}

    private final BinaryLogistic classifier;
    private final double threshold;
    private final Map<Double, Double> crossValidated;

    private FillerModel(BinaryLogistic classifier, double threshold, Map<Double, Double> crossValidated) {
        this.classifier = classifier;
        this.threshold = threshold;
        this.crossValidated = Collections.unmodifiableMap(new TreeMap<>(crossValidated));
    }

    public static FillerModel train(List<Labelled> documents) {
        List<Labelled> even = half(documents, 0);
        List<Labelled> odd = half(documents, 1);
        BinaryLogistic onEven = fit(even);
        BinaryLogistic onOdd = fit(odd);
        Map<Double, Double> f1 = new TreeMap<>();
        double best = THRESHOLDS[0];
        for (double t : THRESHOLDS) {
            MucScorer scorer = new MucScorer();
            score(scorer, odd, onEven, t);
            score(scorer, even, onOdd, t);
            f1.put(t, scorer.micro().f1());
            if (scorer.micro().f1() > f1.get(best)) {
                best = t;
            }
        }
        return new FillerModel(fit(documents), best, f1);
    }

    /**
     * For each training document, a component ({@link MucRelevance}, {@link FillerPrior}) trained on the other
     * half of the documents (the even positions' from the odd ones and the other way round), so that the filler
     * model learns how far to trust it on articles it has not seen.
     */
    public static <T> List<T> crossFitted(List<MucDoc> documents, Function<List<MucDoc>, T> train) {
        T fromOdd = train.apply(half(documents, 1));
        T fromEven = train.apply(half(documents, 0));
        List<T> fitted = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            fitted.add(i % 2 == 0 ? fromOdd : fromEven);
        }
        return fitted;
    }

    /**
     * The candidates, with the strings of the article the prior proposes, and what the model judges them by
     * beyond their own features: the article's relevance and each string's prior.
     */
    public static List<FillerCandidate> judged(
            List<FillerCandidate> candidates, MucDoc doc, MucRelevance relevance, FillerPrior prior) {
        List<FillerCandidate> all = new ArrayList<>(candidates);
        all.addAll(prior.lexiconCandidates(doc.text(), candidates));
        return prior.features(withRelevance(all, relevance.probability(doc.text())));
    }

    /**
     * The candidates with the article's relevance ({@link MucRelevance}) as a feature of each, in tenths. On
     * training documents the probability must come from a classifier trained without them.
     */
    public static List<FillerCandidate> withRelevance(List<FillerCandidate> candidates, double probability) {
        String tenths = Long.toString(Math.round(10 * probability));
        return candidates.stream()
                .map(c -> c.withFeatures(List.of(c.role().key() + ":relevance=" + tenths)))
                .toList();
    }

    /** Whether the candidate's text is a mention of a gold filler of its role in the document. */
    static boolean right(FillerCandidate candidate, MucDoc gold) {
        String text = MucScorer.normalise(candidate.text());
        return gold.templates().stream()
                .flatMap(t -> t.of(candidate.role()).stream())
                .flatMap(List::stream)
                .anyMatch(mention -> MucScorer.normalise(mention).equals(text));
    }

    public boolean keeps(FillerCandidate candidate) {
        return probability(candidate) >= threshold;
    }

    public double probability(FillerCandidate candidate) {
        return classifier.probability(candidate.features());
    }

    public double threshold() {
        return threshold;
    }

    /** The two-fold cross-validated micro F1 on the training documents for each threshold tried. */
    public Map<Double, Double> crossValidated() {
        return crossValidated;
    }

    /** The items at even (0) or odd (1) positions. */
    private static <T> List<T> half(List<T> items, int parity) {
        List<T> half = new ArrayList<>();
        for (int i = parity; i < items.size(); i += 2) {
            half.add(items.get(i));
        }
        return half;
    }

    private static BinaryLogistic fit(List<Labelled> documents) {
        List<BinaryLogistic.Example> examples = new ArrayList<>();
        for (Labelled d : documents) {
            for (FillerCandidate c : d.candidates()) {
                examples.add(new BinaryLogistic.Example(c.features(), right(c, d.gold())));
            }
        }
        return BinaryLogistic.train(examples, COST, false);
    }

    private static void score(MucScorer scorer, List<Labelled> documents, BinaryLogistic model, double threshold) {
        for (Labelled d : documents) {
            scorer.add(
                    d.gold().templates(),
                    IncidentTemplates.of(d.candidates(), c -> model.probability(c.features()) >= threshold));
        }
    }
}
