package org.sitrep.actors;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.countries.Countries;
import org.sitrep.countries.Country;
import org.sitrep.data.Tsv;
import org.sitrep.data.WordLists;
import org.sitrep.model.EntityType;
import org.sitrep.names.AliasIndex;
import org.sitrep.names.PhraseTrie;
import org.sitrep.names.Words;

/**
 * Named actors ({@code actors.tsv}, plus an optional user file whose rows add to or replace rows by id)
 * and rule-based recognition of state institutions: a country or demonym followed by a word of
 * {@code institutions.tsv} ("Lebanese army", "Iraqi police", "a young Lebanese soldier").
 *
 * <p>Aliases fold case, accents, hyphens and apostrophes and ignore a leading "the", "al-" or "el-";
 * acronyms of at most three capitals ("IS", "UN") match only as written. Built once, then read-only.
 */
public final class ActorCatalog {
    static final List<String> HEADER =
            List.of("id", "name", "type", "aliases", "country", "sector", "acledType", "affiliations");

    /** Words between the country and the institution word: "Russian Defence Ministry spokesman". */
    private static final int MAX_GAP = 3;

    private final Countries countries;
    private final Institutions institutions;
    private final Map<String, Actor> byId;
    /** Leading words an alias is found with or without ("the", "al-"); those of them kept in a matched span ("al-"). */
    private final Set<String> articles;

    private final AliasIndex<Actor> aliases;

    private ActorCatalog(Countries countries, Institutions institutions, WordLists words, List<Tsv.Row> rows) {
        this.countries = countries;
        this.institutions = institutions;
        this.articles = words.get("actor-articles");
        this.aliases = new AliasIndex<>(articles, words.get("actor-kept-articles"));
        Map<String, Tsv.Row> rowById = new LinkedHashMap<>();
        Map<String, Actor> actors = new LinkedHashMap<>();
        for (Tsv.Row row : rows) {
            Actor actor = parse(row);
            if (actors.containsKey(actor.id())
                    && rowById.get(actor.id()).source().equals(row.source())) {
                throw row.error("duplicate id '%s' (first on line %d)"
                        .formatted(actor.id(), rowById.get(actor.id()).line()));
            }
            actors.put(actor.id(), actor); // a later file replaces the row of the same id
            rowById.put(actor.id(), row);
        }
        for (Actor actor : actors.values()) {
            Tsv.Row row = rowById.get(actor.id());
            for (String affiliation : actor.affiliations()) {
                if (!actors.containsKey(affiliation)) {
                    throw row.error("unknown affiliation '%s' of %s".formatted(affiliation, actor.id()));
                }
            }
            actor.country().ifPresent(iso2 -> countries
                    .byIso2(iso2)
                    .orElseThrow(() -> row.error("unknown country '%s' of %s".formatted(iso2, actor.id()))));
            for (String alias : concat(actor.name(), actor.aliases())) {
                aliases.add(alias, actor)
                        .filter(previous -> !previous.id().equals(actor.id()))
                        .ifPresent(previous -> {
                            throw row.error(
                                    "alias '%s' of %s already names %s".formatted(alias, actor.id(), previous.id()));
                        });
            }
        }
        this.byId = Map.copyOf(actors);
    }

    /**
     * The catalogue on the classpath plus, if given, a user file in the same format, over the country table;
     * {@code words} gives the actor-articles.
     */
    public static ActorCatalog load(Countries countries, WordLists words, Optional<Path> extra) {
        List<Tsv.Row> rows = new ArrayList<>(Tsv.read(Tsv.Source.resource(ActorCatalog.class, "actors.tsv"), HEADER));
        if (extra.isPresent()) {
            try (InputStream in = Files.newInputStream(extra.get())) {
                rows.addAll(Tsv.read(Tsv.Source.of(in, extra.get().toString()), HEADER));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read actors file " + extra.get(), e);
            }
        }
        return new ActorCatalog(countries, Institutions.load(), words, rows);
    }

