package org.sitrep.time;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import org.sitrep.data.NumberWords;

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
        String w = words.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replaceFirst(" of$", "");
        OptionalLong exact = NumberWords.english().parse(w); // "two", "24", "twenty-four", "a dozen", "a couple"
        if (exact.isPresent() && exact.getAsLong() <= Integer.MAX_VALUE) {
            return new Quantity((int) exact.getAsLong(), false);
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
