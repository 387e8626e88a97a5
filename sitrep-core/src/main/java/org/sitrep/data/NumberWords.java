package org.sitrep.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Cardinal numbers written in digits ("45", "1,200") or English words ("twelve", "twenty-four", "a dozen",
 * "two hundred and five"), one parser for every rule that counts. The words and their values are data
 * ({@code number-words.tsv}).
 */
public final class NumberWords {
    static final List<String> HEADER = List.of("word", "value", "kind");
    private static final String FILE = "number-words.tsv";
    private static final NumberWords ENGLISH = load();

    private final Map<String, Long> units;
    private final Map<String, Long> multipliers;
    private final String pattern;

    private NumberWords(Map<String, Long> units, Map<String, Long> multipliers) {
        this.units = Map.copyOf(units);
        this.multipliers = Map.copyOf(multipliers);
        this.pattern = pattern(units, multipliers);
    }

    /** The English number words, loaded once. */
    public static NumberWords english() {
        return ENGLISH;
    }

    private static NumberWords load() {
        Map<String, Long> units = new HashMap<>();
        Map<String, Long> multipliers = new HashMap<>();
        for (Tsv.Row row : Tsv.read(Tsv.Source.resource(NumberWords.class, FILE), HEADER)) {
            String word = row.get("word");
            if (units.containsKey(word) || multipliers.containsKey(word)) {
                throw row.error("'%s' is listed twice".formatted(word));
            }
            long value;
            try {
                value = Long.parseLong(row.get("value"));
            } catch (NumberFormatException e) {
                throw row.error("value '%s' is not a whole number".formatted(row.get("value")));
            }
            switch (row.get("kind")) {
                case "unit" -> units.put(word, value);
                case "multiplier" -> multipliers.put(word, value);
                default -> throw row.error("kind must be unit or multiplier, not '%s'".formatted(row.get("kind")));
            }
        }
        return new NumberWords(units, multipliers);
    }

    /**
     * A regex (no capturing groups, case-insensitive, whole words) for a number in digits or words, without the bare
     * articles "a" and "an" (which count only before a multiplier: "a dozen").
     */
    public String pattern() {
        return pattern;
    }

    /** The value of a number the {@link #pattern()} matches, or of "a"/"an" alone; empty when it is no number. */
    public OptionalLong parse(String text) {
        String s = text.strip().toLowerCase(Locale.ROOT);
        if (s.matches("\\d{1,3}(,\\d{3})+|\\d+")) {
            String digits = s.replace(",", "");
            return digits.length() > 18 ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(digits));
        }
        long total = 0;
        long current = 0;
        boolean any = false;
        for (String word : s.split("[\\s-]+")) {
            if (word.equals("and") && any) {
                continue;
            }
            Long unit = units.get(word);
            Long multiplier = multipliers.get(word);
            if (unit != null) {
                current += unit;
            } else if (multiplier != null && multiplier >= 1000) {
                total += Math.max(current, 1) * multiplier;
                current = 0;
            } else if (multiplier != null) {
                current = Math.max(current, 1) * multiplier;
            } else {
                return OptionalLong.empty();
            }
            any = true;
        }
        return any ? OptionalLong.of(total + current) : OptionalLong.empty();
    }

    private static String pattern(Map<String, Long> units, Map<String, Long> multipliers) {
        List<String> numbers = new ArrayList<>(units.keySet());
        numbers.removeIf(w -> w.equals("a") || w.equals("an"));
        numbers.sort((x, y) -> y.length() - x.length()); // "seventeen" before "seven"
        List<String> scales = new ArrayList<>(multipliers.keySet());
        scales.sort((x, y) -> y.length() - x.length());
        String unit = String.join("|", numbers);
        String scale = String.join("|", scales);
        String word = "(?:" + unit + ")(?:[-\\s]+(?:" + unit + "))?"; // "twenty-four"
        String scaled = "(?:(?:an?|" + word + ")\\s+(?:" + scale + "))"; // "a dozen", "two hundred"
        String words = "(?:" + scaled + "(?:\\s+(?:and\\s+)?(?:" + word + "))?|" + word + ")";
        return "(?<![\\p{L}\\p{N}])(?i:\\d{1,3}(?:,\\d{3})+(?!\\d)|\\d+|" + words + ")(?![\\p{L}\\p{N}])";
    }
}
