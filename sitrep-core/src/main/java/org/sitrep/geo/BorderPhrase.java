package org.sitrep.geo;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A phrase naming a border between two places: "Lebanon's border with Syria", "the border between Lebanon and
 * Syria", "the Syrian-Lebanese border", "the Lebanon-Syria border area". {@link #first} is the side named first.
 */
record BorderPhrase(String first, String second) {
    private static final List<Pattern> PATTERNS = List.of(
            Pattern.compile("(?i)^(?:the\\s+)?(.+?)(?:'s|’s|s')?\\s+borders?\\s+with\\s+(?:the\\s+)?(.+?)$"),
            Pattern.compile(
                    "(?i)^(?:the\\s+)?borders?\\s+(?:between|of)\\s+(?:the\\s+)?(.+?)\\s+and\\s+(?:the\\s+)?(.+?)$"),
            Pattern.compile(
                    "(?i)^(?:the\\s+)?(\\p{L}[\\p{L} ]*?)\\s*[-–/]\\s*(\\p{L}[\\p{L} ]*?)\\s+border(?:\\s+(?:area|region|zone|crossing))?$"));

    static Optional<BorderPhrase> parse(String text) {
        String s = text.strip();
        for (Pattern p : PATTERNS) {
            Matcher m = p.matcher(s);
            if (m.matches()) {
                return Optional.of(
                        new BorderPhrase(m.group(1).strip(), m.group(2).strip()));
            }
        }
        return Optional.empty();
    }
}
