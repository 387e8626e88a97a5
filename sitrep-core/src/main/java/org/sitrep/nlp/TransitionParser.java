package org.sitrep.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sitrep.pipeline.Deadline;

/**
 * Greedy arc-standard dependency parsing (Nivre 2004) driven by {@link ParserWeights}, with the
 * feature template of Chen and Manning (2014): the top three stack words, the first three buffer
 * words, and the first and second leftmost and rightmost children of the top two stack words and
 * the leftmost-of-leftmost and rightmost-of-rightmost grandchildren, each as word, tag and (for
 * children) arc label. Positions are 1-based; 0 is the artificial root.
 */
public final class TransitionParser {
    private static final int NONE = -1;
    /** Index of the root label in {@link ParserWeights#labels()}. */
    private static final int ROOT_LABEL = 0;

    private final ParserWeights weights;
    private final int labelCount;
    private final int nullWord;
    private final int nullTag;
    private final int nullLabel;
    private final int rootWord;
    private final int rootTag;
    /** Feature id of each arc label, by label index. */
    private final int[] labelFeatures;

    public TransitionParser(ParserWeights weights) {
        this.weights = weights;
        this.labelCount = weights.labels().size();
        this.nullWord = weights.wordId(ParserWeights.NULL);
        this.nullTag = weights.tagId(ParserWeights.NULL);
        this.nullLabel = weights.labelId(ParserWeights.NULL);
        this.rootWord = weights.wordId(ParserWeights.ROOT);
        this.rootTag = weights.tagId(ParserWeights.ROOT);
        this.labelFeatures =
                weights.labels().stream().mapToInt(weights::labelId).toArray();
    }

    /**
     * A parse: for token i (0-based), its head (1-based position, 0 = root) and its arc label, an
     * index into {@link ParserWeights#labels()}.
     */
    public record Parse(int[] heads, int[] labels) {}

    public Parse parse(List<String> words, List<String> tags) {
        return parseAll(List.of(words), List.of(tags)).get(0);
    }

    /**
     * Parses several sentences in lock step, one transition each per step, so that each step
     * scores all their configurations together (see {@link ParserWeights#score}).
     */
    public List<Parse> parseAll(List<List<String>> words, List<List<String>> tags) {
        if (words.size() != tags.size()) {
            throw new IllegalArgumentException(
                    "sentences and tag lists differ in number: " + words.size() + " vs " + tags.size());
        }
        Run[] runs = new Run[words.size()];
        for (int i = 0; i < runs.length; i++) {
            if (words.get(i).size() != tags.get(i).size()) {
                throw new IllegalArgumentException("sentence " + i + ": words and tags differ in length: "
                        + words.get(i).size() + " vs " + tags.get(i).size());
            }
            runs[i] = new Run(words.get(i), tags.get(i));
        }
        Run[] batch = new Run[runs.length];
        float[][] hidden = new float[runs.length][];
        float[][] scores = new float[runs.length][];
        while (true) {
            Deadline.check();
            int count = 0;
            for (Run run : runs) {
                if (run.advanceToChoice()) {
                    run.fillFeatures();
                    weights.activate(run.features, run.computed(), run.hidden);
                    run.keepComputed();
                    batch[count] = run;
                    hidden[count] = run.hidden;
                    scores[count] = run.scores;
                    count++;
                }
            }
            if (count == 0) {
                break;
            }
            weights.score(hidden, scores, count);
            for (int b = 0; b < count; b++) {
                batch[b].apply(batch[b].bestApplicable());
            }
        }
        List<Parse> parses = new ArrayList<>(runs.length);
        for (Run run : runs) {
            parses.add(run.result());
        }
        return parses;
    }

    /** The state of one sentence's parse. */
    private final class Run {
        final int n;
        final int[] wordIds;
        final int[] tagIds;
        final int[] head;
        final int[] label;
        final int[] stack;
        int stackSize;
        int next = 1;
        final int[] features = new int[ParserWeights.FEATURES];
        /** The token position behind each word slot, or -1. */
        final int[] positions = new int[ParserWeights.WORD_FEATURES];
        /** Hidden-layer contributions of rare words, by (position, slot): a word keeps its slot for several steps. */
        final float[][] computedByPosition;

        final float[][] computed = new float[ParserWeights.FEATURES][];
        final float[] hidden = weights.newHidden();
        final float[] scores = new float[weights.transitions()];

        Run(List<String> words, List<String> tags) {
            n = words.size();
            wordIds = new int[n + 1];
            tagIds = new int[n + 1];
            wordIds[0] = rootWord;
            tagIds[0] = rootTag;
            for (int i = 1; i <= n; i++) {
                wordIds[i] = weights.wordId(words.get(i - 1));
                tagIds[i] = weights.tagId(tags.get(i - 1));
            }
            head = new int[n + 1];
            label = new int[n + 1];
            Arrays.fill(head, NONE);
            stack = new int[n + 1];
            stack[stackSize++] = 0;
            computedByPosition = new float[(n + 1) * ParserWeights.WORD_FEATURES][];
        }

