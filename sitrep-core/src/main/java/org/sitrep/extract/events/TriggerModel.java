package org.sitrep.extract.events;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sitrep.data.Tsv;

/**
 * The trained trigger classifier: a linear model (one weight vector per class, logistic outputs as
 * LIBLINEAR computes them) over {@link TriggerFeatures}, read from {@code trigger-model.tsv}, which
 * {@code sitrep train} writes with its data card {@code trigger-model.card.json} beside it. A class is
 * {@link #NONE} (no event), {@link #OTHER} (an event of a kind Sitrep has no type for), a Sitrep type, or an
 * ontology family whose types the training data does not tell apart ("attack"): then the lexicon chooses
 * the type within the family, and {@link #typeOf} gives the one to use when it has none.
 *
 * <p>Each event class also has two thresholds, chosen on development data by {@code sitrep train}: how sure the
 * model must be that a lexicon trigger of the class is no event to drop it ({@link #vetoAt}), and how sure
 * it must be of the class to make a trigger where the lexicon has none ({@link #addAt}).
 *
 * <p>File rows, under the header {@code feature class value}: {@code @type CLASS SITREP_TYPE} (or {@code -})
 * for each class in order, {@code @veto CLASS PROBABILITY} and {@code @add CLASS PROBABILITY} where a class's
 * thresholds are not the defaults, {@code @bias CLASS WEIGHT}, then {@code FEATURE CLASS WEIGHT} for each
 * weight that is not zero.
 */
public final class TriggerModel {
    public static final String RESOURCE = "/org/sitrep/extract/events/trigger-model.tsv";
    public static final String NONE = "NONE";
    public static final String OTHER = "OTHER";
    static final List<String> HEADER = List.of("feature", "class", "value");
    private static final String TYPE_ROW = "@type";
    private static final String BIAS_ROW = "@bias";
    private static final String VETO_ROW = "@veto";
    private static final String ADD_ROW = "@add";

    /**
     * The veto without a tuned one: the lexicon is a strong prior, and NONE is inflated by training sentences
     * annotated only in part.
     */
    public static final double DEFAULT_VETO = 0.8;

    /** Without a tuned threshold the model's own trigger needs only to be its most probable class. */
    public static final double DEFAULT_ADD = 0;

    private static final String NO_TYPE = "-";

    private final List<String> classes;
    private final Map<String, String> types;
    private final Map<String, float[]> weights;
    private final float[] bias;
    private final Map<String, Double> veto;
    private final Map<String, Double> add;

    /**
     * @param types   each class's Sitrep type ({@code -} for NONE and OTHER), in class order
     * @param weights each feature's weights, one per class in class order
     * @param bias    one per class
     */
    public TriggerModel(LinkedHashMap<String, String> types, Map<String, float[]> weights, float[] bias) {
        this(types, weights, bias, Map.of(), Map.of());
    }

    /**
     * @param veto per event class, the probability of NONE or OTHER that drops a lexicon trigger (others:
     *     {@link #DEFAULT_VETO})
     * @param add  per event class, the probability the class needs for a trigger the lexicon lacks (others:
     *     {@link #DEFAULT_ADD})
     */
    public TriggerModel(
            LinkedHashMap<String, String> types,
            Map<String, float[]> weights,
            float[] bias,
            Map<String, Double> veto,
            Map<String, Double> add) {
        this.classes = List.copyOf(types.keySet());
        this.types = Collections.unmodifiableMap(new LinkedHashMap<>(types));
        if (!types.containsKey(NONE) || classes.size() < 3) {
            throw new IllegalArgumentException(
                    "a trigger model needs the class %s and two others; got %s".formatted(NONE, classes));
        }
        if (bias.length != classes.size()) {
            throw new IllegalArgumentException(
                    "%d biases for %d classes %s".formatted(bias.length, classes.size(), classes));
        }
        Map<String, float[]> copy = new HashMap<>();
        weights.forEach((feature, w) -> {
            if (w.length != classes.size()) {
                throw new IllegalArgumentException(
                        "feature '%s' has %d weights for %d classes".formatted(feature, w.length, classes.size()));
            }
            copy.put(feature, w.clone());
        });
        this.weights = copy;
        this.bias = bias.clone();
        this.veto = thresholds(veto, "veto");
        this.add = thresholds(add, "add");
    }

    private Map<String, Double> thresholds(Map<String, Double> given, String what) {
        given.forEach((cls, p) -> {
            if (!classes.contains(cls) || cls.equals(NONE) || cls.equals(OTHER)) {
                throw new IllegalArgumentException(
                        "%s threshold for '%s', which is not an event class of %s".formatted(what, cls, classes));
            }
            if (!(p >= 0 && p <= 1.01)) {
                throw new IllegalArgumentException(
                        "%s threshold %s for %s is not a probability (up to 1.01: never)".formatted(what, p, cls));
            }
        });
        return Map.copyOf(given);
    }

    /** The model Sitrep ships. */
    public static TriggerModel load() {
        return parse(Tsv.Source.resource(TriggerModel.class, RESOURCE));
    }

