package org.sitrep.extract.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import org.sitrep.extract.lexicon.TriggerEntry;
import org.sitrep.extract.lexicon.TriggerLexicon;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

/**
 * The candidates and features of the trained trigger model ({@link TriggerModel}), the same at training
 * time (sitrep-eval's {@code org.sitrep.learn}) and when extracting. Features read only the tagger's
 * output (word, lemma, part of speech, NER tag) and the lexicon, never the parse: the model also decides
 * which sentences the dependency parser must see.
 */
public final class TriggerFeatures {
    /** Words of context on each side. */
    private static final int WINDOW = 2;

    private final TriggerLexicon lexicon;

    public TriggerFeatures(TriggerLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * Whether a token may be a trigger: a verb, a common noun or an adjective (KAIROS annotates "dead",
     * "injured"), or any word that starts a lexicon entry.
     */
    public boolean isCandidate(Token token) {
        String tag = token.partOfSpeech();
        return tag.startsWith("VB")
                || tag.equals("NN")
                || tag.equals("NNS")
                || tag.startsWith("JJ")
                || !lexicon.entriesStartingWith(lemma(token)).isEmpty();
    }

    /** The features of token {@code index} of the sentence, as "name=value" strings. */
    public List<String> of(Sentence sentence, int index) {
        List<Token> tokens = sentence.tokens();
        Token token = tokens.get(index);
        String lemma = lemma(token);
        List<String> f = new ArrayList<>(24);
        f.add("w=" + token.text().toLowerCase(Locale.ROOT));
        f.add("l=" + lemma);
        f.add("p=" + token.partOfSpeech());
        f.add("lp=" + lemma + "|" + coarse(token));
        f.add("ner=" + token.nerTag());
        if (lemma.length() > 4) {
            f.add("suf=" + lemma.substring(lemma.length() - 3));
        }
        for (int d = -WINDOW; d <= WINDOW; d++) {
            if (d == 0) {
                continue;
            }
            int j = index + d;
            String at = d > 0 ? "+" + d : String.valueOf(d);
            if (j < 0 || j >= tokens.size()) {
                f.add("l" + at + "=<s>");
                continue;
            }
            Token t = tokens.get(j);
            f.add("l" + at + "=" + lemma(t));
            if (Math.abs(d) == 1) {
                f.add("p" + at + "=" + t.partOfSpeech());
                f.add("ner" + at + "=" + t.nerTag());
                f.add("bi" + at + "=" + (d < 0 ? lemma(t) + "_" + lemma : lemma + "_" + lemma(t)));
            }
        }
        TreeSet<String> lexiconTypes = new TreeSet<>();
        for (TriggerEntry e : lexicon.entriesStartingWith(lemma)) {
            if (e.lemmas().size() > 1) {
                lexiconTypes.add("phrase:" + e.type());
            } else if (TriggerFinder.posMatches(e.pos(), token)) {
                lexiconTypes.add(e.type() + (e.isConstrained() ? ":constrained" : ""));
                f.add("lexw=" + e.type() + ":" + Math.round(e.weight() * 4));
            }
        }
        if (lexiconTypes.isEmpty()) {
            f.add("lex=none");
        }
        lexiconTypes.forEach(t -> f.add("lex=" + t));
        return f;
    }

    /**
     * The type the lexicon most likely gives the token on its own: its heaviest one-word entry that the part
     * of speech fits and that needs no particular object. Training uses it to choose the model's thresholds
     * as {@link ModelTriggersPass} applies them; the pass itself asks the lexicon's full matcher.
     */
    public Optional<String> lexiconType(Token token) {
        return lexicon.entriesStartingWith(lemma(token)).stream()
                .filter(e -> e.lemmas().size() == 1 && !e.isConstrained() && TriggerFinder.posMatches(e.pos(), token))
                .max(Comparator.comparingDouble(TriggerEntry::weight))
                .map(TriggerEntry::type);
    }

    private static String coarse(Token token) {
        String tag = token.partOfSpeech();
        return tag.startsWith("VB") ? "V" : tag.startsWith("NN") ? "N" : tag.startsWith("JJ") ? "J" : "X";
    }

    private static String lemma(Token token) {
        return TriggerFinder.lemma(token);
    }
}
