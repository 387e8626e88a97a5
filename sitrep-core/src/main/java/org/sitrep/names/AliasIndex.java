package org.sitrep.names;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Aliases of values, looked up folded (case, accents, apostrophes, hyphens, leading articles) except
 * short all-caps acronyms, which match only as written. Leading articles in {@code articles} are
 * ignored; those in {@code keptArticles} (like "al-") stay inside a matched span, the others ("the") do not.
 */
public final class AliasIndex<V> {
    private final PhraseTrie<V> exact = new PhraseTrie<>();
    private final PhraseTrie<V> folded = new PhraseTrie<>();
    private final Set<String> articles;
    private final Set<String> keptArticles;

    public AliasIndex(Set<String> articles, Set<String> keptArticles) {
        this.articles = Set.copyOf(articles);
        this.keptArticles = Set.copyOf(keptArticles);
    }

    /** Adds an alias and returns the value that the same key held before, if any. */
    public Optional<V> add(String alias, V value) {
        List<Words.Word> words = Words.split(alias);
        if (words.isEmpty()) {
            throw new IllegalArgumentException("alias '" + alias + "' has no letters or digits");
        }
        if (Words.isCaseSensitive(alias)) {
            return exact.put(Words.raw(words), value);
        }
        List<String> key = Words.folded(words);
        return folded.put(key.subList(articlesAt(key, 0, key.size() - 1), key.size()), value);
    }

    /** The value whose alias is the whole surface string. */
    public Optional<V> lookup(String surface) {
        Words.Text text = Words.Text.of(surface);
        if (text.size() == 0) {
            return Optional.empty();
        }
        int start = articlesAt(text.folded(), 0, text.size() - 1);
        Optional<V> hit = exact.get(text.raw().subList(start, text.size()));
        if (hit.isEmpty() && start > 0) {
            hit = exact.get(text.raw());
        }
        return hit.isPresent() ? hit : folded.get(text.folded().subList(start, text.size()));
    }

    /** The longest alias match starting at word i (or after articles at i), ending at or before word limit. */
    public Optional<PhraseTrie.Hit<V>> matchAt(Words.Text text, int i, int limit) {
        PhraseTrie.Hit<V> best = null;
        int lastStart = articlesAt(text.folded(), i, limit - 1);
        for (int j = i; j <= lastStart; j++) {
            for (Optional<PhraseTrie.Hit<V>> candidate :
                    List.of(exact.longestAt(text.raw(), j, limit), folded.longestAt(text.folded(), j, limit))) {
                PhraseTrie.Hit<V> hit = candidate.orElse(null);
                if (hit != null && (best == null || hit.end() > best.end())) {
                    int start = j;
                    while (start > i && keptArticles.contains(text.folded().get(start - 1))) {
                        start--;
                    }
                    best = new PhraseTrie.Hit<>(start, hit.end(), hit.value());
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** Index of the first word at or after i that is not a leading article, at most max. */
    private int articlesAt(List<String> folded, int i, int max) {
        int j = i;
        while (j < max && articles.contains(folded.get(j))) {
            j++;
        }
        return j;
    }
}
