package org.sitrep.extract.entities;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Union-find over candidate indexes: which mentions have been found to name the same entity. */
final class Clusters {
    private final int[] parent;

    Clusters(int size) {
        parent = new int[size];
        for (int i = 0; i < size; i++) {
            parent[i] = i;
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
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    boolean same(int a, int b) {
        return find(a) == find(b);
    }

    /** Members of each cluster, clusters in order of their first member. */
    List<List<Integer>> groups() {
        Map<Integer, List<Integer>> byRoot = new LinkedHashMap<>();
        for (int i = 0; i < parent.length; i++) {
            byRoot.computeIfAbsent(find(i), k -> new ArrayList<>()).add(i);
        }
        return new ArrayList<>(byRoot.values());
    }

    List<Integer> members(int i) {
        int root = find(i);
        List<Integer> result = new ArrayList<>();
        for (int j = 0; j < parent.length; j++) {
            if (find(j) == root) {
                result.add(j);
            }
        }
        return result;
    }
}
