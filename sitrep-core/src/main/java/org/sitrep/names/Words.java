package org.sitrep.names;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into words for alias matching. A word is a run of letters, digits and combining marks;
 * an apostrophe between letters stays inside the word and is dropped from it ("Shi'ite" = "Shiite",
 * "d'Ivoire" = "dIvoire"), a possessive "'s" is skipped ("Hezbollah's" = "Hezbollah"), and hyphens,
 * dots and spaces separate words ("al-Nusra" = "al Nusra", "U.S." = "U S").
 */
public final class Words {
    /** One word: UTF-16 span [begin, end) in the text, its letters as written, and its folded form. */
    public record Word(int begin, int end, String raw, String folded) {}

    /** The words of a text with their raw and folded forms, computed once. */
    public record Text(List<Word> words, List<String> raw, List<String> folded) {
        public static Text of(String text) {
            List<Word> words = split(text);
            return new Text(words, Words.raw(words), Words.folded(words));
        }

        public int size() {
            return words.size();
        }
    }

    private Words() {}

    public static List<Word> split(String text) {
        List<Word> words = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!isWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int begin = i;
            StringBuilder raw = new StringBuilder();
            while (i < n) {
                char c = text.charAt(i);
                if (isWordChar(c)) {
                    raw.append(c);
                    i++;
                } else if (isApostrophe(c) && i + 1 < n && isWordChar(text.charAt(i + 1)) && !isPossessive(text, i)) {
                    i++;
                } else {
                    break;
                }
            }
            words.add(new Word(begin, i, raw.toString(), fold(raw.toString())));
            if (i < n && isApostrophe(text.charAt(i)) && isPossessive(text, i)) {
                i += 2;
            }
        }
        return words;
    }

    /** Lower case without accents; ASCII words take a fast path. */
    public static String fold(String word) {
        boolean ascii = true;
        for (int i = 0; i < word.length() && ascii; i++) {
            ascii = word.charAt(i) < 128;
        }
        if (ascii) {
            return word.toLowerCase(Locale.ROOT);
        }
        String stripped = Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        StringBuilder out = new StringBuilder(stripped.length());
        for (char c : stripped.toLowerCase(Locale.ROOT).toCharArray()) {
            switch (c) {
                case 'ø' -> out.append('o');
                case 'ł' -> out.append('l');
                case 'đ' -> out.append('d');
                case 'ı' -> out.append('i');
                case 'æ' -> out.append("ae");
                case 'œ' -> out.append("oe");
                case 'ß' -> out.append("ss");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Acronyms match only as written: at most three letters and no lower-case letter ("IS", "UN",
     * "U.S.", "M23"), or a short single word with a capital after a small letter ("LeT", "HuJI"),
     * which folded could be an English word ("let"); not "MPs".
     */
    public static boolean isCaseSensitive(String alias) {
        int letters = 0;
        boolean lower = false;
        boolean innerCapital = false;
        for (int i = 0; i < alias.length(); i++) {
            char c = alias.charAt(i);
            innerCapital |= lower && Character.isUpperCase(c);
            lower |= Character.isLowerCase(c);
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        boolean acronym = !lower && letters > 0 && letters <= 3;
        boolean mixedCaseAcronym =
                lower && innerCapital && letters <= 5 && alias.chars().allMatch(Character::isLetter);
        return acronym || mixedCaseAcronym;
    }

    public static List<String> raw(List<Word> words) {
        return words.stream().map(Word::raw).toList();
    }

    public static List<String> folded(List<Word> words) {
        return words.stream().map(Word::folded).toList();
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u2018' || c == '`' || c == '\u02BC' || c == '\u02BB';
    }

    /** An apostrophe at i starts a possessive "'s" that ends the word. */
    private static boolean isPossessive(String text, int i) {
        return i + 1 < text.length()
                && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
                && (i + 2 == text.length() || !isWordChar(text.charAt(i + 2)));
    }
}
