package org.sitrep.geo;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Folded name → places, kept small: a key with one place maps to the place itself, a key with more to an
 * array (most of the 575k keys name one place). Not thread-safe while filled; read-only afterwards.
 */
final class NameIndex {
    private final Map<String, Object> map = new HashMap<>(1 << 20);

    void add(String key, Place place) {
        Object old = map.get(key);
        if (old == null) {
            map.put(key, place);
        } else if (old instanceof Place one) {
            if (one != place) {
                map.put(key, new Place[] {one, place});
            }
        } else {
            Place[] many = (Place[]) old;
            for (Place p : many) {
                if (p == place) {
                    return;
                }
            }
            Place[] grown = Arrays.copyOf(many, many.length + 1);
            grown[many.length] = place;
            map.put(key, grown);
        }
    }

    List<Place> get(String key) {
        Object value = map.get(key);
        if (value == null) {
            return List.of();
        }
        return value instanceof Place one ? List.of(one) : List.of((Place[]) value);
    }

    /** Puts each key's places in {@code order}, once, when filling is over: lookups then need no sort. */
    void sortEach(Comparator<Place> order) {
        for (Object value : map.values()) {
            if (value instanceof Place[] many) {
                Arrays.sort(many, order);
            }
        }
    }

    int keys() {
        return map.size();
    }
}
