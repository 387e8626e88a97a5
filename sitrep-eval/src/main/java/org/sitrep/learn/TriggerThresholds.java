package org.sitrep.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.sitrep.extract.events.TriggerClasses;
import org.sitrep.extract.events.TriggerModel;

/**
 * Chooses each event class's thresholds ({@link TriggerModel#vetoAt}, {@link TriggerModel#addAt}) on
 * development examples, simulating how the model-triggers pass combines the model with the lexicon on each
 * candidate token: a token the lexicon gives a type of a model class keeps that class unless the model
 * calls it another event class (retyped) or no event with at least the veto (dropped); any other token is
 * the model's event class when that class reaches its add threshold. Coordinate ascent on token micro F1,
 * two rounds over the classes from the defaults, moving off a value only for a strictly better F1; a class with fewer than {@link #MIN_DEV_TOKENS} dev tokens
 * keeps the defaults (too few to choose on). Tokens the lexicon gives a type the model has no class for are
 * left out: the pass leaves them to the lexicon whatever the thresholds.
 */
final class TriggerThresholds {
    static final double NEVER = 1.01;
    /**
     * No veto below the default 0.8: 0.7 for KILL and the attack class gained 0.5 on WikiEvents dev and lost 0.5
     * of CASE 2021 weighted F1 (0.5 and 0.6 lost 1.4), a sign of fitting dev's partial annotation; the seed
     * article's "battles" and "clashes" get NONE at 0.69.
     */
    static final double[] VETOES = {TriggerModel.DEFAULT_VETO, 0.9, NEVER};

    static final double[] ADDS = {0, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, NEVER};
    static final int MIN_DEV_TOKENS = 10;
    private static final int ROUNDS = 2;

    /** The tuned model and its simulated dev scores. */
    record Tuned(TriggerModel model, TokenScores scores) {}

    private record Case(String lexiconClass, TriggerModel.Decision decision, String label) {}

    private TriggerThresholds() {}

    static Tuned tune(TriggerModel model, List<TriggerExamples.Example> dev, TriggerClasses classes) {
        List<Case> cases = new ArrayList<>();
        for (TriggerExamples.Example e : dev) {
            String lexiconClass = e.lexiconType().map(classes::of).orElse(null);
            if (lexiconClass != null && !model.classes().contains(lexiconClass)) {
                continue;
            }
            cases.add(new Case(lexiconClass, model.classify(e.features()), e.label()));
        }
        Map<String, Double> veto = new TreeMap<>();
        Map<String, Double> add = new TreeMap<>();
        Map<String, Integer> devTokens = new TreeMap<>();
        cases.forEach(c -> devTokens.merge(c.label(), 1, Integer::sum));
        for (int round = 0; round < ROUNDS; round++) {
            for (String cls : model.classes()) {
                if (!isEvent(cls) || devTokens.getOrDefault(cls, 0) < MIN_DEV_TOKENS) {
                    continue;
                }
                veto.put(cls, best(cases, model, veto, add, cls, VETOES, true));
                add.put(cls, best(cases, model, veto, add, cls, ADDS, false));
            }
        }
        veto.entrySet().removeIf(e -> e.getValue() == TriggerModel.DEFAULT_VETO);
        add.entrySet().removeIf(e -> e.getValue() == TriggerModel.DEFAULT_ADD);
        TriggerModel tuned = model.withThresholds(veto, add);
        return new Tuned(tuned, score(cases, tuned));
    }

    /**
     * The grid value for one class's veto (or add) threshold with the best F1; the current value (at first
     * the default) unless another is strictly better, the lowest of those on a tie.
     */
    private static double best(
            List<Case> cases,
            TriggerModel model,
            Map<String, Double> veto,
            Map<String, Double> add,
            String cls,
            double[] grid,
            boolean isVeto) {
        double best = isVeto
                ? model.withThresholds(veto, add).vetoAt(cls)
                : model.withThresholds(veto, add).addAt(cls);
        double bestF1 = score(cases, model.withThresholds(veto, add)).f1();
        for (double v : grid) {
            Map<String, Double> vs = new TreeMap<>(veto);
            Map<String, Double> as = new TreeMap<>(add);
            (isVeto ? vs : as).put(cls, v);
            double f1 = score(cases, model.withThresholds(vs, as)).f1();
            if (f1 > bestF1 + 1e-9) {
                bestF1 = f1;
                best = v;
            }
        }
        return best;
    }

    private static TokenScores score(List<Case> cases, TriggerModel model) {
        int correct = 0;
        int predicted = 0;
        int gold = 0;
        for (Case c : cases) {
            Optional<String> p = predicted(c, model);
            gold += isEvent(c.label()) ? 1 : 0;
            if (p.isPresent()) {
                predicted++;
                correct += p.get().equals(c.label()) ? 1 : 0;
            }
        }
        return new TokenScores(correct, predicted, gold);
    }

    /** The event class the pass gives the token, if any. */
    static Optional<String> predicted(String lexiconClass, TriggerModel.Decision d, TriggerModel model) {
        if (lexiconClass != null) {
            if (d.isEvent()) {
                return Optional.of(d.cls());
            }
            return d.probability() >= model.vetoAt(lexiconClass) ? Optional.empty() : Optional.of(lexiconClass);
        }
        return d.isEvent() && d.probability() >= model.addAt(d.cls()) ? Optional.of(d.cls()) : Optional.empty();
    }

    private static Optional<String> predicted(Case c, TriggerModel model) {
        return predicted(c.lexiconClass(), c.decision(), model);
    }

    private static boolean isEvent(String cls) {
        return !cls.equals(TriggerModel.NONE) && !cls.equals(TriggerModel.OTHER);
    }
}
