package org.sitrep.model;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Items of a document found by position: which of them cover a span. Built once per document, so a stage
 * that asks for every token costs n log n, not n² as a scan of the whole list per token would.
 */
public final class SpanIndex<T> {
    private final List<T> items;
    private final Function<T, CharSpan> span;
    private final int[] begins;
    private final int[] maxEnds;

    private SpanIndex(List<T> items, Function<T, CharSpan> span) {
        this.items = items;
        this.span = span;
        begins = new int[items.size()];
        maxEnds = new int[items.size()];
        int maxEnd = -1;
        for (int i = 0; i < items.size(); i++) {
            CharSpan s = span.apply(items.get(i));
            begins[i] = s.begin();
            maxEnd = Math.max(maxEnd, s.end());
            maxEnds[i] = maxEnd; // the furthest any item up to i reaches: the backward scan stops below it
        }
    }

    public static <T> SpanIndex<T> of(List<T> items, Function<T, CharSpan> span) {
        requireNonNull(span, "span is null");
        List<T> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparingInt(t -> span.apply(t).begin()));
        return new SpanIndex<>(sorted, span);
    }

    /** The items whose span contains {@code inner}, in order of their start. */
    public List<T> covering(CharSpan inner) {
        List<T> result = new ArrayList<>();
        int last = lastBeginningAtOrBefore(inner.begin());
        for (int i = last; i >= 0 && maxEnds[i] >= inner.end(); i--) {
            if (span.apply(items.get(i)).contains(inner)) {
                result.add(items.get(i));
            }
        }
        Collections.reverse(result);
        return result;
    }

    /** The items whose span lies inside {@code outer}, in order of their start. */
    public List<T> within(CharSpan outer) {
        List<T> result = new ArrayList<>();
        for (int i = lastBeginningAtOrBefore(outer.begin() - 1) + 1; i < items.size() && begins[i] < outer.end(); i++) {
            if (outer.contains(span.apply(items.get(i)))) {
                result.add(items.get(i));
            }
        }
        return result;
    }

    public boolean anyCovers(CharSpan inner) {
        int last = lastBeginningAtOrBefore(inner.begin());
        for (int i = last; i >= 0 && maxEnds[i] >= inner.end(); i--) {
            if (span.apply(items.get(i)).contains(inner)) {
                return true;
            }
        }
        return false;
    }

    private int lastBeginningAtOrBefore(int offset) {
        int low = 0;
        int high = begins.length - 1;
        int found = -1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (begins[mid] <= offset) {
                found = mid;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return found;
    }
}
