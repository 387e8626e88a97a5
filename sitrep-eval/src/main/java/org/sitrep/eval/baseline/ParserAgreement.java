package org.sitrep.eval.baseline;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import org.sitrep.nlp.DependencyParseStage;
import org.sitrep.nlp.ParserWeights;
import org.sitrep.nlp.TransitionParser;
import org.sitrep.nlp.UdStructure;

/**
 * Compares Sitrep's {@link TransitionParser} with CoreNLP's {@link DependencyParser}, both running
 * the same English UD model on the same tagged sentences: how often they attach a word to the same
 * head with the same label, and how long each takes. Sitrep's forward pass computes in float what
 * CoreNLP computes in double, so near ties may go the other way; anything more is a bug.
 */
public final class ParserAgreement {
    private final StanfordCoreNLP tagger;
    private final DependencyParser coreNlp;
    private final TransitionParser sitrep;
    private final UdStructure structures;

    /** Counts over the sentences compared; times in nanoseconds, one thread. */
    public record Result(
            int sentences,
            int identicalSentences,
            int tokens,
            int sameHead,
            int sameArc,
            long sitrepNanos,
            long coreNlpNanos) {
        public static final Result NONE = new Result(0, 0, 0, 0, 0, 0, 0);

        public double arcAgreement() {
            return tokens == 0 ? 0 : 100.0 * sameArc / tokens;
        }

        public double headAgreement() {
            return tokens == 0 ? 0 : 100.0 * sameHead / tokens;
        }

        public double identicalShare() {
            return sentences == 0 ? 0 : 100.0 * identicalSentences / sentences;
        }

        public Result plus(Result o) {
            return new Result(
                    sentences + o.sentences,
                    identicalSentences + o.identicalSentences,
                    tokens + o.tokens,
                    sameHead + o.sameHead,
                    sameArc + o.sameArc,
                    sitrepNanos + o.sitrepNanos,
                    coreNlpNanos + o.coreNlpNanos);
        }
    }

    public ParserAgreement() {
        Properties properties = new Properties();
        properties.setProperty("annotators", "tokenize,ssplit,pos");
        properties.setProperty("ssplit.newlineIsSentenceBreak", "two");
        this.tagger = new StanfordCoreNLP(properties);
        this.coreNlp = DependencyParser.loadFromModelFile(DependencyParseStage.MODEL);
        ParserWeights weights = ParserWeights.load(
                DependencyParseStage.MODEL, DependencyParseStage.PRECOMPUTED_WORDS, DependencyParseStage.MEMO_WORDS);
        this.sitrep = new TransitionParser(weights);
        this.structures = new UdStructure(weights);
    }

    /** Tags {@code text} and parses each sentence of at most {@link DependencyParseStage#MAX_TOKENS} tokens with both parsers. */
    public Result compare(String text) {
        Annotation annotation = new Annotation(text);
        tagger.annotate(annotation);
        Result total = Result.NONE;
        for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            if (!tokens.isEmpty() && tokens.size() <= DependencyParseStage.MAX_TOKENS) {
                total = total.plus(compare(tokens));
            }
        }
        return total;
    }

    private Result compare(List<CoreLabel> tokens) {
        List<String> words = tokens.stream().map(CoreLabel::word).toList();
        List<String> tags = tokens.stream().map(CoreLabel::tag).toList();
        long t0 = System.nanoTime();
        TransitionParser.Parse tree = sitrep.parse(words, tags);
        long t1 = System.nanoTime();
        List<TypedDependency> theirs = new ArrayList<>(coreNlp.predict(tokens).typedDependencies());
        long t2 = System.nanoTime();
        // both trees through the same CoreNLP structure, which corrects a few labels (nsubj → nsubj:pass)
        List<TypedDependency> ours = new ArrayList<>(structures.of(tokens, tree).typedDependencies());
        String[] theirArcs = arcs(theirs, tokens.size());
        String[] ourArcs = arcs(ours, tokens.size());
        int sameHead = 0;
        int sameArc = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (head(ourArcs[i]).equals(head(theirArcs[i]))) {
                sameHead++;
                sameArc += Objects.equals(ourArcs[i], theirArcs[i]) ? 1 : 0;
            }
        }
        return new Result(1, sameArc == tokens.size() ? 1 : 0, tokens.size(), sameHead, sameArc, t1 - t0, t2 - t1);
    }

    /** "head label" of each token, by token. */
    private static String[] arcs(List<TypedDependency> dependencies, int size) {
        String[] arcs = new String[size];
        for (TypedDependency td : dependencies) {
            arcs[td.dep().index() - 1] = td.gov().index() + " " + td.reln();
        }
        return arcs;
    }

    private static String head(String arc) {
        return arc == null ? "" : arc.substring(0, arc.indexOf(' '));
    }
}
