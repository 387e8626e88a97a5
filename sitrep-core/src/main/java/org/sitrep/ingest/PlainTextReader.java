package org.sitrep.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Plain-text articles: an optional headline on the first line (or under a date line or byline), then the text with its furniture
 * (read time, date line, byline, photo caption) dropped by {@link BodyText}.
 */
final class PlainTextReader {
    static final int MAX_HEADLINE = 200;
    private static final int MAX_LINES_ABOVE_HEADLINE = 2;

    private PlainTextReader() {}

    static Reading.Parsed read(String text, String location) {
        List<String> lines = Arrays.asList(text.split("\n", -1));
        int first = 0;
        while (first < lines.size() && lines.get(first).isBlank()) {
            first++;
        }
        // a date line or byline may stand above the headline ("5 March 2024 | 2 min read"): look past it
        int candidate = first;
        while (candidate < lines.size()
                && candidate - first < MAX_LINES_ABOVE_HEADLINE
                && !lines.get(candidate).isBlank()
                && LineKind.of(Text.squeeze(lines.get(candidate))).isHeaderOnly()) {
            candidate++;
        }
        if (candidate >= lines.size() || lines.get(candidate).isBlank() || !isHeadline(lines, candidate)) {
            candidate = first;
        }
        String headline = "";
        List<String> rest = lines.subList(first, lines.size());
        if (candidate < lines.size() && isHeadline(lines, candidate)) {
            headline = Text.squeeze(lines.get(candidate));
            rest = new ArrayList<>(lines.subList(first, candidate));
            rest.addAll(lines.subList(candidate + 1, lines.size()));
        }
        return Reading.Parsed.of(
                location, headline, Optional.empty(), BodyText.fromLines(rest).withoutLeading(headline));
    }

    /**
     * A first line is a headline when it is short, does not end in a full stop, is not itself a date
     * or byline, and is not the first line of a hard-wrapped paragraph (the next line starts anew).
     */
    private static boolean isHeadline(List<String> lines, int index) {
        String line = Text.squeeze(lines.get(index));
        if (line.length() >= MAX_HEADLINE || line.endsWith(".") || LineKind.of(line) != LineKind.TEXT) {
            return false;
        }
        int next = index + 1;
        if (next >= lines.size()) {
            return false;
        }
        String following = Text.squeeze(lines.get(next));
        if (following.isEmpty()) {
            return lines.subList(next, lines.size()).stream().anyMatch(l -> !l.isBlank());
        }
        int c = following.codePointAt(0);
        // "by Jane Doe · March 5, 2024" is furniture under a headline, not the rest of a wrapped paragraph
        return !Character.isLowerCase(c) || LineKind.of(following) != LineKind.TEXT;
    }
}
