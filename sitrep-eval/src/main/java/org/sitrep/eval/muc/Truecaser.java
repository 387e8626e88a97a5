package org.sitrep.eval.muc;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;

/**
 * Restores the case of single-case text (MUC-4's texts are all upper case, GTT's copies all lower case) with
 * CoreNLP's truecaser, so the pipeline's tagger and NER see names as names. Each token is replaced by its
 * truecased form only when that has the token's length, so every offset into the text stays valid.
 */
public final class Truecaser {
    private final StanfordCoreNLP corenlp;

    public Truecaser() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,truecase");
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("truecase.overwriteText", "false");
        this.corenlp = new StanfordCoreNLP(p);
    }

    public String truecase(String text) {
        Annotation annotation = new Annotation(text);
        corenlp.annotate(annotation);
        StringBuilder out = new StringBuilder(text);
        for (CoreLabel token : annotation.get(CoreAnnotations.TokensAnnotation.class)) {
            String cased = token.get(CoreAnnotations.TrueCaseTextAnnotation.class);
            int begin = token.beginPosition();
            int end = token.endPosition();
            if (cased != null
                    && cased.length() == end - begin
                    && text.substring(begin, end).equalsIgnoreCase(cased)) {
                out.replace(begin, end, cased);
            }
        }
        return out.toString();
    }
}
