package org.sitrep.ingest;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** Character-level clean-up shared by all readers. */
final class Text {
    private static final Pattern NO_BREAK_SPACES = Pattern.compile("[\u00A0\u2007\u202F]");
    /** Zero-width and soft-hyphen characters, and C0 controls other than tab and newline. */
    private static final Pattern INVISIBLE = Pattern.compile("[\u200B\u2060\uFEFF\u00AD\\x00-\\x08\\x0B-\\x1F\\x7F]");

    private static final Pattern HORIZONTAL_SPACE = Pattern.compile("[\\t \u2000-\u200A\u3000]+");

    private Text() {}

    /** Unix line endings, plain spaces for no-break spaces, no invisible characters, Unicode NFC. */
    static String normalise(String raw) {
        String text = raw.replace("\r\n", "\n").replace('\r', '\n');
        text = NO_BREAK_SPACES.matcher(text).replaceAll(" ");
        text = INVISIBLE.matcher(text).replaceAll("");
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /**
     * A lone surrogate (from a JSON escape such as "\\ud83d" or a broken file name) as U+FFFD, so every output
     * format writes the same character; the length, and so every offset, is unchanged.
     */
    static String wellFormed(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                return replaceLoneSurrogates(s);
            }
        }
        return s;
    }

    private static String replaceLoneSurrogates(String s) {
        char[] chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (Character.isHighSurrogate(chars[i]) && i + 1 < chars.length && Character.isLowSurrogate(chars[i + 1])) {
                i++;
            } else if (Character.isSurrogate(chars[i])) {
                chars[i] = '\uFFFD';
            }
        }
        return new String(chars);
    }

    /** One line or paragraph: normalised, runs of spaces and tabs collapsed, trimmed. */
    static String squeeze(String line) {
        return HORIZONTAL_SPACE.matcher(normalise(line)).replaceAll(" ").strip();
    }

    /** A one-line form for messages, cut at a word boundary to at most {@code max} characters. */
    static String abbreviate(String s, int max) {
        String one = s.replaceAll("\\s+", " ").strip();
        if (one.length() <= max) {
            return one;
        }
        int cut = one.lastIndexOf(' ', max - 1);
        return one.substring(0, cut > max / 2 ? cut : max - 1) + "…";
    }
}