    /**
     * Reads a user's actors file and checks every row as {@link #load} would, without the rest of the models,
     * so a front end can refuse a bad file before loading anything; the exception names file and line.
     */
    public static void check(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            List<Tsv.Row> rows = Tsv.read(Tsv.Source.of(in, file.toString()), HEADER);
            if (rows.isEmpty()) {
                throw new IllegalArgumentException(
                        "actors file " + file + " holds no actors (only a header, or nothing)");
            }
            rows.forEach(ActorCatalog::parse);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read actors file " + file + ": " + e.getMessage(), e);
        }
    }

    static ActorCatalog load(
            Countries countries, Institutions institutions, WordLists words, InputStream actors, String source) {
        return new ActorCatalog(countries, institutions, words, Tsv.read(Tsv.Source.of(actors, source), HEADER));
    }

    public Countries countries() {
        return countries;
    }

    public Collection<Actor> actors() {
        return byId.values();
    }

    /** The institution word a single word or phrase is ("soldier", "riot police"), without a country. */
    public Optional<Institution> institutionWord(String word) {
        return institutions.lookup(word);
    }

    public List<Institution> institutions() {
        return institutions.all();
    }

    public Optional<Actor> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The actor one of whose aliases is the whole surface string. */
    public Optional<Actor> lookup(String surface) {
        return aliases.lookup(surface);
    }

    /** Leftmost-longest, non-overlapping alias matches, on word boundaries, in text order. */
    public List<ActorMatch> findAll(String text) {
        Words.Text words = Words.Text.of(text);
        List<ActorMatch> matches = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            Optional<PhraseTrie.Hit<Actor>> hit = aliases.matchAt(words, i, words.size());
            if (hit.isPresent()) {
                PhraseTrie.Hit<Actor> h = hit.get();
                matches.add(new ActorMatch(
                        words.words().get(h.start()).begin(),
                        words.words().get(h.end() - 1).end(),
                        h.value()));
                i = h.end();
            } else {
                i++;
            }
        }
        return matches;
    }

    /**
     * A country's institution named by a phrase: the phrase ends with an institution word and a country
     * name or demonym comes at most three words before it ("the Syrian government", "Israel Defense
     * Forces", "Russian Defence Ministry spokesman"), or "&lt;institution&gt; of [the] &lt;country&gt;"
     * ("the government of Syria"). Empty when a non-state catalogue actor covers those words
     * ("Syrian Democratic Forces", "Free Syrian Army").
     */
    public Optional<InstitutionMatch> institution(String phrase) {
        Words.Text text = Words.Text.of(phrase);
        int n = text.size();
        Optional<InstitutionMatch> match = Optional.empty();
        for (int s = 0; s < n && match.isEmpty(); s++) {
            Optional<PhraseTrie.Hit<Institution>> head = institutions.matchAt(text, s, n);
            if (head.isPresent() && head.get().end() == n) {
                match = countryBefore(text, head.get());
            } else if (head.isPresent()
                    && head.get().end() < n - 1
                    && text.folded().get(head.get().end()).equals("of")) {
                Optional<PhraseTrie.Hit<Country>> country =
                        countries.matchAt(text, head.get().end() + 1, n);
                if (country.isPresent() && country.get().end() == n) {
                    match = Optional.of(institutionMatch(text, country.get(), head.get()));
                }
            }
        }
        return match.filter(m -> !coveredByNonStateActor(phrase, m));
    }

    /**
     * A name folded as aliases are: lower case, no accents, words joined by single spaces, without a
     * leading article ("the", "al", "el": "Al-Nusra Front" → "nusra front"); a key for telling spellings apart.
     */
    public String foldName(String name) {
        List<String> words = Words.Text.of(name).folded();
        int first = 0;
        while (first < words.size() - 1 && articles.contains(words.get(first))) {
            first++;
        }
        return String.join(" ", words.subList(first, words.size()));
    }

    /** CAMEO-style code of an actor: "LBNREB" for Hezbollah, "IGO" for the UN. */
    public ActorCode code(Actor actor) {
        return ActorCode.of(actor.country().flatMap(countries::byIso2), actor.sector(), actor.acledType());
    }

    private Optional<InstitutionMatch> countryBefore(Words.Text text, PhraseTrie.Hit<Institution> head) {
        for (int c = head.start() - 1; c >= Math.max(0, head.start() - MAX_GAP - 3); c--) {
            Optional<PhraseTrie.Hit<Country>> country = countries.matchAt(text, c, head.start());
            if (country.isPresent() && head.start() - country.get().end() <= MAX_GAP) {
                return Optional.of(institutionMatch(text, country.get(), head));
            }
        }
        return Optional.empty();
    }

    private static InstitutionMatch institutionMatch(
            Words.Text text, PhraseTrie.Hit<Country> country, PhraseTrie.Hit<Institution> head) {
        int first = Math.min(country.start(), head.start());
        int last = Math.max(country.end(), head.end()) - 1;
        return new InstitutionMatch(
                country.value(),
                head.value(),
                text.words().get(first).begin(),
                text.words().get(last).end());
    }

    private boolean coveredByNonStateActor(String phrase, InstitutionMatch m) {
        return findAll(phrase).stream()
                .anyMatch(a -> a.actor().acledType() != 1 && a.begin() < m.end() && m.begin() < a.end());
    }

    private static Actor parse(Tsv.Row row) {
        try {
            EntityType type = EntityType.valueOf(row.get(2).trim());
            String country = row.get(4).trim();
            int acledType;
            try {
                acledType = Integer.parseInt(row.get(6).trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("acledType must be a number 1-8, got '" + row.get(6) + "'");
            }
            return new Actor(
                    row.get(0).trim(),
                    row.get(1).trim(),
                    type,
                    row.list(3),
                    country.equals("-") ? Optional.empty() : Optional.of(country),
                    row.get(5).trim(),
                    acledType,
                    row.list(7));
        } catch (IllegalArgumentException e) {
            throw row.error(e.getMessage());
        }
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>(rest.size() + 1);
        all.add(first);
        all.addAll(rest);
        return all;
    }
}
