package org.sitrep.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Short invented news articles, written for Sitrep's memory soak (no dataset text): attacks, arrests,
 * protests, floods, earthquakes, trials and talks in invented towns, with invented people, so that
 * every article is different and the vocabulary keeps growing as a real corpus's does. Article
 * {@code n} is the same in every run. {@link #jsonLines} makes them as JSON Lines, one at a time.
 */
public final class SyntheticNews {
    private static final List<String> SYLLABLES = List.of(
            "ka", "ra", "mes", "tal", "bu", "ri", "dor", "an", "el", "sa", "ven", "ko", "li", "mar", "zu", "tan", "ob",
            "ira", "gel", "hun", "pe", "sor", "vu", "din");
    private static final List<String> FIRST_NAMES = List.of(
            "Amina", "Yusuf", "Grace", "Omar", "Leila", "Samuel", "Fatou", "Ibrahim", "Nadia", "Joseph", "Hawa",
            "Karim", "Esther", "Musa", "Salma", "Daniel");
    private static final List<String> COUNTRIES = List.of(
            "Mali",
            "Niger",
            "Kenya",
            "Nigeria",
            "Somalia",
            "Sudan",
            "Chad",
            "Burkina Faso",
            "Ethiopia",
            "Cameroon",
            "Mozambique",
            "Uganda");
    private static final List<String> GROUPS = List.of("Armed", "Rebel", "Militant", "Unidentified", "Separatist");
    private static final List<String> WEEKDAYS =
            List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");
    private static final List<String> HEADLINES = List.of(
            "%s gunmen attack army post near %s",
            "Police arrest %d after protest in %s",
            "Floods drive families from their homes in %s",
            "Earthquake damages houses near %s",
            "Court jails smuggler in %s",
            "Talks on %s ceasefire to resume");
    private static final List<String> SENTENCES = List.of(
            "{group} gunmen attacked an army post near the town of {town} in {country} on {day}, killing {n} soldiers, officials said.",
            "Police in {town} arrested {n} men after a protest over fuel prices turned violent, a spokesman said.",
            "Heavy rain flooded the districts around {town}, forcing about {big} families from their homes.",
            "An earthquake of magnitude {m} struck near {town} early on {day}, damaging dozens of houses.",
            "A court in {town} sentenced {person} to {n} years in prison for smuggling weapons across the border.",
            "Negotiators from both sides agreed to meet again in {town} next week to discuss a ceasefire.",
            "Hundreds of people marched through {town} on {day} to demand the release of detained students.",
            "{person}, a local councillor, told reporters that {n} people had been wounded and taken to hospital.",
            "The army said its troops had regained control of {town} by {day} evening.",
            "Residents said the shooting lasted several hours and that the market stayed closed.",
            "The governor, {person}, said aid would reach the displaced in {town} within days.",
            "No group has claimed responsibility for the attack.");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate FIRST_DAY = LocalDate.of(2021, 1, 1);

    private SyntheticNews() {}

    /** Article {@code n} as one JSON Lines record (with its newline): title, text, date and a URL of its own. */
    public static String article(int n) {
        SplittableRandom random =
                new SplittableRandom(n).split(); // split: generators of nearby seeds share their sequences
        String town = town(random);
        String person = pick(random, FIRST_NAMES) + " " + capitalise(name(random, 2));
        List<String> sentences = new ArrayList<>();
        int first = random.nextInt(SENTENCES.size());
        int count = 3 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            sentences.add(fill(SENTENCES.get((first + i * 5) % SENTENCES.size()), random, town, person));
        }
        int headline = first % HEADLINES.size();
        String title =
                switch (headline) {
                    case 0 -> HEADLINES.get(0).formatted(pick(random, GROUPS), town);
                    case 1 -> HEADLINES.get(1).formatted(2 + random.nextInt(30), town);
                    default -> HEADLINES.get(headline).formatted(town);
                };
        ObjectNode record = JSON.createObjectNode();
        record.put("title", title);
        record.put(
                "text",
                String.join(" ", sentences.subList(0, 2)) + "\n\n"
                        + String.join(" ", sentences.subList(2, sentences.size())));
        record.put("date", FIRST_DAY.plusDays(n % 730).toString());
        record.put("url", "https://news.example/soak/" + n);
        try {
            return JSON.writeValueAsString(record) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Articles 1 to {@code count} as JSON Lines, each made when the reader gets to it. */
    public static InputStream jsonLines(int count) {
        return new InputStream() {
            private byte[] current = new byte[0];
            private int position;
            private int next = 1;

            @Override
            public int read() {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (length == 0) {
                    return 0;
                }
                if (position == current.length) {
                    if (next > count) {
                        return -1;
                    }
                    current = article(next++).getBytes(StandardCharsets.UTF_8);
                    position = 0;
                }
                int n = Math.min(length, current.length - position);
                System.arraycopy(current, position, buffer, offset, n);
                position += n;
                return n;
            }
        };
    }

    private static String fill(String template, SplittableRandom random, String town, String person) {
        return template.replace("{group}", pick(random, GROUPS))
                .replace("{town}", town)
                .replace("{country}", pick(random, COUNTRIES))
                .replace("{day}", pick(random, WEEKDAYS))
                .replace("{n}", Integer.toString(2 + random.nextInt(40)))
                .replace("{big}", Integer.toString(100 + random.nextInt(5000)))
                .replace("{m}", (4 + random.nextInt(3)) + "." + random.nextInt(10))
                .replace("{person}", person);
    }

    /** An invented town name: "Talburi", "Sorvenka"; about 14,000 of them. */
    private static String town(SplittableRandom random) {
        return capitalise(name(random, 2 + random.nextInt(2)));
    }

    private static String name(SplittableRandom random, int syllables) {
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            name.append(pick(random, SYLLABLES));
        }
        return name.toString();
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static <T> T pick(SplittableRandom random, List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
