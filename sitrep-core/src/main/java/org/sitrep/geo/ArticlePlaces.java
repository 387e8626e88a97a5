package org.sitrep.geo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves all the place names of an article together, as CLIFF and Mordecai do: each name first in the article's
 * country evidence alone, then again, {@link #ROUNDS} times, with the other names' current readings as context
 * places, so that the reading that keeps the article's places together wins ("Paris" beside "Cookeville" and
 * "Nashville" is Paris, Tennessee). A name written with a qualifier ("Paris, Tenn.") keeps to places inside it, and
 * so does the same name elsewhere in the article (one sense per article).
 */
final class ArticlePlaces {
    static final int ROUNDS = 2;

    /**
     * A place name to resolve; names with the same key are one toponym.
     *
     * @param part the name names part of this place ("Northeast Georgia" is resolved as "Georgia", at region
     *     precision)
     */
    record Toponym(String key, String name, Optional<Qualifier> qualifier, boolean part) {}

    private ArticlePlaces() {}

    static Map<String, ResolvedPlace> resolve(PlaceResolver resolver, List<Toponym> toponyms, PlaceContext base) {
        Map<String, Toponym> byKey = new LinkedHashMap<>();
        for (Toponym t : toponyms) {
            byKey.merge(t.key(), t, (a, b) -> a.qualifier().isPresent() ? a : b);
        }
        Map<String, ResolvedPlace> chosen = new LinkedHashMap<>();
        for (Toponym t : byKey.values()) {
            resolveOne(resolver, t, base).ifPresent(r -> chosen.put(t.key(), r));
        }
        for (int round = 0; round < ROUNDS && chosen.size() > 1; round++) {
            Map<String, ResolvedPlace> next = new LinkedHashMap<>();
            for (Toponym t : byKey.values()) {
                List<Place> others = new ArrayList<>();
                chosen.forEach((key, r) -> {
                    if (!key.equals(t.key())) {
                        others.add(r.place());
                    }
                });
                resolveOne(resolver, t, base.withPlaces(others)).ifPresent(r -> next.put(t.key(), r));
            }
            boolean settled = samePlaces(next, chosen);
            chosen.clear();
            chosen.putAll(next);
            if (settled) {
                break; // the same readings again: another round would see the same context
            }
        }
        return chosen;
    }

    private static boolean samePlaces(Map<String, ResolvedPlace> a, Map<String, ResolvedPlace> b) {
        if (!a.keySet().equals(b.keySet())) {
            return false;
        }
        for (Map.Entry<String, ResolvedPlace> e : a.entrySet()) {
            if (e.getValue().place().geonameId() != b.get(e.getKey()).place().geonameId()) {
                return false;
            }
        }
        return true;
    }

    private static Optional<ResolvedPlace> resolveOne(PlaceResolver resolver, Toponym t, PlaceContext context) {
        Optional<ResolvedPlace> r = resolveName(resolver, t, context);
        return t.part()
                ? r.map(p -> new ResolvedPlace(
                        p.place(), ResolvedPlace.REGION, "part of " + p.place().name() + "; " + p.reason(), p.score()))
                : r;
    }

    private static Optional<ResolvedPlace> resolveName(PlaceResolver resolver, Toponym t, PlaceContext context) {
        if (t.qualifier().isEmpty()) {
            return resolver.resolve(t.name(), context);
        }
        Qualifier q = t.qualifier().get();
        return resolver.resolve(t.name(), context, q::strictlyContains)
                .map(r -> q.strictlyContains(r.place())
                        ? new ResolvedPlace(
                                r.place(), r.precision(), "inside " + q.label() + "; " + r.reason(), r.score())
                        : r);
    }
}
