package org.sitrep.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.zip.GZIPInputStream;

/**
 * The weights of a Chen and Manning (2014) transition classifier, read from a model file in
 * CoreNLP's nndep text format (the same {@code english_UD.gz} CoreNLP's parser loads), and its
 * forward pass: 48 feature embeddings → hidden layer with cube activation → one score per
 * transition.
 *
 * <p>Why not CoreNLP's own classifier: it accumulates in scalar double loops (reductions the JIT
 * cannot vectorise) and looks up boxed integers in a synchronised cache, which made parsing three
 * quarters of Sitrep's time. Here every loop is an element-wise float loop over the hidden layer
 * (weights stored transposed), which the JIT turns into SIMD, and the hidden-layer contributions
 * of every part-of-speech and label feature, and of the most frequent word features, are
 * computed once at load, and those of other words once they occur. Safe for concurrent use.
 */
public final class ParserWeights {
    /** Feature slots: 18 words, 18 part-of-speech tags, 12 arc labels (stack, buffer, children). */
    public static final int WORD_FEATURES = 18;

    public static final int TAG_FEATURES = 18;
    public static final int LABEL_FEATURES = 12;
    public static final int FEATURES = WORD_FEATURES + TAG_FEATURES + LABEL_FEATURES;

    public static final String UNKNOWN = "-UNKNOWN-";
    public static final String NULL = "-NULL-";
    public static final String ROOT = "-ROOT-";

    private final Map<String, Integer> wordIds;
    private final Map<String, Integer> tagIds;
    private final Map<String, Integer> labelIds;
    /** Arc labels in transition order; index 0 is the root label. */
    private final List<String> labels;

    private final int embeddingSize;
    private final int hiddenSize;
    /** Embeddings, one row per word, tag and label id. */
    private final float[][] embeddings;
    /** Hidden weights transposed: row (slot × embeddingSize + k) holds one weight per hidden unit. */
    private final float[][] hiddenWeights;

    private final float[] hiddenBias;
    /** Output weights transposed: row i holds, for hidden unit i, one weight per transition. */
    private final float[][] outputWeights;
    /**
     * Hidden-layer contribution of feature (id × FEATURES + slot), or null where not yet computed:
     * filled at load for every tag and label feature and the most frequent word features, then as
     * word features occur, until {@link #memoBudget} runs out (news repeats its names).
     */
    private final AtomicReferenceArray<float[]> contributions;

    private final AtomicInteger memoBudget;
    /** Per slot, the feature id of "nothing there" (-NULL-: no such child, an empty stack...). */
    private final int[] nullFeature = new int[FEATURES];
    /** Per slot, the hidden-layer contribution of -NULL-; the stored contributions are differences from it. */
    private final float[][] nullContribution = new float[FEATURES][];
    /**
     * Bias plus every slot's -NULL- contribution: the hidden layer before the features that are
     * there are added. About half the features of a configuration are -NULL- and cost nothing.
     */
    private final float[] base;

    private final float[] zeros;

    private ParserWeights(
            Map<String, Integer> wordIds,
            Map<String, Integer> tagIds,
            Map<String, Integer> labelIds,
            List<String> labels,
            float[][] embeddings,
            float[][] hiddenWeights,
            float[] hiddenBias,
            float[][] outputWeights,
            int[] frequentFeatures,
            int memoRows,
            int wordCount,
            int tagCount) {
        this.wordIds = wordIds;
        this.tagIds = tagIds;
        this.labelIds = labelIds;
        this.labels = List.copyOf(labels);
        this.embeddings = embeddings;
        this.embeddingSize = embeddings[0].length;
        this.hiddenSize = hiddenBias.length;
        this.hiddenWeights = hiddenWeights;
        this.hiddenBias = hiddenBias;
        this.outputWeights = outputWeights;
        this.contributions = new AtomicReferenceArray<>(embeddings.length * FEATURES);
        this.memoBudget = new AtomicInteger(memoRows);
        this.zeros = new float[hiddenSize];
        this.base = hiddenBias.clone();
        for (int slot = 0; slot < FEATURES; slot++) {
            nullFeature[slot] = slot < WORD_FEATURES
                    ? wordId(NULL)
                    : slot < WORD_FEATURES + TAG_FEATURES ? tagId(NULL) : labelId(NULL);
            nullContribution[slot] = new float[hiddenSize];
            addContribution(nullContribution[slot], nullFeature[slot], slot);
            addInPlace(base, nullContribution[slot], zeros, zeros, zeros);
        }
        int firstTag = wordCount; // ids run words, then tags, then labels, as in the file
        for (int id = firstTag; id < embeddings.length; id++) {
            int fromSlot = id < firstTag + tagCount ? WORD_FEATURES : WORD_FEATURES + TAG_FEATURES;
            int toSlot = id < firstTag + tagCount ? WORD_FEATURES + TAG_FEATURES : FEATURES;
            for (int slot = fromSlot; slot < toSlot; slot++) {
                contributions.set(id * FEATURES + slot, contribution(id, slot));
            }
        }
        for (int feature : frequentFeatures) {
            if (contributions.get(feature) == null) {
                contributions.set(feature, contribution(feature / FEATURES, feature % FEATURES));
            }
        }
    }

