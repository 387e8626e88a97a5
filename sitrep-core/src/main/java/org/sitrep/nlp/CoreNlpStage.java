package org.sitrep.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
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

    private final StanfordCoreNLP corenlp;
    private final Lemmas lemmas = new Lemmas();

    public CoreNlpStage() {
        this.corenlp = new StanfordCoreNLP(properties());
    }

    static Properties properties() {
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
        corenlp.annotate(annotation);
        List<Sentence> sentences = new ArrayList<>();
        for (CoreMap coreSentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            sentences.add(toSentence(sentences.size(), coreSentence, document.text()));
        }
        return document.withSentences(sentences);
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
