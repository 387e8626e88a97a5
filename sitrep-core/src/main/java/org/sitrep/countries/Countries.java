package org.sitrep.countries;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.data.Tsv;
import org.sitrep.data.WordLists;
import org.sitrep.model.LatLon;
import org.sitrep.names.AliasIndex;
import org.sitrep.names.PhraseTrie;
import org.sitrep.names.Words;

/**
 * The one country table, {@code org/sitrep/countries/countries.tsv} (written by {@code scripts/GenerateCountries.java};
 * see its header), read by the actors and the gazetteer. Countries are looked up by name, alias, demonym or ISO
 * code. Names fold case, accents and a leading "the" ("the Netherlands"); short acronyms ("US", "UK", "DRC")
 * match as written. Every name, alias and demonym names exactly one country, or loading fails naming the line.
 */
public final class Countries {
    public static final List<String> HEADER = List.of(
            "iso2",
            "iso3",
            "name",
            "aliases",
            "demonyms",
            "geonameid",
            "geonames_name",
            "capital",
            "population",
            "neighbours",
            "lat",
            "lon");

    private final List<Country> all;
    private final Map<String, Country> byIso2 = new HashMap<>();
    private final AliasIndex<Country> names;
    private final AliasIndex<Country> demonyms;
    private final AliasIndex<Country> both;

    /** @param articles leading words a name is found with or without ("the Netherlands") */
    private Countries(List<Tsv.Row> rows, Set<String> articles) {
        names = new AliasIndex<>(articles, Set.of());
        demonyms = new AliasIndex<>(articles, Set.of());
        both = new AliasIndex<>(articles, Set.of());
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

    /** The table on the classpath; {@code words} gives the country-articles ("the"). */
    public static Countries load(WordLists words) {
        return load(Tsv.Source.resource(Countries.class, "countries.tsv"), words);
    }

    /** A table in the format of countries.tsv (tests pass a few rows). */
    public static Countries load(Tsv.Source source, WordLists words) {
        return new Countries(Tsv.read(source, HEADER), words.get("country-articles"));
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
    public record Mention(Country country, boolean demonym, int begin, int end) {}

    /** Every capitalised country name and demonym in a text, longest first, left to right. */
    public List<Mention> mentionsIn(String text) {
        Words.Text words = Words.Text.of(text);
        List<Mention> result = new java.util.ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            Optional<PhraseTrie.Hit<Country>> hit =
                    Character.isUpperCase(words.raw().get(i).charAt(0))
                            ? matchAt(words, i, words.size())
                            : Optional.empty();
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
    public Optional<PhraseTrie.Hit<Country>> matchAt(Words.Text text, int i, int limit) {
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
            Optional<LatLon> capitalPoint =
                    row.get(10).equals("-") && row.get(11).equals("-")
                            ? Optional.empty()
                            : Optional.of(new LatLon(Double.parseDouble(row.get(10)), Double.parseDouble(row.get(11))));
            Country.GeoNames geonames = new Country.GeoNames(
                    Long.parseLong(row.get(5)),
                    row.get(6),
                    none(row.get(7)),
                    Long.parseLong(row.get(8)),
                    row.list(9),
                    capitalPoint);
            return new Country(row.get(0), row.get(1), row.get(2), row.list(3), row.list(4), geonames);
        } catch (IllegalArgumentException e) {
            throw row.error(e.getMessage());
        }
    }

    private static Optional<String> none(String field) {
        return field.equals("-") ? Optional.empty() : Optional.of(field);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
