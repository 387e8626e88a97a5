package org.sitrep.extract.entities;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.sitrep.actors.ActorCatalog;
import org.sitrep.actors.ActorMatch;
import org.sitrep.model.CharSpan;
import org.sitrep.model.Document;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;
import org.sitrep.pipeline.Layer;
import org.sitrep.pipeline.Stage;

/**
 * Marks the words of catalogue actors as proper nouns before parsing: the tagger reads "IS" in
 * "Nusra and IS overran the town" as the verb "is", which wrecks the parse of the whole sentence.
 */
public final class KnownNameTagger implements Stage {
    private final ActorCatalog catalog;

    public KnownNameTagger(ActorCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public String name() {
        return "names";
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.SENTENCES);
    }

    @Override
    public Set<Layer> produces() {
        return EnumSet.noneOf(Layer.class);
    }

    @Override
    public Document apply(Document document) {
        List<Sentence> sentences = new ArrayList<>(document.sentences().size());
        for (Sentence sentence : document.sentences()) {
            sentences.add(retag(document, sentence));
        }
        return document.withSentences(sentences);
    }

    private Sentence retag(Document document, Sentence sentence) {
        List<Token> tokens = new ArrayList<>(sentence.tokens());
        boolean changed = false;
        int offset = sentence.span().begin();
        for (ActorMatch match : catalog.findAll(document.textOf(sentence.span()))) {
            CharSpan span = new CharSpan(offset + match.begin(), offset + match.end());
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                boolean word = Character.isLetter(t.text().charAt(0));
                if (span.contains(t.span())
                        && word
                        && !t.isProperNoun()
                        && Character.isUpperCase(t.text().charAt(0))) {
                    tokens.set(i, new Token(t.index(), t.span(), t.text(), t.text(), "NNP", t.nerTag()));
                    changed = true;
                }
            }
        }
        return changed ? new Sentence(sentence.index(), sentence.span(), tokens, sentence.dependencies()) : sentence;
    }
}
