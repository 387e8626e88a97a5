package org.sitrep.output;

/**
 * Text made safe to print on a terminal: an article, a URL or a file name may hold escape sequences
 * ({@code ESC[2J} clears the screen, OSC 8 makes links), C1 controls that some terminals obey, and bidi
 * overrides that make a line read other than it is. All are dropped; line breaks and tabs become
 * spaces so one field stays on its line; a lone surrogate becomes U+FFFD.
 */
public final class TerminalText {
    private TerminalText() {}

    public static String safe(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                out.append(c).append(s.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                out.append('\uFFFD');
            } else if (c == '\n' || c == '\r' || c == '\t') {
                out.append(' ');
            } else if (!isControlOrBidi(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isControlOrBidi(char c) {
        return c < 0x20
                || (c >= 0x7F && c <= 0x9F) // DEL and the C1 controls (U+009B is CSI, U+009D OSC)
                || c == '\u061C' // Arabic letter mark
                || c == '\u200E'
                || c == '\u200F'
                || (c >= '\u202A' && c <= '\u202E') // embeddings and overrides
                || (c >= '\u2066' && c <= '\u2069'); // isolates
    }
}
