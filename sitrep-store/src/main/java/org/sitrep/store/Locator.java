package org.sitrep.store;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where an article lives, so that a new version of it replaces the old one: its URL when the record gave
 * one (the source reads "URL (path#line)"), else the source itself (a file's path, or "feed.jsonl#3").
 */
final class Locator {
    private static final Pattern URL_THEN_PATH = Pattern.compile("(\\p{Alpha}[\\p{Alnum}+.-]*://\\S+) \\(.*\\)");
    private static final Pattern POSITION_IN_FILE = Pattern.compile(".*#\\d+");

    private Locator() {}

    static String of(String source) {
        Matcher m = URL_THEN_PATH.matcher(source);
        return m.matches() ? m.group(1) : source;
    }

    /**
     * Whether whatever later comes from {@code locator} is a version of the article stored under it: a URL or
     * a file of one article is; a record's position in a file of many ("feed.jsonl#3") is not, because a
     * feed that grows or is edited moves its records to other lines.
     */
    static boolean namesOneArticle(String locator) {
        return !POSITION_IN_FILE.matcher(locator).matches();
    }
}
