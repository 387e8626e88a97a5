package org.sitrep.ingest;

import java.util.Locale;
import java.util.regex.Pattern;

/** The formats the ingester reads, told apart by content; the extension only breaks ties. */
enum Format {
    TEXT,
    HTML,
    JSON,
    JSON_LINES;

    private static final Pattern HTML_TAGS = Pattern.compile("(?i)<(?:html|body|article|head)\\b|<p>|<div\\b");

    static Format detect(String text, String fileName) {
        String start = text.stripLeading();
        String extension = extension(fileName);
        if (extension.equals("jsonl") || extension.equals("ndjson")) {
            return JSON_LINES;
        }
        if (start.startsWith("{")
                || (start.startsWith("[") && (extension.equals("json") || looksLikeJsonArray(start)))) {
            return JsonReader.isJsonLines(start) ? JSON_LINES : JSON;
        }
        if (start.startsWith("<")
                || extension.matches("x?html?")
                || HTML_TAGS
                        .matcher(start.substring(0, Math.min(start.length(), 4096)))
                        .find()) {
            return HTML;
        }
        return TEXT;
    }

    /** "[{" or "[]" or "[\"": a JSON array rather than a text that opens with "[Updated]". */
    private static boolean looksLikeJsonArray(String start) {
        String afterBracket = start.substring(1).stripLeading();
        return afterBracket.isEmpty() || "{[\"]".indexOf(afterBracket.charAt(0)) >= 0;
    }

    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