        /** Makes the forced moves; true if the parse then needs the classifier, false if it is done. */
        boolean advanceToChoice() {
            while (!(stackSize == 1 && next > n)) {
                if (stackSize == 1) {
                    apply(2 * labelCount); // only the root on the stack: shifting is the only move
                } else if (stackSize == 2 && next > n) {
                    apply(labelCount + ROOT_LABEL); // one word left: it is the root
                } else {
                    return true;
                }
            }
            return false;
        }

        Parse result() {
            return new Parse(Arrays.copyOfRange(head, 1, n + 1), Arrays.copyOfRange(label, 1, n + 1));
        }

        /** The rare-word contributions already computed for the words now in the word slots. */
        float[][] computed() {
            for (int slot = 0; slot < ParserWeights.WORD_FEATURES; slot++) {
                computed[slot] = positions[slot] < 0
                        ? null
                        : computedByPosition[positions[slot] * ParserWeights.WORD_FEATURES + slot];
            }
            return computed;
        }

        void keepComputed() {
            for (int slot = 0; slot < ParserWeights.WORD_FEATURES; slot++) {
                if (positions[slot] >= 0) {
                    computedByPosition[positions[slot] * ParserWeights.WORD_FEATURES + slot] = computed[slot];
                }
            }
        }

        int bestApplicable() {
            int best = -1;
            for (int t = 0; t < scores.length; t++) {
                if ((best < 0 || scores[t] > scores[best]) && applicable(t)) {
                    best = t;
                }
            }
            return best;
        }

        boolean applicable(int transition) {
            if (transition == 2 * labelCount) {
                return next <= n; // shift
            }
            boolean left = transition < labelCount;
            int arcLabel = left ? transition : transition - labelCount;
            int governor = left ? stack(0) : stack(1);
            if (governor < 0 || (governor == 0) != (arcLabel == ROOT_LABEL)) {
                return false;
            }
            // a single root: the right arc from the root only once the buffer is empty
            return left ? stackSize > 2 : stackSize > 2 || (stackSize == 2 && next > n);
        }

        void apply(int transition) {
            if (transition == 2 * labelCount) {
                stack[stackSize++] = next++;
            } else if (transition < labelCount) {
                int dependent = stack(1);
                head[dependent] = stack(0);
                label[dependent] = transition;
                stack[stackSize - 2] = stack[stackSize - 1];
                stackSize--;
            } else {
                int dependent = stack(0);
                head[dependent] = stack(1);
                label[dependent] = transition - labelCount;
                stackSize--;
            }
        }

        int stack(int depth) {
            return depth < stackSize ? stack[stackSize - 1 - depth] : NONE;
        }

        int buffer(int offset) {
            return next + offset <= n ? next + offset : NONE;
        }

        int leftChild(int k, int count) {
            if (k < 0) {
                return NONE;
            }
            int seen = 0;
            for (int i = 1; i < k; i++) {
                if (head[i] == k && ++seen == count) {
                    return i;
                }
            }
            return NONE;
        }

        int rightChild(int k, int count) {
            if (k < 0) {
                return NONE;
            }
            int seen = 0;
            for (int i = n; i > k; i--) {
                if (head[i] == k && ++seen == count) {
                    return i;
                }
            }
            return NONE;
        }

        void fillFeatures() {
            for (int j = 0; j < 3; j++) {
                set(j, stack(2 - j), false);
                set(3 + j, buffer(j), false);
            }
            for (int j = 0; j < 2; j++) {
                int k = stack(j);
                int base = 6 + j * 6;
                int leftmost = leftChild(k, 1);
                int rightmost = rightChild(k, 1);
                set(base, leftmost, true);
                set(base + 1, rightmost, true);
                set(base + 2, leftChild(k, 2), true);
                set(base + 3, rightChild(k, 2), true);
                set(base + 4, leftChild(leftmost, 1), true);
                set(base + 5, rightChild(rightmost, 1), true);
            }
        }

        /** Word slot {@code slot}, tag slot 18 + slot, and for children label slot 36 + slot - 6. */
        void set(int slot, int position, boolean child) {
            positions[slot] = position;
            features[slot] = position < 0 ? nullWord : wordIds[position];
            features[ParserWeights.WORD_FEATURES + slot] = position < 0 ? nullTag : tagIds[position];
            if (child) {
                features[ParserWeights.WORD_FEATURES + ParserWeights.TAG_FEATURES + slot - 6] =
                        position <= 0 ? nullLabel : labelFeatures[label[position]];
            }
        }
    }
}
