package org.sitrep.extract.events;

import org.sitrep.extract.lexicon.TriggerEntry;
import org.sitrep.model.CharSpan;
import org.sitrep.model.Sentence;

/** A lexicon entry matched in a sentence: tokens first..last, with {@code head} the syntactic head. */
record Trigger(Sentence sentence, int first, int last, int head, TriggerEntry entry) {

    CharSpan span() {
        return new CharSpan(
                sentence.tokens().get(first).span().begin(),
                sentence.tokens().get(last).span().end());
    }

    String type() {
        return entry.type();
    }

    boolean isVerbal() {
        return sentence.tokens().get(head).isVerb();
    }

    boolean covers(int token) {
        return first <= token && token <= last;
    }
}
