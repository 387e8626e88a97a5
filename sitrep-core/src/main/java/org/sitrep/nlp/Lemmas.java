package org.sitrep.nlp;

import edu.stanford.nlp.process.Morphology;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * CoreNLP's lemmatiser (Morphology, as its MorphaAnnotator calls it), remembered by word and tag:
 * news repeats its words, and the lemmatiser's finite-state lexer was 6% of CoreNLP's stage.
 * Thread-safe; the memory is bounded.
 */
final class Lemmas {
    /** Words and tags kept; beyond this, lemmas are computed each time (rare words). */
    private static final int MAX_ENTRIES = 200_000;

    private final Map<String, String> known = new ConcurrentHashMap<>();
    private final ThreadLocal<Morphology> morphology = ThreadLocal.withInitial(Morphology::new);

    String lemma(String word, String tag) {
        String key = tag + '\t' + word;
        String lemma = known.get(key);
        if (lemma == null) {
            Morphology m = morphology.get();
            lemma = tag.isEmpty() ? m.stem(word) : m.lemma(word, tag);
            if (known.size() < MAX_ENTRIES) {
                known.put(key, lemma);
            }
        }
        return lemma;
    }
}
