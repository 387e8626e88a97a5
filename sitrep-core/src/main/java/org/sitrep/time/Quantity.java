package org.sitrep.time;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How many units an expression counts ("two", "a", "a few", "24"), and whether the count is vague.
 * Vague counts are fixed: "a few", "few", "several" and "many" count as 3, a bare plural ("weeks later")
 * as 2.
 */
record Quantity(int amount, boolean approximate) {
    /** Regex for a count, in group {@code q}. */
    static final String PATTERN = "(?<q>(?i:a\\s+couple\\s+of|couple\\s+of|a\\s+few|a\\s+dozen|several|many|few"
            + "|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\\s](?:one|two|three|four|five|six|seven|eight|nine)(?!\\p{L}))?"
            + "|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|ten"
            + "|one|two|three|four|five|six|seven|eight|nine|an?|\\d{1,4}))" + Vocabulary.END;

    /** Regex for a qualifier of a count ("more than", "about"), in group {@code qual}. */
    static final String QUALIFIER = "(?<qual>(?i:just\\s+over|just\\s+under|more\\s+than|less\\s+than|fewer\\s+than"
            + "|at\\s+least|up\\s+to|over|under|nearly|almost|about|around|roughly|approximately|some))"
            + Vocabulary.END;

    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("a", 1),
            Map.entry("an", 1),
            Map.entry("one", 1),
            Map.entry("two", 2),
            Map.entry("three", 3),
            Map.entry("four", 4),
            Map.entry("five", 5),
            Map.entry("six", 6),
            Map.entry("seven", 7),
            Map.entry("eight", 8),
            Map.entry("nine", 9),
            Map.entry("ten", 10),
            Map.entry("eleven", 11),
            Map.entry("twelve", 12),
            Map.entry("thirteen", 13),
            Map.entry("fourteen", 14),
            Map.entry("fifteen", 15),
            Map.entry("sixteen", 16),
            Map.entry("seventeen", 17),
            Map.entry("eighteen", 18),
            Map.entry("nineteen", 19),
            Map.entry("twenty", 20),
            Map.entry("thirty", 30),
            Map.entry("forty", 40),
            Map.entry("fifty", 50),
            Map.entry("sixty", 60),
            Map.entry("seventy", 70),
            Map.entry("eighty", 80),
            Map.entry("ninety", 90),
            Map.entry("a dozen", 12),
            Map.entry("a couple of", 2),
            Map.entry("couple of", 2));

    static final Quantity VAGUE_FEW = new Quantity(3, true);
    static final Quantity VAGUE_PLURAL = new Quantity(2, true);

    Quantity {
        if (amount < 0) {
            throw new IllegalArgumentException("expected amount >= 0, got " + amount);
        }
    }

    /** Parses a {@link #PATTERN} match; {@code null} (no count) means one unit, or two for a bare plural. */
    static Quantity parse(String words, boolean pluralUnit) {
        if (words == null) {
            return pluralUnit ? VAGUE_PLURAL : new Quantity(1, false);
        }
        String w = words.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (w.chars().allMatch(Character::isDigit)) {
            return new Quantity(Integer.parseInt(w), false);
        }
        Integer exact = WORDS.get(w);
        if (exact != null) {
            return new Quantity(exact, false);
        }
        String[] tensAndOnes = w.split("[- ]");
        if (tensAndOnes.length == 2 && WORDS.containsKey(tensAndOnes[0]) && WORDS.containsKey(tensAndOnes[1])) {
            return new Quantity(WORDS.get(tensAndOnes[0]) + WORDS.get(tensAndOnes[1]), false); // "twenty-four"
        }
        return VAGUE_FEW;
    }

    /** Modifier for "N units ago": more than → BEFORE, less than → AFTER, about → APPROX; vague counts → APPROX. */
    Optional<String> agoModifier(String qualifier) {
        return qualifier == null
                ? vague()
                : Optional.of(
                        switch (kind(qualifier)) {
                            case MORE -> "BEFORE";
                            case LESS -> "AFTER";
                            case ABOUT -> "APPROX";
                        });
    }

    /** Modifier for a duration: more than → MORE_THAN, less than → LESS_THAN, about → APPROX; else {@code plain}. */
    String durationModifier(String qualifier, String plain) {
        return qualifier == null
                ? plain
                : switch (kind(qualifier)) {
                    case MORE -> "MORE_THAN";
                    case LESS -> "LESS_THAN";
                    case ABOUT -> "APPROX";
                };
    }

    private Optional<String> vague() {
        return approximate ? Optional.of("APPROX") : Optional.empty();
    }

    private enum Kind {
        MORE,
        LESS,
        ABOUT
    }

    private static Kind kind(String qualifier) {
        String q = qualifier.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (q.endsWith("over") || q.startsWith("more") || q.startsWith("at least")) {
            return Kind.MORE;
        }
        if (q.endsWith("under")
                || q.startsWith("less")
                || q.startsWith("fewer")
                || q.startsWith("up to")
                || q.equals("nearly")
                || q.equals("almost")) {
            return Kind.LESS;
        }
        return Kind.ABOUT;
    }
}
