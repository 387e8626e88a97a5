package org.sitrep.names;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Maps word sequences to values and finds the longest sequence starting at a word: one hash look-up per word. */
public final class PhraseTrie<V> {
    /** A match of words [start, end) of the queried list. */
    public record Hit<V>(int start, int end, V value) {}

    private static final class Node<V> {
        final Map<String, Node<V>> children = new HashMap<>(4);
        V value;
    }

    private final Node<V> root = new Node<>();

    /** Stores the value under the words and returns the value stored there before, if any. */
    public Optional<V> put(List<String> words, V value) {
        if (words.isEmpty()) {
            throw new IllegalArgumentException("empty phrase");
        }
        Node<V> node = root;
        for (String w : words) {
            node = node.children.computeIfAbsent(w, k -> new Node<>());
        }
        V previous = node.value;
        node.value = value;
        return Optional.ofNullable(previous);
    }

    public Optional<V> get(List<String> words) {
        Node<V> node = root;
        for (String w : words) {
            node = node.children.get(w);
            if (node == null) {
                return Optional.empty();
            }
        }
        return Optional.ofNullable(node.value);
    }

    /** The longest stored phrase that starts at words[start] and ends at or before {@code limit}. */
    public Optional<Hit<V>> longestAt(List<String> words, int start, int limit) {
        Node<V> node = root;
        Hit<V> best = null;
        for (int i = start; i < limit; i++) {
            node = node.children.get(words.get(i));
            if (node == null) {
                break;
            }
            if (node.value != null) {
                best = new Hit<>(start, i + 1, node.value);
            }
        }
        return Optional.ofNullable(best);
    }
}
