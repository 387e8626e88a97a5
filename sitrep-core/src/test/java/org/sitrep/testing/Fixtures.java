package org.sitrep.testing;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.CharSpan;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

/** Hand-made building blocks for stage tests: a sentence tokenised on spaces, every token a noun unless told. */
public final class Fixtures {
    private Fixtures() {}

    /**
     * One sentence over the whole text, tokens split on single spaces; {@code tags} gives "word/TAG"
     * overrides (e.g. "IS/VBZ"), other words are tagged NN, capitalised ones NNP.
     */
    public static Sentence sentence(String text, String... tags) {
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (String word : text.split(" ")) {
            String tag = Character.isUpperCase(word.charAt(0)) ? "NNP" : "NN";
            for (String override : tags) {
                if (override.startsWith(word + "/")) {
                    tag = override.substring(word.length() + 1);
                }
            }
            tokens.add(new Token(tokens.size(), new CharSpan(at, at + word.length()), word, word, tag, "O"));
            at += word.length() + 1;
        }
        return new Sentence(0, new CharSpan(0, text.length()), tokens, List.of());
    }

    /** The span of the first occurrence of {@code part} in {@code text}. */
    public static CharSpan span(String text, String part) {
        int at = text.indexOf(part);
        if (at < 0) {
            throw new IllegalArgumentException("'" + part + "' is not in the text");
        }
        return new CharSpan(at, at + part.length());
    }
}
