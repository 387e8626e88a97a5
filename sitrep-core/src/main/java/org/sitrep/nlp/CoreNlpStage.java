package org.sitrep.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.sitrep.model.CharSpan;
import org.sitrep.model.Document;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;
import org.sitrep.pipeline.Deadline;
import org.sitrep.pipeline.Layer;
import org.sitrep.pipeline.Stage;

/**
 * Tokens, sentences, parts of speech and NER tags from Stanford CoreNLP, lemmas from its lemmatiser
 * remembered by word and tag ({@link Lemmas}). The NER is the 4-class CoNLL CRF alone: SUTime, the
 * numeric classifiers and the fine-grained regexner cost ~5x the rest and Sitrep does times
 * ({@code org.sitrep.time}) and actor typing itself (see README).
 * Build once and share: the models take seconds to load; {@code annotate} is thread-safe.
 */
public final class CoreNlpStage implements Stage {
    public static final String NER_MODEL = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

    /**
     * Longest word the tagger and the CRF see: their features build strings from the whole word (character
     * n-grams), so one 40,000-character token would take gigabytes. Longer tokens are tagged by their start.
     */
    static final int MAX_WORD_CHARS = 100;

    /** Longest sentence tagged and parsed as one: text without full stops is cut into pieces this long. */
    static final int MAX_SENTENCE_TOKENS = 250;

    /** Sentences tagged between two looks at the document's {@link Deadline}. */
    private static final int TAGGING_BATCH = 64;

    private final StanfordCoreNLP splitter;
    private final StanfordCoreNLP tagger;
    private final Lemmas lemmas = new Lemmas();

    public CoreNlpStage() {
        Properties all = properties();
        Properties split = new Properties();
        split.putAll(all);
        split.setProperty("annotators", "tokenize,ssplit");
        Properties tag = new Properties();
        tag.putAll(all);
        tag.setProperty("annotators", "pos,ner");
        tag.setProperty("enforceRequirements", "false");
        this.splitter = new StanfordCoreNLP(split);
        this.tagger = new StanfordCoreNLP(tag);
    }

    /** The whole configuration; the stage runs it as two pipelines so it can bound sentences in between. */
    private static Properties properties() {
        Properties p = new Properties();
        // lemmas come from Lemmas, which remembers them; the 4-class CRF does not read them
        p.setProperty("annotators", "tokenize,ssplit,pos,ner");
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("ner.model", NER_MODEL);
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.buildEntityMentions", "false");
        p.setProperty("ner.combinationMode", "NORMAL");
        return p;
    }

    @Override
    public String name() {
        return "corenlp";
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.noneOf(Layer.class);
    }

    @Override
    public Set<Layer> produces() {
        return EnumSet.of(Layer.SENTENCES);
    }

    @Override
    public Document apply(Document document) {
        Annotation annotation = new Annotation(document.text());
        splitter.annotate(annotation);
        List<CoreMap> all = bounded(annotation.get(CoreAnnotations.SentencesAnnotation.class));
        List<Sentence> sentences = new ArrayList<>(all.size());
        for (int from = 0; from < all.size(); from += TAGGING_BATCH) {
            Deadline.check();
            List<CoreMap> batch = all.subList(from, Math.min(all.size(), from + TAGGING_BATCH));
            Annotation part = new Annotation(document.text());
            part.set(CoreAnnotations.SentencesAnnotation.class, batch);
            part.set(
                    CoreAnnotations.TokensAnnotation.class,
                    batch.stream()
                            .flatMap(s -> s.get(CoreAnnotations.TokensAnnotation.class).stream())
                            .toList());
            tagger.annotate(part);
            for (CoreMap coreSentence : batch) {
                sentences.add(toSentence(sentences.size(), coreSentence, document.text()));
            }
        }
        return document.withSentences(sentences);
    }

    /**
     * Sentences of at most {@link #MAX_SENTENCE_TOKENS} tokens and words of at most {@link #MAX_WORD_CHARS}
     * characters, so tagging costs time and memory linear in the text. Offsets are untouched: tokens keep
     * their place in the text, and {@link #toSentence} reads each token's text from the document.
     */
    private static List<CoreMap> bounded(List<CoreMap> sentences) {
        List<CoreMap> result = new ArrayList<>(sentences.size());
        for (CoreMap sentence : sentences) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            for (CoreLabel token : tokens) {
                if (token.word().length() > MAX_WORD_CHARS) {
                    token.setWord(token.word().substring(0, MAX_WORD_CHARS));
                    token.setValue(token.word());
                }
            }
            if (tokens.size() <= MAX_SENTENCE_TOKENS) {
                result.add(sentence);
                continue;
            }
            for (int from = 0; from < tokens.size(); from += MAX_SENTENCE_TOKENS) {
                List<CoreLabel> piece = tokens.subList(from, Math.min(tokens.size(), from + MAX_SENTENCE_TOKENS));
                CoreMap part = new ArrayCoreMap();
                part.set(CoreAnnotations.TokensAnnotation.class, new ArrayList<>(piece));
                part.set(
                        CoreAnnotations.CharacterOffsetBeginAnnotation.class,
                        piece.get(0).beginPosition());
                part.set(
                        CoreAnnotations.CharacterOffsetEndAnnotation.class,
                        piece.get(piece.size() - 1).endPosition());
                result.add(part);
            }
        }
        return result;
    }

    private Sentence toSentence(int index, CoreMap coreSentence, String text) {
        List<CoreLabel> labels = coreSentence.get(CoreAnnotations.TokensAnnotation.class);
        List<Token> tokens = new ArrayList<>(labels.size());
        for (CoreLabel label : labels) {
            CharSpan span = new CharSpan(label.beginPosition(), label.endPosition());
            String ner = label.ner() == null ? "O" : label.ner();
            String lemma = lemmas.lemma(label.word(), label.tag() == null ? "" : label.tag());
            tokens.add(
                    new Token(tokens.size(), span, text.substring(span.begin(), span.end()), lemma, label.tag(), ner));
        }
        CharSpan span = new CharSpan(
                tokens.get(0).span().begin(),
                tokens.get(tokens.size() - 1).span().end());
        return new Sentence(index, span, tokens, List.of());
    }
}
