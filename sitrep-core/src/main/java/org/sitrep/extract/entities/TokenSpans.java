package org.sitrep.extract.entities;

import java.util.List;
import org.sitrep.model.CharSpan;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

/** Small helpers for spans of consecutive tokens. */
final class TokenSpans {
    private TokenSpans() {}

    static CharSpan of(Sentence sentence, int first, int last) {
        List<Token> tokens = sentence.tokens();
        return new CharSpan(
                tokens.get(first).span().begin(), tokens.get(last).span().end());
    }

    /** First and last token index covered by a character span, or null-free -1 values when none. */
    static int firstToken(Sentence sentence, CharSpan span) {
        for (Token t : sentence.tokens()) {
            if (t.span().end() > span.begin()) {
                return t.index();
            }
        }
        return -1;
    }

    static int lastToken(Sentence sentence, CharSpan span) {
        int last = -1;
        for (Token t : sentence.tokens()) {
            if (t.span().begin() < span.end()) {
                last = t.index();
            }
        }
        return last;
    }
}
