package org.sitrep.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The article text cleaned of page furniture: read times, date lines and bylines near the top,
 * photo captions and reporting credits anywhere. Keeps the date a date line gave.
 *
 * @param paragraphs clean paragraphs, none blank
 * @param date       the publication date from a date line, preferring "Published" over "Updated"
 */
record BodyText(List<String> paragraphs, Optional<LocalDate> date) {
    /** Furniture such as a date line is only looked for among the first lines of the text. */
    static final int HEADER_LINES = 8;

    private static final int WRAP_WIDTH = 100;

    BodyText {
        paragraphs = List.copyOf(paragraphs);
    }

    /** Plain text: blank lines and dropped lines end paragraphs; hard-wrapped lines are joined. */
    static BodyText fromLines(List<String> lines) {
        return clean(lines, true);
    }

    /** Blocks that are already paragraphs (HTML paragraphs, JSON list items). */
    static BodyText fromBlocks(List<String> blocks) {
        return clean(blocks, false);
    }

    BodyText withoutLeading(String headline) {
        // a one-paragraph text equal to its title (a short wire item) is the text, not a repeated headline
        if (paragraphs.size() > 1 && !headline.isEmpty() && paragraphs.get(0).equals(headline)) {
            return new BodyText(paragraphs.subList(1, paragraphs.size()), date);
        }
        return this;
    }

    private static BodyText clean(List<String> lines, boolean joinWrapped) {
        List<String> paragraphs = new ArrayList<>();
        List<String> block = new ArrayList<>();
        Optional<LocalDate> published = Optional.empty();
        Optional<LocalDate> updated = Optional.empty();
        int seen = 0;
        for (String raw : lines) {
            String line = Text.squeeze(raw);
            if (line.isEmpty()) {
                flush(block, paragraphs, joinWrapped);
                continue;
            }
            seen++;
            LineKind kind = LineKind.of(line);
            if (kind == LineKind.TEXT || (kind.isHeaderOnly() && seen > HEADER_LINES)) {
                block.add(line);
                if (!joinWrapped) {
                    flush(block, paragraphs, false);
                }
                continue;
            }
            Optional<LocalDate> date = kind.isHeaderOnly() ? Dates.find(line) : Optional.empty();
            if (line.toLowerCase(Locale.ROOT).matches("(?:last )?updated\\b.*")) {
                updated = updated.or(() -> date);
            } else {
                published = published.or(() -> date);
            }
            flush(block, paragraphs, joinWrapped);
        }
        flush(block, paragraphs, joinWrapped);
        return new BodyText(paragraphs, published.isPresent() ? published : updated);
    }

    private static void flush(List<String> block, List<String> paragraphs, boolean joinWrapped) {
        if (block.isEmpty()) {
            return;
        }
        if (joinWrapped && isHardWrapped(block)) {
            paragraphs.add(String.join(" ", block));
        } else {
            paragraphs.addAll(block);
        }
        block.clear();
    }

    /** Lines of one paragraph broken at a fixed width, rather than one paragraph per line. */
    private static boolean isHardWrapped(List<String> block) {
        if (block.size() < 2) {
            return false;
        }
        int open = 0;
        for (String line : block.subList(0, block.size() - 1)) {
            if (line.length() > WRAP_WIDTH) {
                return false;
            }
            if (!line.matches(".*[.!?:\"'”’)]")) {
                open++;
            }
        }
        return open * 2 >= block.size() - 1;
    }
}
