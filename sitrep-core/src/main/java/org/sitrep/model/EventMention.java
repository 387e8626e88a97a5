package org.sitrep.model;

import static java.util.Objects.requireNonNull;

/** One place in the text that reports an event: its trigger word(s) and the sentence around it. */
public record EventMention(CharSpan trigger, String text, int sentenceIndex) {
    public EventMention {
        requireNonNull(trigger, "trigger is null");
        requireNonNull(text, "text is null");
    }
}