    /**
     * Reads a model in CoreNLP's nndep text format from the class path.
     *
     * @param precomputedWords how many of the model's most frequent (word, slot) features to
     *     precompute: each costs hiddenSize floats and saves embeddingSize × hiddenSize
     *     multiplications whenever it occurs
     * @param memoRows how many more word features to keep once computed
     */
    public static ParserWeights load(String resource, int precomputedWords, int memoRows) {
        InputStream raw = ParserWeights.class.getClassLoader().getResourceAsStream(resource);
        if (raw == null) {
            throw new IllegalStateException("parser model not on the class path: " + resource);
        }
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(
                        resource.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw, StandardCharsets.UTF_8),
                1 << 16)) {
            return read(in, precomputedWords, memoRows);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read parser model " + resource, e);
        }
    }

    private static ParserWeights read(BufferedReader in, int precomputedWords, int memoRows) throws IOException {
        String line = in.readLine();
        if (line.startsWith("language=")) {
            in.readLine(); // tlp=...: the treebank language pack; conversion is the caller's concern
            line = in.readLine();
        }
        int words = headerValue(line, "dict");
        int tags = headerValue(in.readLine(), "pos");
        int labelCount = headerValue(in.readLine(), "label");
        int embeddingSize = headerValue(in.readLine(), "embeddingSize");
        int hiddenSize = headerValue(in.readLine(), "hiddenSize");
        int slots = headerValue(in.readLine(), "numTokens");
        int frequent = headerValue(in.readLine(), "preComputed");
        if (slots != FEATURES) {
            throw new IllegalStateException("expected a model with " + FEATURES + " feature slots, got " + slots);
        }
        float[][] embeddings = new float[words + tags + labelCount][];
        Map<String, Integer> wordIds = new HashMap<>(words * 2);
        Map<String, Integer> tagIds = new HashMap<>();
        Map<String, Integer> labelIds = new HashMap<>();
        List<String> labels = new ArrayList<>();
        for (int id = 0; id < embeddings.length; id++) {
            String[] cells = in.readLine().split(" ");
            embeddings[id] = floats(cells, 1, embeddingSize);
            if (id < words) {
                wordIds.put(cells[0], id);
            } else if (id < words + tags) {
                tagIds.put(cells[0], id);
            } else {
                labelIds.put(cells[0], id);
                if (!cells[0].equals(NULL)) {
                    labels.add(cells[0]);
                }
            }
        }
        // The file stores W1 one input column per line; that is the transposed layout wanted here.
        float[][] hiddenWeights = new float[embeddingSize * slots][];
        for (int column = 0; column < hiddenWeights.length; column++) {
            hiddenWeights[column] = floats(in.readLine().split(" "), 0, hiddenSize);
        }
        float[] hiddenBias = floats(in.readLine().split(" "), 0, hiddenSize);
        int transitions = labels.size() * 2 + 1;
        float[][] outputWeights = new float[hiddenSize][];
        for (int unit = 0; unit < hiddenSize; unit++) {
            outputWeights[unit] = floats(in.readLine().split(" "), 0, transitions);
        }
        int[] frequentFeatures = new int[Math.min(frequent, precomputedWords)];
        int read = 0;
        while (read < frequentFeatures.length) {
            for (String cell : in.readLine().split(" ")) {
                if (read < frequentFeatures.length) {
                    frequentFeatures[read++] = Integer.parseInt(cell);
                }
            }
        }
        return new ParserWeights(
                wordIds,
                tagIds,
                labelIds,
                labels,
                embeddings,
                hiddenWeights,
                hiddenBias,
                outputWeights,
                frequentFeatures,
                memoRows,
                words,
                tags);
    }

    private static int headerValue(String line, String key) {
        if (line == null || !line.startsWith(key + "=")) {
            throw new IllegalStateException("parser model: expected '" + key + "=' but read " + line);
        }
        return Integer.parseInt(line.substring(key.length() + 1).trim());
    }

    private static float[] floats(String[] cells, int from, int count) {
        if (cells.length < from + count) {
            throw new IllegalStateException(
                    "parser model: expected " + count + " numbers, got " + (cells.length - from));
        }
        float[] values = new float[count];
        for (int i = 0; i < count; i++) {
            values[i] = Float.parseFloat(cells[from + i]);
        }
        return values;
    }

    public int wordId(String word) {
        Integer id = wordIds.get(word);
        return id != null ? id : wordIds.get(UNKNOWN);
    }

    public int tagId(String tag) {
        Integer id = tagIds.get(tag);
        return id != null ? id : tagIds.get(UNKNOWN);
    }

    public int labelId(String label) {
        return labelIds.get(label);
    }

    /** Arc labels in transition order: transition i &lt; n is LEFT(label i), n + i is RIGHT(label i), 2n is SHIFT. */
    public List<String> labels() {
        return labels;
    }

    public int transitions() {
        return labels.size() * 2 + 1;
    }

    /** Scratch space for one configuration's hidden layer. */
    public float[] newHidden() {
        return new float[hiddenSize];
    }

    /**
     * Fills {@code hidden} with the hidden layer's activations for the 48 feature ids. A word
     * feature whose contribution is not kept is taken from {@code computed[slot]} if not null,
     * else computed into it: the caller keeps it while the same word stays in the slot.
     */
    public void activate(int[] features, float[][] computed, float[] hidden) {
        float[][] rows = new float[FEATURES + 3][];
        int count = 0;
        for (int slot = 0; slot < FEATURES; slot++) {
            if (features[slot] == nullFeature[slot]) {
                continue; // already in base
            }
            int feature = features[slot] * FEATURES + slot;
            float[] contribution = contributions.get(feature);
            if (contribution == null) {
                if (computed[slot] == null) {
                    computed[slot] = contribution(features[slot], slot);
                }
                contribution = computed[slot];
                if (memoBudget.get() > 0 && memoBudget.getAndDecrement() > 0) {
                    contributions.set(feature, contribution);
                }
            }
            rows[count++] = contribution;
        }
        while (count % 4 != 0) {
            rows[count++] = zeros;
        }
        System.arraycopy(base, 0, hidden, 0, hiddenSize);
        // Four rows per pass: the JIT vectorises a loop over five arrays, and hidden is read and
        // written a quarter as often (measured 1.5x faster than one row per pass).
        for (int i = 0; i < count; i += 4) {
            addInPlace(hidden, rows[i], rows[i + 1], rows[i + 2], rows[i + 3]);
        }
        for (int unit = 0; unit < hiddenSize; unit++) {
            float h = hidden[unit];
            hidden[unit] = h * h * h; // the model's cube nonlinearity
        }
    }

    /**
     * Fills {@code scores[b]} (length {@link #transitions()}) from {@code hidden[b]} for b below
     * {@code count}. Scoring several configurations together reads the output weights (330 KB,
     * the bound on speed) once for all of them.
     */
    public void score(float[][] hidden, float[][] scores, int count) {
        for (int b = 0; b < count; b++) {
            Arrays.fill(scores[b], 0f);
        }
        int transitions = transitions();
        int unit = 0;
        for (; unit + 3 < hiddenSize; unit += 4) { // four units per pass, as above (2x faster than one)
            float[] w0 = outputWeights[unit];
            float[] w1 = outputWeights[unit + 1];
            float[] w2 = outputWeights[unit + 2];
            float[] w3 = outputWeights[unit + 3];
            for (int b = 0; b < count; b++) {
                float[] h = hidden[b];
                float a0 = h[unit];
                float a1 = h[unit + 1];
                float a2 = h[unit + 2];
                float a3 = h[unit + 3];
                float[] out = scores[b];
                for (int t = 0; t < transitions; t++) {
                    out[t] += a0 * w0[t] + a1 * w1[t] + a2 * w2[t] + a3 * w3[t];
                }
            }
        }
        for (; unit < hiddenSize; unit++) {
            float[] w = outputWeights[unit];
            for (int b = 0; b < count; b++) {
                float a = hidden[b][unit];
                float[] out = scores[b];
                for (int t = 0; t < transitions; t++) {
                    out[t] += a * w[t];
                }
            }
        }
    }

    /** The hidden-layer contribution of (id, slot), less that of -NULL- in the slot (see {@link #base}). */
    private float[] contribution(int id, int slot) {
        float[] result = new float[hiddenSize];
        addContribution(result, id, slot);
        float[] none = nullContribution[slot];
        for (int unit = 0; unit < hiddenSize; unit++) {
            result[unit] -= none[unit];
        }
        return result;
    }

    private void addContribution(float[] hidden, int id, int slot) {
        float[] embedding = embeddings[id];
        int column = slot * embeddingSize;
        int k = 0;
        for (; k + 3 < embeddingSize; k += 4) { // four weight rows per pass, as in score
            float e0 = embedding[k];
            float e1 = embedding[k + 1];
            float e2 = embedding[k + 2];
            float e3 = embedding[k + 3];
            float[] w0 = hiddenWeights[column + k];
            float[] w1 = hiddenWeights[column + k + 1];
            float[] w2 = hiddenWeights[column + k + 2];
            float[] w3 = hiddenWeights[column + k + 3];
            for (int unit = 0; unit < hidden.length; unit++) {
                hidden[unit] += e0 * w0[unit] + e1 * w1[unit] + e2 * w2[unit] + e3 * w3[unit];
            }
        }
        for (; k < embeddingSize; k++) {
            float e = embedding[k];
            float[] weights = hiddenWeights[column + k];
            for (int unit = 0; unit < hidden.length; unit++) {
                hidden[unit] += e * weights[unit];
            }
        }
    }

    private static void addInPlace(float[] target, float[] a, float[] b, float[] c, float[] d) {
        for (int i = 0; i < target.length; i++) {
            target[i] += a[i] + b[i] + c[i] + d[i];
        }
    }
}
