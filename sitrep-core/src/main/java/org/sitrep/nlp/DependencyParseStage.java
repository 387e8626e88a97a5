package org.sitrep.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Predicate;
import org.sitrep.ingest.Dateline;
import org.sitrep.model.Dependency;
import org.sitrep.model.Document;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;
import org.sitrep.pipeline.Layer;
import org.sitrep.pipeline.Stage;

/**
 * Enhanced++ Universal Dependencies, only for the sentences that {@code worthParsing} accepts
 * (those with a candidate event trigger): parsing is the most costly step, and sentences without
 * a trigger yield no event. The basic tree comes from CoreNLP's English UD model run by Sitrep's
 * own {@link TransitionParser} (several times faster than CoreNLP's classifier, same decisions
 * up to float rounding); CoreNLP converts it to enhanced++, whose arcs propagate subjects over
 * coordination ("Nusra and IS overran") and resolve relative clauses ("servicemen it abducted").
 */
public final class DependencyParseStage implements Stage {
    public static final String MODEL = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";
    /** Longer sentences are usually lists or run-ons; parse time grows with length. */
    public static final int MAX_TOKENS = 100;
    /**
     * Frequent (word, slot) features whose hidden-layer contribution is computed at load (4 KB
     * each; 20,000 as in CoreNLP), and how many more are kept once they occur.
     */
    public static final int PRECOMPUTED_WORDS = 20_000;

    public static final int MEMO_WORDS = 30_000;

    private final TransitionParser parser;
    private final UdStructure structures;
    private final Predicate<Sentence> worthParsing;

    public DependencyParseStage(Predicate<Sentence> worthParsing) {
        ParserWeights weights = ParserWeights.load(MODEL, PRECOMPUTED_WORDS, MEMO_WORDS);
        this.parser = new TransitionParser(weights);
        this.structures = new UdStructure(weights);
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
        List<Integer> chosen = new ArrayList<>();
        List<List<Token>> clauses = new ArrayList<>();
        for (int i = 0; i < document.sentences().size(); i++) {
            Sentence sentence = document.sentences().get(i);
            if (sentence.tokens().size() <= MAX_TOKENS && worthParsing.test(sentence)) {
                chosen.add(i);
                clauses.add(sentence.tokens()
                        .subList(
                                datelineEnd(document, sentence),
                                sentence.tokens().size()));
            }
        }
        List<TransitionParser.Parse> trees = parser.parseAll(
                clauses.stream()
                        .map(tokens -> tokens.stream().map(Token::text).toList())
                        .toList(),
                clauses.stream()
                        .map(tokens -> tokens.stream().map(Token::partOfSpeech).toList())
                        .toList());
        List<Sentence> result = new ArrayList<>(document.sentences());
        for (int i = 0; i < chosen.size(); i++) {
            int position = chosen.get(i);
            result.set(position, result.get(position).withDependencies(enhanced(clauses.get(i), trees.get(i))));
        }
        return document.withSentences(result);
    }

    /**
     * "MOSUL, Iraq (Reuters) - Militants seized...": the dateline is not part of the clause; parsed
     * with it, "MOSUL" becomes the subject. Returns the index of the first token after the
     * dateline's dash, or 0.
     */
    static int datelineEnd(Document document, Sentence sentence) {
        if (document.dateline().isEmpty() || sentence.tokens().isEmpty()) {
            return 0; // cheap first: ingest found no dateline
        }
        OptionalInt end =
                Dateline.end(document.text(), sentence.tokens().get(0).span().begin());
        List<Token> tokens = sentence.tokens();
        for (int i = 1; end.isPresent() && i < tokens.size() - 1; i++) {
            if (tokens.get(i).span().begin() >= end.getAsInt()) {
                return i;
            }
        }
        return 0;
    }

    /** CoreNLP's enhanced++ arcs for the basic tree, with Sitrep's token indices. */
    private List<Dependency> enhanced(List<Token> tokens, TransitionParser.Parse tree) {
        int from = tokens.isEmpty() ? 0 : tokens.get(0).index();
        List<CoreLabel> labels = new ArrayList<>(tokens.size());
        for (Token token : tokens) {
            CoreLabel label = new CoreLabel();
            label.setWord(token.text());
            label.setValue(token.text());
            label.setOriginalText(token.text());
            label.setTag(token.partOfSpeech());
            label.setLemma(token.lemma());
            label.setIndex(token.index() - from + 1);
            labels.add(label);
        }
        GrammaticalStructure structure = structures.of(labels, tree);
        List<Dependency> arcs = new ArrayList<>();
        for (TypedDependency td : structure.typedDependenciesEnhancedPlusPlus()) {
            if (td.dep().copyCount() > 0 || td.gov().copyCount() > 0) {
                continue; // ellipsis copy nodes have no token of their own
            }
            int governor = td.gov().index() == 0 ? -1 : td.gov().index() - 1 + from;
            arcs.add(new Dependency(
                    governor, td.dep().index() - 1 + from, td.reln().toString()));
        }
        return arcs;
    }
}
