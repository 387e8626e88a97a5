package org.sitrep.actors;

import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.data.Tsv;

/**
 * The countries of {@code countries.tsv}, looked up by name, alias, demonym or ISO code. Names fold
 * case, accents and a leading "the" ("the Netherlands"); short acronyms ("US", "UK", "DRC") match as written.
 * Every name, alias and demonym names exactly one country, or loading fails naming the line.
 */
public final class Countries {
    static final List<String> HEADER = List.of("iso2", "iso3", "name", "aliases", "demonyms");

    private final List<Country> all;
    private final Map<String, Country> byIso2 = new HashMap<>();
    private final AliasIndex<Country> names = new AliasIndex<>(Set.of("the"), Set.of());
    private final AliasIndex<Country> demonyms = new AliasIndex<>(Set.of("the"), Set.of());
    private final AliasIndex<Country> both = new AliasIndex<>(Set.of("the"), Set.of());

    private Countries(List<Tsv.Row> rows) {
        all = rows.stream().map(Countries::parse).toList();
        for (int i = 0; i < rows.size(); i++) {
            Tsv.Row row = rows.get(i);
            Country c = all.get(i);
            if (byIso2.put(c.iso2(), c) != null) {
                throw row.error("duplicate iso2 " + c.iso2());
            }
            for (String name : concat(List.of(c.name()), c.aliases())) {
                add(row, names, name, c);
            }
            for (String demonym : c.demonyms()) {
                add(row, demonyms, demonym, c);
            }
        }
    }

    public static Countries load() {
        return new Countries(Tsv.read(Tsv.Source.resource(Countries.class, "countries.tsv"), HEADER));
    }

    static Countries load(InputStream in, String source) {
        return new Countries(Tsv.read(Tsv.Source.of(in, source), HEADER));
    }

    public List<Country> all() {
        return all;
    }

    public Optional<Country> byName(String s) {
        return names.lookup(s);
    }

    public Optional<Country> byDemonym(String s) {
        return demonyms.lookup(s);
    }

    public Optional<Country> byIso2(String s) {
        return Optional.ofNullable(byIso2.get(s.toUpperCase(Locale.ROOT)));
    }

    /** A country by name, alias or demonym. */
    public Optional<Country> lookup(String nameOrDemonym) {
        return both.lookup(nameOrDemonym);
    }

    /** A country named ("Saudi Arabia") or described ("Lebanese") at [begin, end) of a text. */
    public record Mention(Country country, boolean demonym, int begin, int end) {
    }

    /** Every capitalised country name and demonym in a text, longest first, left to right. */
    public List<Mention> mentionsIn(String text) {
        Words.Text words = Words.Text.of(text);
        List<Mention> result = new java.util.ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            Optional<PhraseTrie.Hit<Country>> hit = Character.isUpperCase(words.raw().get(i).charAt(0))
                    ? matchAt(words, i, words.size()) : Optional.empty();
            if (hit.isEmpty()) {
                i++;
                continue;
            }
            int begin = words.words().get(hit.get().start()).begin();
            int end = words.words().get(hit.get().end() - 1).end();
            boolean demonym = byName(text.substring(begin, end)).isEmpty();
            result.add(new Mention(hit.get().value(), demonym, begin, end));
            i = hit.get().end();
        }
        return result;
    }

    /** The longest country name or demonym starting at word i and ending at or before word limit. */
    Optional<PhraseTrie.Hit<Country>> matchAt(Words.Text text, int i, int limit) {
        return both.matchAt(text, i, limit);
    }

    private void add(Tsv.Row row, AliasIndex<Country> index, String alias, Country c) {
        index.add(alias, c);
        both.add(alias, c).filter(previous -> !previous.equals(c)).ifPresent(previous -> {
            throw row.error("'%s' of %s already names %s".formatted(alias, c.iso2(), previous.iso2()));
        });
    }

    private static Country parse(Tsv.Row row) {
        try {
            return new Country(row.get(0), row.get(1), row.get(2), row.list(3), row.list(4));
        } catch (IllegalArgumentException e) {
            throw row.error(e.getMessage());
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
