package org.sitrep.extract.entities;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * Union-find over candidate indexes: which mentions have been found to name the same entity. Each root
 * keeps its members and its salience, so asking for them costs the cluster's size, not the article's.
 */
final class Clusters {
    private final int[] parent;
    private final int[] names;
    private final List<List<Integer>> members;

    /** @param isName which candidates are names: a cluster's salience counts them three times */
    Clusters(int size, IntPredicate isName) {
        parent = new int[size];
        names = new int[size];
        members = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            parent[i] = i;
            names[i] = isName.test(i) ? 1 : 0;
            List<Integer> own = new ArrayList<>(1);
            own.add(i);
            members.add(own);
        }
    }

    int find(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** Joins the two clusters; the one whose root comes first in the text stays the root. */
    void union(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra == rb) {
            return;
        }
        int root = Math.min(ra, rb);
        int child = Math.max(ra, rb);
        parent[child] = root;
        names[root] += names[child];
        List<Integer> kept = members.get(root);
        List<Integer> moved = members.get(child);
        if (kept.size() < moved.size()) { // append the smaller list: n log n copies in all
            List<Integer> swap = kept;
            kept = moved;
            moved = swap;
        }
        kept.addAll(moved);
        members.set(root, kept);
        members.set(child, List.of());
    }

    boolean same(int a, int b) {
        return find(a) == find(b);
    }

    /** Members of each cluster in index order, clusters in order of their first member. */
    List<List<Integer>> groups() {
        Map<Integer, List<Integer>> byRoot = new LinkedHashMap<>();
        for (int i = 0; i < parent.length; i++) {
            byRoot.computeIfAbsent(find(i), k -> new ArrayList<>()).add(i);
        }
        return new ArrayList<>(byRoot.values());
    }

    boolean holdsName(int i) {
        return names[find(i)] > 0;
    }

    /** How prominent i's entity is: 3 for each name, 1 for each other mention. */
    int salience(int i) {
        int root = find(i);
        return members.get(root).size() + 2 * names[root];
    }

    /** Members of i's cluster, in no particular order. */
    List<Integer> members(int i) {
        return Collections.unmodifiableList(members.get(find(i)));
    }
}
