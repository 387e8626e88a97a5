package org.sitrep.extract.lexicon;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.data.Tsv;
import org.sitrep.model.Role;
import org.sitrep.ontology.Ontology;

/**
 * The trigger lexicon read from {@code org/sitrep/extract/triggers.tsv}, indexed by first lemma.
 * Every row is validated at load time; a bad row fails with its line number. Immutable.
 */
public final class TriggerLexicon {
    static final String RESOURCE = "/org/sitrep/extract/triggers.tsv";
    static final List<String> HEADER =
            List.of("lemma", "pos", "type", "subject", "object", "preps", "objects", "weight", "note");

    private static final Comparator<TriggerEntry> LONGEST_FIRST = Comparator.<TriggerEntry>comparingInt(
                    e -> e.lemmas().size())
            .reversed()
            .thenComparing(Comparator.comparingDouble(TriggerEntry::weight).reversed());

    private final List<TriggerEntry> entries;
    private final Map<String, List<TriggerEntry>> byFirstLemma;

    private TriggerLexicon(List<TriggerEntry> entries) {
        this.entries = List.copyOf(entries);
        Map<String, List<TriggerEntry>> index = new HashMap<>();
        for (TriggerEntry entry : entries) {
            index.computeIfAbsent(entry.lemmas().get(0), k -> new ArrayList<>()).add(entry);
        }
        index.replaceAll((lemma, list) -> list.stream().sorted(LONGEST_FIRST).toList());
        this.byFirstLemma = Collections.unmodifiableMap(index);
    }

    /** Loads the lexicon from the classpath and checks every type against the ontology. */
    public static TriggerLexicon load(Ontology ontology) {
        return parse(Tsv.Source.resource(TriggerLexicon.class, RESOURCE), ontology.names());
    }

    /**
     * Parses the lexicon; {@code knownTypes} are the event types a row may name.
     *
     * @throws IllegalArgumentException naming the source and 1-based line number of the first bad row
     */
    static TriggerLexicon parse(Tsv.Source source, Set<String> knownTypes) {
        List<TriggerEntry> entries = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Tsv.Row row : Tsv.read(source, HEADER)) {
            TriggerEntry entry;
            try {
                entry = parseRow(row, knownTypes);
            } catch (IllegalArgumentException e) {
                throw row.error(e.getMessage());
            }
            String key = entry.phrase() + "|" + entry.pos() + "|" + entry.type() + "|"
                    + new java.util.TreeSet<>(entry.requiredObjects());
            Integer previous = seen.putIfAbsent(key, row.line());
            if (previous != null) {
                throw row.error("duplicate of line %d (%s %s %s)"
                        .formatted(previous, entry.phrase(), entry.pos().code(), entry.type()));
            }
            entries.add(entry);
        }
        return new TriggerLexicon(entries);
    }

    private static TriggerEntry parseRow(Tsv.Row cells, Set<String> knownTypes) {
        String type = cells.get(2);
        if (!knownTypes.contains(type)) {
            throw new IllegalArgumentException("unknown event type '%s'; known types: %s".formatted(type, knownTypes));
        }
        double weight;
        try {
            weight = Double.parseDouble(cells.get(7));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("weight '%s' is not a number".formatted(cells.get(7)));
        }
        return new TriggerEntry(
                lemmas(cells.get(0)),
                PartOfSpeech.fromCode(cells.get(1)),
                type,
                optionalRole(cells.get(3)),
                optionalRole(cells.get(4)),
                prepositions(cells.get(5)),
                objects(cells.get(6)),
                weight);
    }

    /** Splits on spaces, and splits hyphenated words around the hyphen as CoreNLP 4 tokenizes them. */
    static List<String> lemmas(String cell) {
        String phrase = cell.trim();
        if (phrase.isEmpty() || phrase.equals("-")) {
            throw new IllegalArgumentException("empty lemma");
        }
        if (!phrase.equals(phrase.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("lemma '%s' must be lower-case".formatted(phrase));
        }
        List<String> lemmas = new ArrayList<>();
        for (String word : phrase.split(" +")) {
            String[] parts = word.split("-", -1);
            for (int p = 0; p < parts.length; p++) {
                if (parts[p].isEmpty()) {
                    throw new IllegalArgumentException("lemma '%s' has a dangling hyphen".formatted(phrase));
                }
                if (p > 0) {
                    lemmas.add("-");
                }
                lemmas.add(parts[p]);
            }
        }
        return lemmas;
    }

    private static Optional<Role> optionalRole(String cell) {
        String name = cell.trim();
        return name.equals("-") ? Optional.empty() : Optional.of(role(name));
    }

    private static Role role(String name) {
        try {
            return Role.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "unknown role '%s'; known roles: %s".formatted(name, List.of(Role.values())));
        }
    }

    private static Map<String, Role> prepositions(String cell) {
        String value = cell.trim();
        Map<String, Role> result = new LinkedHashMap<>();
        if (value.equals("-")) {
            return result;
        }
        for (String pair : value.split(",")) {
            String[] kv = pair.trim().split("=", -1);
            if (kv.length != 2 || kv[0].isBlank()) {
                throw new IllegalArgumentException("preposition '%s' must look like with=PATIENT".formatted(pair));
            }
            if (result.put(kv[0].trim(), role(kv[1].trim())) != null) {
                throw new IllegalArgumentException("preposition '%s' is listed twice".formatted(kv[0].trim()));
            }
        }
        return result;
    }

    private static Set<String> objects(String cell) {
        String value = cell.trim();
        if (value.equals("-")) {
            return Set.of();
        }
        Set<String> result = new LinkedHashSet<>();
        for (String lemma : value.split(",")) {
            String trimmed = lemma.trim();
            if (trimmed.isEmpty() || !trimmed.equals(trimmed.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException(
                        "required object '%s' must be a non-empty lower-case lemma".formatted(lemma));
            }
            result.add(trimmed);
        }
        return result;
    }

    /** Entries whose first lemma is {@code lemma} (case-insensitive), longest first, then by weight. */
    public List<TriggerEntry> entriesStartingWith(String lemma) {
        return byFirstLemma.getOrDefault(lemma.toLowerCase(Locale.ROOT), List.of());
    }

    /** All entries in file order. */
    public List<TriggerEntry> entries() {
        return entries;
    }

    public int size() {
        return entries.size();
    }
}