    public static TriggerModel parse(Tsv.Source source) {
        LinkedHashMap<String, String> types = new LinkedHashMap<>();
        Map<String, Integer> index = new HashMap<>();
        Map<String, float[]> weights = new HashMap<>();
        float[] bias = null;
        Map<String, Double> veto = new HashMap<>();
        Map<String, Double> add = new HashMap<>();
        for (Tsv.Row row : Tsv.read(source, HEADER)) {
            String feature = row.get(0);
            String cls = row.get(1);
            if (feature.equals(TYPE_ROW)) {
                if (bias != null) {
                    throw row.error("every @type row must come before the weights");
                }
                if (types.put(cls, row.get(2)) != null) {
                    throw row.error("class " + cls + " is listed twice");
                }
                index.put(cls, index.size());
                continue;
            }
            if (bias == null) {
                bias = new float[types.size()];
            }
            Integer c = index.get(cls);
            if (c == null) {
                throw row.error("unknown class '%s'; the @type rows name %s".formatted(cls, types.keySet()));
            }
            float value;
            try {
                value = Float.parseFloat(row.get(2));
            } catch (NumberFormatException e) {
                throw row.error("weight '" + row.get(2) + "' is not a number");
            }
            if (feature.equals(VETO_ROW)) {
                veto.put(cls, (double) value);
            } else if (feature.equals(ADD_ROW)) {
                add.put(cls, (double) value);
            } else if (feature.equals(BIAS_ROW)) {
                bias[c] = value;
            } else {
                weights.computeIfAbsent(feature, k -> new float[types.size()])[c] = value;
            }
        }
        try {
            return new TriggerModel(types, weights, bias == null ? new float[types.size()] : bias, veto, add);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source.name() + ": " + e.getMessage(), e);
        }
    }

    /** The file {@link #parse} reads: the weights rounded to 4 decimals, those that round to 0 left out. */
    public String format() {
        StringBuilder out = new StringBuilder(String.join("\t", HEADER)).append('\n');
        types.forEach((c, t) -> out.append(TYPE_ROW)
                .append('\t')
                .append(c)
                .append('\t')
                .append(t)
                .append('\n'));
        for (String c : classes) {
            threshold(out, VETO_ROW, c, veto);
            threshold(out, ADD_ROW, c, add);
        }
        for (int c = 0; c < classes.size(); c++) {
            out.append(BIAS_ROW)
                    .append('\t')
                    .append(classes.get(c))
                    .append('\t')
                    .append(number(bias[c]))
                    .append('\n');
        }
        List<String> features = new ArrayList<>(weights.keySet());
        Collections.sort(features);
        for (String f : features) {
            float[] w = weights.get(f);
            for (int c = 0; c < classes.size(); c++) {
                String n = number(w[c]);
                if (!n.equals("0")) {
                    out.append(f)
                            .append('\t')
                            .append(classes.get(c))
                            .append('\t')
                            .append(n)
                            .append('\n');
                }
            }
        }
        return out.toString();
    }

    private static void threshold(StringBuilder out, String row, String cls, Map<String, Double> thresholds) {
        Double p = thresholds.get(cls);
        if (p != null) {
            out.append(row)
                    .append('\t')
                    .append(cls)
                    .append('\t')
                    .append(number(p.floatValue()))
                    .append('\n');
        }
    }

    private static String number(float v) {
        String s = String.format(Locale.ROOT, "%.4f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
        return s.equals("-0") ? "0" : s;
    }

    /** The same model with {@code shift} added to a class's bias: a lower NONE bias finds more events. */
    public TriggerModel withBiasShift(String cls, float shift) {
        int c = classes.indexOf(cls);
        if (c < 0) {
            throw new IllegalArgumentException("no class %s in %s".formatted(cls, classes));
        }
        float[] shifted = bias.clone();
        shifted[c] += shift;
        return new TriggerModel(new LinkedHashMap<>(types), weights, shifted, veto, add);
    }

    /** The same weights with these thresholds (event classes left out keep the defaults). */
    public TriggerModel withThresholds(Map<String, Double> veto, Map<String, Double> add) {
        return new TriggerModel(new LinkedHashMap<>(types), weights, bias, veto, add);
    }

    /** How probable NONE or OTHER must be to drop a lexicon trigger of the class. */
    public double vetoAt(String cls) {
        return veto.getOrDefault(cls, DEFAULT_VETO);
    }

    /** How probable the class must be (and the most probable) for a trigger the lexicon does not give. */
    public double addAt(String cls) {
        return add.getOrDefault(cls, DEFAULT_ADD);
    }

    /** The classes in file order. */
    public List<String> classes() {
        return classes;
    }

    /** The Sitrep type a class stands for when the lexicon does not choose one; empty for NONE and OTHER. */
    public Optional<String> typeOf(String cls) {
        String t = types.get(cls);
        return t == null || t.equals(NO_TYPE) ? Optional.empty() : Optional.of(t);
    }

    /** How many features have a weight. */
    public int featureCount() {
        return weights.size();
    }

    /** The class with the highest score and its probability (LIBLINEAR's one-vs-rest logistic, normalised). */
    public Decision classify(List<String> features) {
        double[] score = new double[classes.size()];
        for (int c = 0; c < score.length; c++) {
            score[c] = bias[c];
        }
        for (String f : features) {
            float[] w = weights.get(f);
            if (w != null) {
                for (int c = 0; c < score.length; c++) {
                    score[c] += w[c];
                }
            }
        }
        int best = 0;
        double sum = 0;
        for (int c = 0; c < score.length; c++) {
            if (score[c] > score[best]) {
                best = c;
            }
            sum += 1 / (1 + Math.exp(-score[c]));
        }
        return new Decision(classes.get(best), 1 / (1 + Math.exp(-score[best])) / sum);
    }

    /** A class and how probable the model finds it. */
    public record Decision(String cls, double probability) {
        public Decision {
            requireNonNull(cls, "cls is null");
        }

        /** Whether the class is an event type or family, not NONE or OTHER. */
        public boolean isEvent() {
            return !cls.equals(NONE) && !cls.equals(OTHER);
        }
    }
}
