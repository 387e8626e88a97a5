package org.sitrep.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.sitrep.model.CharSpan;

/**
 * End-to-end scoring of Sitrep against KAIROS-annotated gold (WikiEvents), after Li et al. 2021.
 * Not thread-safe: feed documents from one thread.
 *
 * <ul>
 *   <li><b>Trigger identification.</b> A predicted trigger matches a gold trigger when their character
 *       spans overlap (the prediction shares at least one character with the gold trigger tokens).
 *   <li><b>Trigger classification.</b> Also the gold KAIROS type maps to the predicted Sitrep type
 *       ({@link KairosMapping#sitrepType}, widened by {@link TypeEquivalence}).
 *   <li><b>Argument identification.</b> A predicted argument matches a gold one when the prediction's
 *       trigger overlaps the gold event's trigger and both heads are the same token (the last dataset
 *       token of the gold entity mention; the last dataset token overlapping the predicted span).
 *   <li><b>Argument classification.</b> Also the trigger classification holds and the gold role maps
 *       to the predicted role ({@link KairosMapping#role}, or the event place for place roles).
 * </ul>
 * Each side is first reduced to distinct tuples — (span) for trigger-id, (span, type) for
 * trigger-class, (trigger span, head) for arg-id, (trigger span, type, head, role) for arg-class —
 * so duplicates count once. Then predictions and gold are matched one to one ({@link Matching}).
 * Gold events of types Sitrep cannot produce stay in the gold counts. The "mappable" scope keeps
 * only gold of mappable KAIROS types and predictions of Sitrep types some KAIROS type can match.
 */
public final class Scorer {
    public enum Metric {
        TRIGGER_ID,
        TRIGGER_CLASS,
        ARG_ID,
        ARG_CLASS
    }

    /** Trigger and argument counts for one type (recall side for gold types, precision side for predicted ones). */
    public record TypeRow(int triggers, int triggersCorrect, int args, int argsCorrect) {
        TypeRow plus(TypeRow o) {
            return new TypeRow(
                    triggers + o.triggers,
                    triggersCorrect + o.triggersCorrect,
                    args + o.args,
                    argsCorrect + o.argsCorrect);
        }
    }

    private record Span(CharSpan trigger) {}

    private record Typed(CharSpan trigger, String type) {}

    private record Head(CharSpan trigger, CharSpan head) {}

    private record TypedArg(CharSpan trigger, String type, CharSpan head, String role) {}

    private final KairosMapping mapping;
    private final Set<String> matchableSitrepTypes = new TreeSet<>();
    private final Map<Metric, Counts> all = new EnumMap<>(Metric.class);
    private final Map<Metric, Counts> mappable = new EnumMap<>(Metric.class);
    private final Map<String, TypeRow> byGoldType = new TreeMap<>();
    private final Map<String, TypeRow> byPredictedType = new TreeMap<>();

    public Scorer(KairosMapping mapping) {
        this.mapping = mapping;
        for (String k : mapping.kairosTypes()) {
            mapping.sitrepType(k)
                    .ifPresent(t -> matchableSitrepTypes.addAll(
                            mapping.typeEquivalence().accepted(t)));
        }
        for (Metric m : Metric.values()) {
            all.put(m, Counts.ZERO);
            mappable.put(m, Counts.ZERO);
        }
    }

    public void add(List<Gold.Event> gold, List<Predicted.Trigger> predicted) {
        score(gold, predicted, all, true);
        score(
                gold.stream()
                        .filter(e -> mapping.sitrepType(e.kairosType()).isPresent())
                        .toList(),
                predicted.stream()
                        .filter(p -> matchableSitrepTypes.contains(p.type()))
                        .toList(),
                mappable,
                false);
    }

    public Map<Metric, Counts> all() {
        return Map.copyOf(all);
    }

    public Map<Metric, Counts> mappable() {
        return Map.copyOf(mappable);
    }

    /** Per gold KAIROS type: gold triggers and arguments, and how many were found with the right type/role. */
    public Map<String, TypeRow> byGoldType() {
        return Map.copyOf(byGoldType);
    }

    /** Per predicted Sitrep type: predicted triggers and arguments, and how many were right. */
    public Map<String, TypeRow> byPredictedType() {
        return Map.copyOf(byPredictedType);
    }

