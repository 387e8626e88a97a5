package org.sitrep.ingest;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.sitrep.data.Tsv;

/**
 * The words of date lines and datelines, from {@code date-words.tsv}: month names and abbreviations, weekdays,
 * labels ("Published", "Last updated") with the date each introduces, time-zone names, page furniture that
 * opens a line like a dateline ("UPDATE:"), and the numeric date order of country-code domains. Read once:
 * the readers are static and the table is small and never changes.
 */
final class DateWords {
    static final List<String> HEADER = List.of("kind", "word", "value");

    /** Which date a label introduces. */
    enum Label {
        PUBLISHED,
        UPDATED
    }

    private static final DateWords STANDARD = parse(Tsv.Source.resource(DateWords.class, "date-words.tsv"));

    private final Map<String, Integer> months;
    private final Set<String> weekdays;
    private final Map<String, Label> labels;
    private final Set<String> zones;
    private final Set<String> furniture;
    private final Map<String, NumericOrder> domainOrders;

    private DateWords(
            Map<String, Integer> months,
            Set<String> weekdays,
            Map<String, Label> labels,
            Set<String> zones,
            Set<String> furniture,
            Map<String, NumericOrder> domainOrders) {
        this.months = Map.copyOf(months);
        this.weekdays = Set.copyOf(weekdays);
        this.labels = Map.copyOf(labels);
        this.zones = Set.copyOf(zones);
        this.furniture = Set.copyOf(furniture);
        this.domainOrders = Map.copyOf(domainOrders);
    }

    static DateWords standard() {
        return STANDARD;
    }

    static DateWords parse(Tsv.Source source) {
        Map<String, Integer> months = new LinkedHashMap<>();
        Map<String, Label> labels = new LinkedHashMap<>();
        Map<String, NumericOrder> orders = new LinkedHashMap<>();
        Map<String, Set<String>> plain = new LinkedHashMap<>();
        for (Tsv.Row row : Tsv.read(source, HEADER)) {
            String kind = row.get(0);
            String word = row.get(1);
            String value = row.get(2);
            if (!word.equals(word.toLowerCase(Locale.ROOT))) {
                throw row.error("word '%s' is not lower case".formatted(word));
            }
            switch (kind) {
                case "month" -> months.put(word, monthNumber(row, value));
                case "label" -> labels.put(word, label(row, value));
                case "tld" -> orders.put(word, order(row, value));
                case "weekday", "zone", "furniture" ->
                    plain.computeIfAbsent(kind, k -> new java.util.HashSet<>()).add(word);
                default ->
                    throw row.error("unknown kind '%s'; expected month, weekday, label, zone, furniture or tld"
                            .formatted(kind));
            }
        }
        return new DateWords(
                months,
                plain.getOrDefault("weekday", Set.of()),
                labels,
                plain.getOrDefault("zone", Set.of()),
                plain.getOrDefault("furniture", Set.of()),
                orders);
    }

    /** 1-12 for a month name or abbreviation, any case, with or without a full stop. */
    Optional<Integer> month(String word) {
        return Optional.ofNullable(months.get(key(word)));
    }

    boolean isWeekday(String word) {
        return weekdays.contains(key(word));
    }

    boolean isMonth(String word) {
        return months.containsKey(key(word));
    }

    Optional<Label> label(String phrase) {
        return Optional.ofNullable(labels.get(phrase.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")));
    }

    boolean isFurniture(String phrase) {
        return furniture.contains(phrase.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
    }

    /** The order an outlet's country-code domain suggests ("example.co.uk" day-first), if the table has it. */
    Optional<NumericOrder> orderOfDomain(String tld) {
        return Optional.ofNullable(domainOrders.get(tld.toLowerCase(Locale.ROOT)));
    }

    /** A regex alternation of the month words, longest first ("September" before "Sep"). */
    String monthAlternation() {
        return alternation(months.keySet());
    }

    String weekdayAlternation() {
        return alternation(weekdays);
    }

    String labelAlternation() {
        return alternation(labels.keySet());
    }

    String zoneAlternation() {
        return alternation(zones);
    }

    /** Longest first, so "Sept" is tried before "Sep"; the words of a phrase apart by any spaces. */
    private static String alternation(Collection<String> words) {
        return words.stream()
                .sorted(Comparator.comparing(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(w -> Arrays.stream(w.split(" ")).map(Pattern::quote).collect(Collectors.joining("\\s+")))
                .collect(Collectors.joining("|", "(?:", ")"));
    }

    private static String key(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
    }

    private static int monthNumber(Tsv.Row row, String value) {
        try {
            int n = Integer.parseInt(value);
            if (n >= 1 && n <= 12) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw row.error("month number '%s' is not 1-12".formatted(value));
    }

    private static Label label(Tsv.Row row, String value) {
        return switch (value) {
            case "published" -> Label.PUBLISHED;
            case "updated" -> Label.UPDATED;
            default -> throw row.error("label value '%s' is not published or updated".formatted(value));
        };
    }

    private static NumericOrder order(Tsv.Row row, String value) {
        return switch (value) {
            case "day-first" -> NumericOrder.DAY_FIRST;
            case "month-first" -> NumericOrder.MONTH_FIRST;
            default -> throw row.error("tld value '%s' is not day-first or month-first".formatted(value));
        };
    }
}
