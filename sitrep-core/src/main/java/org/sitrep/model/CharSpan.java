package org.sitrep.model;

/** Half-open [begin, end) UTF-16 offsets into {@link Document#text()}, exactly like {@link String#substring}. */
public record CharSpan(int begin, int end) {
    public CharSpan {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("expected 0 <= begin <= end, got begin=%d end=%d".formatted(begin, end));
        }
    }

    public boolean contains(CharSpan other) {
        return begin <= other.begin && other.end <= end;
    }

    public boolean overlaps(CharSpan other) {
        return begin < other.end && other.begin < end;
    }

    public int length() {
        return end - begin;
    }
}
