package org.sitrep.extract.lexicon;

/** Coarse part of speech of a trigger's head, as written in the {@code pos} column of triggers.tsv. */
public enum PartOfSpeech {
    VERB("V"),
    NOUN("N"),
    ADJECTIVE("A");

    private final String code;

    PartOfSpeech(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Parses {@code V}, {@code N} or {@code A}. */
    public static PartOfSpeech fromCode(String code) {
        for (PartOfSpeech pos : values()) {
            if (pos.code.equals(code)) {
                return pos;
            }
        }
        throw new IllegalArgumentException("unknown part of speech '%s'; expected V, N or A".formatted(code));
    }
}
