package org.sitrep.model;

import static java.util.Objects.requireNonNull;

/**
 * One token. {@code index} counts from 0 within its sentence; {@code nerTag} is the statistical
 * tagger's label ("PERSON", "LOCATION", "O"...), a hint for the entity stage, not a final type.
 */
public record Token(int index, CharSpan span, String text, String lemma, String partOfSpeech, String nerTag) {
    public Token {
        requireNonNull(span, "span is null");
        requireNonNull(text, "text is null");
        requireNonNull(lemma, "lemma is null");
        requireNonNull(partOfSpeech, "partOfSpeech is null");
        requireNonNull(nerTag, "nerTag is null");
    }

    public boolean isVerb() {
        return partOfSpeech.startsWith("VB");
    }

    public boolean isNoun() {
        return partOfSpeech.startsWith("NN");
    }

    public boolean isProperNoun() {
        return partOfSpeech.startsWith("NNP");
    }
}
