package org.sitrep.geo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.countries.Countries;
import org.sitrep.countries.Country;
import org.sitrep.data.Tsv;

/**
 * Finds the {@link Qualifier} written after a place name: a comma, then a division's abbreviation
 * ({@code division-abbreviations.tsv}: "Tenn.", "B.C."), a division's name in the gazetteer ("Tennessee") or a
 * country's name ("Lebanon"). Reads only the few characters after the name.
 */
public final class Qualifiers {
    static final String FILE = "division-abbreviations.tsv";
    private static final List<String> HEADER = List.of("abbreviation", "country", "admin1");
    /** ", " and up to three capitalised words, dots and apostrophes kept ("W. Va.", "Prince Edward Island"). */
    private static final String WORDS = "(\\p{Lu}[\\p{L}.'’]*(?: \\p{Lu}[\\p{L}.'’]*){0,2})";

    private static final Pattern AFTER = Pattern.compile("^\\s?,\\s{1,2}" + WORDS);
    /** The same words with nothing before them: the place of a party tag ("S.C." of "D-S.C."). */
    private static final Pattern BARE = Pattern.compile("^" + WORDS);

    private final Map<String, Qualifier> abbreviations;
    private final Gazetteer gazetteer;
    private final Countries countries;

    private Qualifiers(Map<String, Qualifier> abbreviations, Gazetteer gazetteer, Countries countries) {
        this.abbreviations = Map.copyOf(abbreviations);
        this.gazetteer = gazetteer;
        this.countries = countries;
    }

    /** Loads the abbreviations once per process; division and country names come from the arguments. */
    public static Qualifiers load(Gazetteer gazetteer, Countries countries) {
        Map<String, Qualifier> abbreviations = new HashMap<>();
        for (Tsv.Row row : Tsv.read(Tsv.Source.resource(Qualifiers.class, FILE), HEADER)) {
            abbreviations.put(row.get(0), new Qualifier(row.get(1), row.get(2), row.get(0), 0));
        }
        return new Qualifiers(abbreviations, gazetteer, countries);
    }

    /** The qualifier that starts at {@code offset} in {@code text} (right after a place name), if any. */
    Optional<Qualifier> at(String text, int offset) {
        return longest(AFTER, text, offset);
    }

    /**
     * The division or country named right at {@code offset}, with no comma before it: "S.C." of "Rep. James
     * Clyburn, D-S.C.", "W. Va." of "D-W. Va.".
     */
    Optional<Qualifier> startingAt(String text, int offset) {
        return longest(BARE, text, offset);
    }

    private Optional<Qualifier> longest(Pattern pattern, String text, int offset) {
        String after = text.substring(offset, Math.min(text.length(), offset + 48));
        Matcher m = pattern.matcher(after);
        if (!m.find()) {
            return Optional.empty();
        }
        String[] words = m.group(1).split(" ");
        for (int n = words.length; n >= 1; n--) {
            String phrase = String.join(" ", List.of(words).subList(0, n));
            int end = offset + m.start(1) + phrase.length();
            Optional<Qualifier> q = lookup(phrase, end);
            if (q.isEmpty() && phrase.endsWith(".") && !abbreviations.containsKey(phrase)) {
                q = lookup(phrase.substring(0, phrase.length() - 1), end - 1); // "Paris, Texas." ends a sentence
            }
            if (q.isPresent()) {
                return q;
            }
        }
        return Optional.empty();
    }

    /** The division an abbreviation names ("Tenn." → Tennessee), when the gazetteer holds it. */
    Optional<Place> division(String abbreviation) {
        Qualifier q = abbreviations.get(abbreviation);
        if (q == null) {
            return Optional.empty();
        }
        String name = gazetteer.admin1Name(q.country(), q.admin1Code());
        return gazetteer.candidates(name).stream()
                .filter(p -> p.isAdmin1()
                        && p.country().equals(q.country())
                        && p.admin1Code().equals(q.admin1Code()))
                .findFirst();
    }

    private Optional<Qualifier> lookup(String phrase, int end) {
        Qualifier abbreviation = abbreviations.get(phrase);
        if (abbreviation != null) {
            return Optional.of(new Qualifier(abbreviation.country(), abbreviation.admin1Code(), phrase, end));
        }
        return gazetteer
                .division(phrase)
                .map(p -> new Qualifier(p.country(), p.admin1Code(), phrase, end))
                .or(() ->
                        countries.byName(phrase).map(Country::iso2).map(iso2 -> new Qualifier(iso2, "", phrase, end)));
    }
}
