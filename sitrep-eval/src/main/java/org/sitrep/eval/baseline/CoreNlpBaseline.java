package org.sitrep.eval.baseline;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;

/**
 * The speed baseline for {@code sitrep bench}: CoreNLP's default pipeline
 * {@value #ANNOTATORS} with every other property left at CoreNLP's default (so the NER is the three
 * CRFs + SUTime + numeric classifiers + fine-grained regexner, and every sentence is parsed). Not
 * part of Sitrep's extraction; it only says how fast plain CoreNLP is on the same documents.
 * Build once and share: {@link #annotate} is thread-safe.
 */
public final class CoreNlpBaseline {
    public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse";

    private final StanfordCoreNLP corenlp;

    public CoreNlpBaseline() {
        Properties p = new Properties();
        p.setProperty("annotators", ANNOTATORS);
        this.corenlp = new StanfordCoreNLP(p);
    }

    /** Annotates one text and returns the number of tokens CoreNLP made of it. */
    public int annotate(String text) {
        Annotation annotation = new Annotation(text);
        corenlp.annotate(annotation);
        return annotation.get(CoreAnnotations.TokensAnnotation.class).size();
    }

    /**
     * Drops CoreNLP's process-wide cache of loaded annotators, so that models loaded by an earlier
     * pipeline can be collected and a pipeline built next loads its own (and its start-up is timed
     * honestly). Pipelines already built keep working.
     */
    public static void clearModelCache() {
        StanfordCoreNLP.clearAnnotatorPool();
    }
}
