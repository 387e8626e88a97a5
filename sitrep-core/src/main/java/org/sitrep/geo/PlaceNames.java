package org.sitrep.geo;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Folds place names so that the spellings of one name found in news and in GeoNames meet on one key.
 *
 * <p>{@link #fold} applies, in order:
 * <ol>
 *   <li>lower case, accents stripped (NFD, combining marks removed), letters with no decomposition
 *       mapped ({@code ł→l}, {@code ø→o}, {@code ı→i}, {@code ß→ss}, {@code æ→ae}, {@code đ→d}, {@code ħ→h});</li>
 *   <li>apostrophes and ayn/hamza marks removed ({@code ʿ ʾ ‘ ’ ' ` ʼ}), so "Ma'arrat" is "maarrat";</li>
 *   <li>every other non-letter, non-digit (hyphens, dots, commas) becomes a word break;</li>
 *   <li>Arabic articles dropped when they stand before another word ({@link #ARTICLES}: "al-", "el-",
 *       "ad-", "ar-", "as-", "ash-", "at-", "az-", "an-" and their "e"/"u" vowelings), so "Ar-Raqqah",
 *       "Al Raqqa" and "Raqqa" lose the same word; the last word is never dropped; an article glued to a
 *       later word with its doubled sun letter goes too ("Deir Ezzor" → "deir zor");</li>
 *   <li>in each word, "ee"→"i", "oo"→"u" and "ou"→"u" (English and French transcriptions of long vowels),
 *       then every doubled letter single ("Aarsâl"→"arsal", "Raqqa"→"raqa", "Ezzor"→"ezor"),
 *       then a final "ah"→"a" ("Raqqah"→"raqa").</li>
 * </ol>
 * So "Aarsâl"/"Arsal", "Ar-Raqqah"/"Al-Raqqa"/"Raqqa" and "Deir ez-Zor"/"Deir ez Zor" fold alike. Vowel
 * spellings ("Idleb"/"Idlib", "Dayr az Zawr"/"Deir ez-Zor", "Ersal"/"Arsal") do not: GeoNames' alternate
 * names cover the common ones, and {@link #skeleton} (consonants only; {@link Gazetteer} indexes it for places'
 * own names, not alternate names) is a last resort that {@link PlaceResolver} accepts only with support from
 * the context.
 */
public final class PlaceNames {
    /** Arabic definite articles as transliterated ("al", "el", sun-letter assimilations "ad", "ar", …). */
    static final Set<String> ARTICLES = Set.of(
            "al", "el", "ul", "ad", "ar", "as", "ash", "at", "az", "an", "adh", "ath", "ed", "er", "es", "esh", "et",
            "ez", "en", "ud", "ur", "us", "ush", "ut", "uz", "un");

    private static final String APOSTROPHES = "\u02bf\u02be\u2018\u2019'`\u02bc\u02b9\u00b4";
    private static final Map<Character, String> SPECIAL = Map.of(
            'ł', "l", 'ø', "o", 'ı', "i", 'ß', "ss", 'æ', "ae", 'œ', "oe", 'đ', "d", 'ð', "d", 'ħ', "h", 'þ', "th");

    private PlaceNames() {}

    /** The folded key of a name: lower-case words separated by single spaces; "" if it has no letters or digits. */
    public static String fold(String name) {
        String words = words(name);
        StringBuilder out = new StringBuilder(words.length());
        int begin = 0;
        while (begin < words.length()) {
            int end = words.indexOf(' ', begin);
            boolean last = end < 0;
            end = last ? words.length() : end;
            if (last || !ARTICLES.contains(words.substring(begin, end))) {
                if (out.length() > 0) {
                    out.append(' ');
                    if (gluedArticle(words, begin, end)) {
                        begin += 2;
                    }
                }
                appendWord(words, begin, end, out);
            }
            begin = end + 1;
        }
        return out.toString();
    }

    /**
     * A non-first word that starts with an article assimilated to a sun letter and written together with it:
     * "Ezzor" (ez-Zor), "Azzor", "Arraqqa", "Ennaqoura". Only after another word, so "Assad", "Essen" and
     * "Arras" as the first word keep their letters.
     */
    private static boolean gluedArticle(String s, int begin, int end) {
        if (end - begin < 5) {
            return false;
        }
        char vowel = s.charAt(begin);
        char c = s.charAt(begin + 1);
        return (vowel == 'a' || vowel == 'e') && c == s.charAt(begin + 2) && "tdrzsnl".indexOf(c) >= 0;
    }

    /** Lower-case, accent-free words separated by one space; apostrophes and ayn marks removed. */
    private static String words(String name) {
        String s = name;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                s = withoutMarks(Normalizer.normalize(s, Normalizer.Form.NFD));
                break;
            }
        }
        StringBuilder out = new StringBuilder(s.length());
        boolean pendingBreak = false;
        for (int i = 0; i < s.length(); i++) {
            char c = Character.toLowerCase(s.charAt(i));
            if (APOSTROPHES.indexOf(c) >= 0) {
                continue;
            }
            if (!Character.isLetterOrDigit(c)) {
                pendingBreak = out.length() > 0;
                continue;
            }
            if (pendingBreak) {
                out.append(' ');
                pendingBreak = false;
            }
            String special = c < 0x80 ? null : SPECIAL.get(c);
            if (special == null) {
                out.append(c);
            } else {
                out.append(special);
            }
        }
        return out.toString();
    }

    private static String withoutMarks(String decomposed) {
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            int type = Character.getType(c);
            if (type != Character.NON_SPACING_MARK
                    && type != Character.COMBINING_SPACING_MARK
                    && type != Character.ENCLOSING_MARK) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * A coarser key: the folded name with the vowels (and "y", "w") removed from each word after its first
     * letter, and a first vowel written "a": "Idleb", "Idlib" → "adlb"; "Dayr az Zawr", "Deir ez-Zor" → "dr zr";
     * "Ersal", "Arsal" → "arsl". Many unrelated places share a skeleton, so use it only as a fallback.
     */
    public static String skeleton(String name) {
        return skeletonOfFolded(fold(name));
    }

    static String skeletonOfFolded(String folded) {
        if (folded.isEmpty()) {
            return folded;
        }
        StringBuilder out = new StringBuilder(folded.length());
        for (String w : folded.split(" ")) {
            if (out.length() > 0) {
                out.append(' ');
            }
            char first = w.charAt(0);
            out.append("aeiou".indexOf(first) >= 0 ? 'a' : first);
            for (int i = 1; i < w.length(); i++) {
                if ("aeiouyw".indexOf(w.charAt(i)) < 0) {
                    out.append(w.charAt(i));
                }
            }
        }
        return squeeze(out.toString());
    }

    /** Case- and accent-insensitive form, no other change: tells an exact spelling from a folded match. */
    static String plain(String name) {
        return withoutMarks(Normalizer.normalize(name, Normalizer.Form.NFD))
                .toLowerCase(Locale.ROOT)
                .trim();
    }

    /** Appends a word with "ee"→"i", "oo"/"ou"→"u", doubled letters single and a final "ah"→"a". */
    private static void appendWord(String s, int begin, int end, StringBuilder out) {
        int start = out.length();
        for (int i = begin; i < end; i++) {
            char c = s.charAt(i);
            char next = i + 1 < end ? s.charAt(i + 1) : 0;
            if (c == 'e' && next == 'e') {
                c = 'i';
                i++;
            } else if (c == 'o' && (next == 'o' || next == 'u')) {
                c = 'u';
                i++;
            }
            if (out.length() == start || out.charAt(out.length() - 1) != c) {
                out.append(c);
            }
        }
        int length = out.length() - start;
        if (length > 3 && out.charAt(out.length() - 2) == 'a' && out.charAt(out.length() - 1) == 'h') {
            out.setLength(out.length() - 1);
        }
    }

    private static String squeeze(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (out.length() == 0 || out.charAt(out.length() - 1) != c) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
