package org.sitrep.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * The article text cleaned of page furniture: read times, date lines and bylines near the top,
 * photo captions and reporting credits anywhere. Keeps the dates the head's lines gave. A dateline
 * standing alone ("MOGADISHU —") opens the paragraph after it.
 *
 * @param paragraphs clean paragraphs, none blank
 * @param stamps     the dates of the date lines, bylines and timestamps near the top, with their labels
 */
record BodyText(List<String> paragraphs, List<StampLine.Stamp> stamps) {
    /** Furniture such as a date line is only looked for among the first lines of the text. */
    static final int HEADER_LINES = 8;

    private static final int WRAP_WIDTH = 100;

    BodyText {
        paragraphs = List.copyOf(paragraphs);
        stamps = List.copyOf(stamps);
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
            return new BodyText(paragraphs.subList(1, paragraphs.size()), stamps);
        }
        return this;
    }

    private static BodyText clean(List<String> lines, boolean joinWrapped) {
        List<String> paragraphs = new ArrayList<>();
        List<String> block = new ArrayList<>();
        List<StampLine.Stamp> stamps = new ArrayList<>();
        int seen = 0;
        LineKind previous = LineKind.TEXT;
        String credit = null; // a name line in the head, kept back until the next line tells what it is
        for (String raw : lines) {
            String line = Text.squeeze(raw);
            if (line.isEmpty()) {
                if (credit != null) {
                    add(credit, block, paragraphs, joinWrapped);
                    credit = null;
                }
                flush(block, paragraphs, joinWrapped);
                continue;
            }
            seen++;
            LineKind kind = LineKind.of(line);
            boolean header = seen <= HEADER_LINES;
            if (header && kind.isHeaderOnly()) {
                credit = null; // "Jane Doe in Tirana" above a date line: the byline's place, not text
            } else if (credit != null) {
                add(credit, block, paragraphs, joinWrapped);
                credit = null;
            }
            if (kind == LineKind.TEXT && header && LineKind.isNameLine(line)) {
                if (previous != LineKind.BYLINE) {
                    credit = line; // "BBC News, Lagos" under a byline is dropped at once
                }
                previous = kind;
                continue;
            }
            previous = kind;
            if (kind == LineKind.TEXT || (kind.isHeaderOnly() && !header)) {
                add(line, block, paragraphs, joinWrapped);
                continue;
            }
            if (kind.isHeaderOnly()) {
                stamps.addAll(StampLine.stamps(line));
            }
            flush(block, paragraphs, joinWrapped);
        }
        if (credit != null) {
            add(credit, block, paragraphs, joinWrapped);
        }
        flush(block, paragraphs, joinWrapped);
        joinLoneDateline(paragraphs);
        return new BodyText(paragraphs, stamps);
    }

    /** "KABUL, Afghanistan (AP) —" as a paragraph of its own opens the next one, as it does in print. */
    private static void joinLoneDateline(List<String> paragraphs) {
        for (int i = 0; i < Math.min(2, paragraphs.size() - 1); i++) {
            if (Dateline.isAlone(paragraphs.get(i))) {
                paragraphs.set(i, paragraphs.get(i) + " " + paragraphs.remove(i + 1));
                return;
            }
        }
    }

    private static void add(String line, List<String> block, List<String> paragraphs, boolean joinWrapped) {
        block.add(line);
        if (!joinWrapped) {
            flush(block, paragraphs, false);
        }
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
        int longest = block.stream().mapToInt(String::length).max().orElse(0);
        for (String line : block.subList(0, block.size() - 1)) {
            // a wrapped line fills the width; a much shorter one is a title or label above its paragraph
            if (line.length() > WRAP_WIDTH || line.length() * 2 < longest) {
                return false;
            }
            if (!line.matches(".*[.!?:\"'”’)]")) {
                open++;
            }
        }
        return open * 2 >= block.size() - 1;
    }
}
