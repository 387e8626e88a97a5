package org.sitrep.coding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.sitrep.data.NumberWords;
import org.sitrep.data.Tsv;
import org.sitrep.data.WordLists;
import org.sitrep.model.CharSpan;
import org.sitrep.model.Event;
import org.sitrep.model.Fatalities;
import org.sitrep.model.Modality;

/**
 * The number of people an event killed, when its evidence sentence gives it: the people then a dead-word ("a
 * dozen people were killed", "at least 30 dead"), a killing verb then the number ("killed 12"), a toll ("the death
 * toll from the attack rose to 45"), or an explicit none ("no one was killed"). Of several such phrases, the one nearest the
 * trigger is the event's. Only events of the types that can kill, asserted or reported, get a count; the words are
 * data ({@code fatalities.tsv}), the numbers {@link NumberWords}'.
 */
public final class FatalityCounter {
    private static final String FILE = "fatalities.tsv";
    private static final String END = "(?![\\p{L}\\p{N}])";

    private final Set<String> types;
    private final List<Pattern> counts;
    private final Pattern none;

    private FatalityCounter(WordLists words, Set<String> knownTypes) {
        this.types = words.get("fatality-types");
        Set<String> known =
                knownTypes.stream().map(t -> t.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        for (String type : types) {
            if (!known.contains(type)) {
                throw new IllegalArgumentException(
                        FILE + ": fatality-types lists '" + type + "', not an ontology type");
            }
        }
        String number = "(?<n>" + NumberWords.english().pattern() + ")";
        String notPeople = "(?!\\s+" + any(words.get("not-people")) + END + ")";
        String qualifier = "(?:" + any(words.get("count-qualifiers")) + "\\s+)?";
        String noun = "(?:\\s+(?!" + any(words.get("noun-stops")) + END + ")(?!"
                + NumberWords.english().pattern() + ")(?!" + any(words.get("not-people")) + END
                + ")\\p{L}[\\p{L}'’-]*)";
        String auxiliaries = "(?:\\s+" + any(words.get("dead-auxiliaries")) + END + "){0,3}";
        String followed = "(?=\\s*(?:[,.;:!?)\"”—–]|$)|\\s+" + any(words.get("dead-followers")) + END + ")";
        this.counts = List.of(
                compile(qualifier + number + notPeople + noun + "{0,5}?" + auxiliaries + "\\s+"
                        + any(words.get("dead-words")) + END + "(?!\\s+" + qualifier
                        + NumberWords.english().pattern() + ")" + followed),
                compile(any(words.get("killing-verbs")) + "\\s+" + qualifier + number + notPeople),
                compile(any(words.get("toll-nouns")) + "(?:\\s+[\\p{L}'’-]+){0,4}?(?:\\s+"
                        + any(words.get("toll-verbs")) + END
                        + "){1,4}\\s+"
                        + qualifier + number + notPeople));
        this.none = compile(any(words.get("none-phrases")) + END);
    }

    /** The counter over Sitrep's word file, checked against the ontology's type names. */
    public static FatalityCounter load(Set<String> knownTypes) {
        return new FatalityCounter(WordLists.parse(Tsv.Source.resource(FatalityCounter.class, FILE)), knownTypes);
    }

    /**
     * The event's dead, from {@code sentence}, the text of its evidence span (offsets in the result are the
     * document's).
     */
    public Optional<Fatalities> count(Event event, String sentence) {
        if (!types.contains(event.type().toLowerCase(Locale.ROOT))
                || event.modality() == Modality.NEGATED
                || event.modality() == Modality.FUTURE) {
            return Optional.empty();
        }
        int base = event.evidence().begin();
        List<Fatalities> found = new ArrayList<>();
        for (Pattern p : counts) {
            Matcher m = p.matcher(sentence);
            while (m.find()) {
                OptionalLong n = NumberWords.english().parse(m.group("n"));
                if (n.isPresent()) {
                    found.add(new Fatalities(n.getAsLong(), new CharSpan(base + m.start(), base + m.end())));
                }
            }
        }
        Matcher m = none.matcher(sentence);
        while (m.find()) {
            found.add(new Fatalities(0, new CharSpan(base + m.start(), base + m.end())));
        }
        CharSpan trigger = event.trigger().trigger();
        return found.stream()
                .min(Comparator.comparingInt((Fatalities f) -> distance(f.span(), trigger))
                        .thenComparingInt(f -> f.span().begin()));
    }

    private static int distance(CharSpan a, CharSpan b) {
        return a.end() <= b.begin() ? b.begin() - a.end() : b.end() <= a.begin() ? a.begin() - b.end() : 0;
    }

    private static Pattern compile(String regex) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** A non-capturing alternation of the phrases, longest first, each word matched whole and spaces as any space. */
    private static String any(Set<String> phrases) {
        return phrases.stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(p -> Pattern.quote(p.toLowerCase(Locale.ROOT)).replace(" ", "\\E\\s+\\Q"))
                .reduce((a, b) -> a + "|" + b)
                .map(s -> "(?:" + s + ")")
                .orElseThrow();
    }
}