    private void score(
            List<Gold.Event> gold, List<Predicted.Trigger> predicted, Map<Metric, Counts> into, boolean perType) {
        List<Span> goldSpans = distinct(gold, e -> List.of(new Span(e.trigger())));
        List<Span> predSpans = distinct(predicted, p -> List.of(new Span(p.span())));
        add(
                into,
                Metric.TRIGGER_ID,
                Matching.match(predSpans, goldSpans, (p, g) -> p.trigger().overlaps(g.trigger())),
                goldSpans.size());

        List<Typed> goldTyped = distinct(gold, e -> List.of(new Typed(e.trigger(), e.kairosType())));
        List<Typed> predTyped = distinct(predicted, p -> List.of(new Typed(p.span(), p.type())));
        int[] triggerMatch = Matching.match(predTyped, goldTyped, this::triggerClassMatches);
        add(into, Metric.TRIGGER_CLASS, triggerMatch, goldTyped.size());

        List<Head> goldHeads = distinct(gold, e -> e.arguments().stream()
                .map(a -> new Head(e.trigger(), a.head()))
                .toList());
        List<Head> predHeads = distinct(predicted, p -> p.arguments().stream()
                .map(a -> new Head(p.span(), a.head()))
                .toList());
        add(
                into,
                Metric.ARG_ID,
                Matching.match(
                        predHeads,
                        goldHeads,
                        (p, g) -> p.trigger().overlaps(g.trigger()) && p.head().equals(g.head())),
                goldHeads.size());

        List<TypedArg> goldArgs = distinct(gold, e -> e.arguments().stream()
                .map(a -> new TypedArg(e.trigger(), e.kairosType(), a.head(), a.role()))
                .toList());
        List<TypedArg> predArgs = distinct(predicted, p -> p.arguments().stream()
                .map(a -> new TypedArg(p.span(), p.type(), a.head(), a.role()))
                .toList());
        int[] argMatch = Matching.match(
                predArgs,
                goldArgs,
                (p, g) -> triggerClassMatches(new Typed(p.trigger(), p.type()), new Typed(g.trigger(), g.type()))
                        && p.head().equals(g.head())
                        && roleTarget(g.type(), g.role())
                                .filter(p.role()::equals)
                                .isPresent());
        add(into, Metric.ARG_CLASS, argMatch, goldArgs.size());

        if (perType) {
            tallyTypes(goldTyped, predTyped, triggerMatch, goldArgs, predArgs, argMatch);
        }
    }

    private void tallyTypes(
            List<Typed> goldTyped,
            List<Typed> predTyped,
            int[] triggerMatch,
            List<TypedArg> goldArgs,
            List<TypedArg> predArgs,
            int[] argMatch) {
        goldTyped.forEach(g -> byGoldType.merge(g.type(), new TypeRow(1, 0, 0, 0), TypeRow::plus));
        goldArgs.forEach(g -> byGoldType.merge(g.type(), new TypeRow(0, 0, 1, 0), TypeRow::plus));
        for (int p = 0; p < predTyped.size(); p++) {
            boolean ok = triggerMatch[p] >= 0;
            byPredictedType.merge(predTyped.get(p).type(), new TypeRow(1, ok ? 1 : 0, 0, 0), TypeRow::plus);
            if (ok) {
                byGoldType.merge(goldTyped.get(triggerMatch[p]).type(), new TypeRow(0, 1, 0, 0), TypeRow::plus);
            }
        }
        for (int p = 0; p < predArgs.size(); p++) {
            boolean ok = argMatch[p] >= 0;
            byPredictedType.merge(predArgs.get(p).type(), new TypeRow(0, 0, 1, ok ? 1 : 0), TypeRow::plus);
            if (ok) {
                byGoldType.merge(goldArgs.get(argMatch[p]).type(), new TypeRow(0, 0, 0, 1), TypeRow::plus);
            }
        }
    }

    private boolean triggerClassMatches(Typed predicted, Typed gold) {
        return predicted.trigger().overlaps(gold.trigger())
                && mapping.typeEquivalence().accepts(mapping.sitrepType(gold.type()), predicted.type());
    }

    /** What a KAIROS role becomes in Sitrep: a Role name, {@link Predicted#PLACE}, or empty when it has no slot. */
    private Optional<String> roleTarget(String kairosType, String kairosRole) {
        if (mapping.isPlaceRole(kairosType, kairosRole)) {
            return Optional.of(Predicted.PLACE);
        }
        return mapping.role(kairosType, kairosRole).map(Enum::name);
    }

    private static void add(Map<Metric, Counts> into, Metric metric, int[] matches, int gold) {
        into.merge(metric, new Counts(Matching.count(matches), matches.length, gold), Counts::plus);
    }

    private static <T, K> List<K> distinct(List<T> items, java.util.function.Function<T, List<K>> keys) {
        Set<K> result = new LinkedHashSet<>();
        items.forEach(i -> result.addAll(keys.apply(i)));
        return new ArrayList<>(result);
    }
}
