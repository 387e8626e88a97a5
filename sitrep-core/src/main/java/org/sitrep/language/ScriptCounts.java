package org.sitrep.language;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The letters of a text counted by script, for the languages a script alone names: Korean (Hangul),
 * Japanese (Han with kana) and Chinese (Han alone), when such letters are most of the text's; and how many
 * different letters it uses (a run of one letter is no language).
 */
record ScriptCounts(int letters, int distinctLetters, int han, int kana, int hangul) {
    /** Kana among East Asian letters above this share make the text Japanese (it mixes kana with Han). */
    private static final double JAPANESE_KANA_SHARE = 0.1;

    static ScriptCounts of(String text) {
        int letters = 0;
        int han = 0;
        int kana = 0;
        int hangul = 0;
        Set<Integer> distinct = new HashSet<>();
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (!Character.isLetter(c)) {
                continue;
            }
            letters++;
            distinct.add(Character.toLowerCase(c));
            switch (Character.UnicodeScript.of(c)) {
                case HAN -> han++;
                case HIRAGANA, KATAKANA -> kana++;
                case HANGUL -> hangul++;
                default -> {}
            }
        }
        return new ScriptCounts(letters, distinct.size(), han, kana, hangul);
    }

    Optional<String> eastAsianLanguage() {
        int eastAsian = han + kana + hangul;
        if (eastAsian * 2 <= letters) {
            return Optional.empty();
        }
        if (hangul >= han + kana) {
            return Optional.of("Korean");
        }
        return Optional.of(kana > JAPANESE_KANA_SHARE * eastAsian ? "Japanese" : "Chinese");
    }
}
