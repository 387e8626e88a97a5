package org.sitrep.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.sitrep.model.Dependency;
import org.sitrep.model.Document;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;
import org.sitrep.pipeline.Layer;
import org.sitrep.pipeline.Stage;

/**
 * Enhanced++ Universal Dependencies from CoreNLP's neural parser, only for the sentences that
 * {@code worthParsing} accepts (those with a candidate event trigger): parsing is the most costly
 * step, and sentences without a trigger yield no event. Enhanced++ arcs propagate subjects over
 * coordination ("Nusra and IS overran") and resolve relative clauses ("servicemen it abducted").
 */
public final class DependencyParseStage implements Stage {
    public static final String MODEL = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";
    /** Longer sentences are usually lists or run-ons; parse time grows with length. */
    public static final int MAX_TOKENS = 100;

    private final DependencyParser parser;
    private final Predicate<Sentence> worthParsing;

    public DependencyParseStage(Predicate<Sentence> worthParsing) {
        this.parser = DependencyParser.loadFromModelFile(MODEL);
        this.worthParsing = worthParsing;
    }

    @Override
    public String name() {
        return "depparse";
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.SENTENCES);
    }

    @Override
    public Set<Layer> produces() {
        return EnumSet.of(Layer.PARSES);
    }

    @Override
    public Document apply(Document document) {
        List<Sentence> result = new ArrayList<>(document.sentences().size());
        for (Sentence sentence : document.sentences()) {
            boolean parse = sentence.tokens().size() <= MAX_TOKENS && worthParsing.test(sentence);
            result.add(parse ? sentence.withDependencies(parse(sentence, datelineEnd(document, sentence))) : sentence);
        }
        return document.withSentences(result);
    }

    /**
     * "MOSUL, Iraq (Reuters) - Militants seized...": the dateline is not part of the clause; parsed
     * with it, "MOSUL" becomes the subject. Returns the index of the first token after the
     * dateline's dash, or 0.
     */
    static int datelineEnd(Document document, Sentence sentence) {
        if (document.dateline().isEmpty()) {
            return 0;
        }
        String first = document.dateline().get().split("[ ,]")[0];
        List<Token> tokens = sentence.tokens();
        if (tokens.isEmpty() || !tokens.get(0).text().equalsIgnoreCase(first)) {
            return 0;
        }
        for (int i = 1; i < Math.min(tokens.size() - 1, 14); i++) {
            String t = tokens.get(i).text();
            if (t.equals("-") || t.equals("--") || t.equals("—") || t.equals("–")) {
                return i + 1;
            }
        }
        return 0;
    }

    private List<Dependency> parse(Sentence sentence, int from) {
        List<CoreLabel> words = new ArrayList<>(sentence.tokens().size());
        for (Token token : sentence.tokens().subList(from, sentence.tokens().size())) {
            CoreLabel label = new CoreLabel();
            label.setWord(token.text());
            label.setValue(token.text());
            label.setOriginalText(token.text());
            label.setTag(token.partOfSpeech());
            label.setLemma(token.lemma());
            label.setIndex(token.index() - from + 1);
            words.add(label);
        }
        GrammaticalStructure structure = parser.predict(words);
        List<Dependency> arcs = new ArrayList<>();
        for (TypedDependency td : structure.typedDependenciesEnhancedPlusPlus()) {
            if (td.dep().copyCount() > 0 || td.gov().copyCount() > 0) {
                continue; // ellipsis copy nodes have no token of their own
            }
            int governor = td.gov().index() == 0 ? -1 : td.gov().index() - 1 + from;
            arcs.add(new Dependency(governor, td.dep().index() - 1 + from, td.reln().toString()));
        }
        return arcs;
    }
}
