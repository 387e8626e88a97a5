package org.sitrep.nlp;

import edu.stanford.nlp.international.Language;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TreeGraphNode;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalStructure;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link TransitionParser} tree as CoreNLP's {@link GrammaticalStructure}, built as CoreNLP's
 * DependencyParser builds its own (CoreNLP then corrects a few basic labels, e.g. nsubj to
 * nsubj:pass, and derives the enhanced++ arcs).
 */
public final class UdStructure {
    private final GrammaticalRelation[] relations;

    public UdStructure(ParserWeights weights) {
        this.relations = weights.labels().stream().map(UdStructure::relation).toArray(GrammaticalRelation[]::new);
    }

    private static GrammaticalRelation relation(String label) {
        GrammaticalRelation known = UniversalEnglishGrammaticalRelations.shortNameToGRel.get(label);
        // as CoreNLP's DependencyParser does for a label it has no relation for ("root" is never used: see of())
        return known != null
                ? known
                : new GrammaticalRelation(Language.UniversalEnglish, label, null, GrammaticalRelation.DEPENDENT);
    }

    /** {@code tokens}: the parsed words with word, tag, lemma and 1-based index set. */
    public GrammaticalStructure of(List<CoreLabel> tokens, TransitionParser.Parse tree) {
        List<IndexedWord> words = tokens.stream().map(IndexedWord::new).toList();
        IndexedWord root = new IndexedWord(new Word("ROOT"));
        root.set(CoreAnnotations.IndexAnnotation.class, 0);
        List<TypedDependency> basic = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            int head = tree.heads()[i];
            basic.add(
                    head == 0
                            ? new TypedDependency(GrammaticalRelation.ROOT, root, words.get(i))
                            : new TypedDependency(relations[tree.labels()[i]], words.get(head - 1), words.get(i)));
        }
        return new UniversalEnglishGrammaticalStructure(basic, new TreeGraphNode(root));
    }
}
