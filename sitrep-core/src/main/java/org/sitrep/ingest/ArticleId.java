package org.sitrep.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * An article's id, the same for the same article from a file of the same name in any batch, at any
 * position and in any run:
 * the record's own {@code id} field as given (the user's key, kept so records join back to their
 * data), else a readable stem and 12 hex digits of the SHA-256 of the article's identity: its URL
 * when it has one, its headline and its body as read. The stem is the file name without its
 * extension ("stdin" for standard input), cleaned for use in a URL path; the hash alone is the content's
 * identity, shared by copies under other file names. Nothing depends on the other
 * documents of the batch, so nothing has to be remembered from one document to the next.
 */
final class ArticleId {
    static final int HASH_HEX_DIGITS = 12;
    private static final int MAX_STEM = 60;

    private ArticleId() {}

    static String of(Optional<String> recordId, String stem, Optional<String> url, String headline, String body) {
        return recordId.map(String::strip)
                .filter(id -> !id.isEmpty())
                .orElseGet(() -> clean(stem) + "-" + hash(url.orElse(""), headline, body));
    }

    /** Letters, digits, '.', '_' and '-' kept, any run of other characters one '-': "Gaza truce (2).v2" gives "Gaza-truce-2-.v2". */
    static String clean(String stem) {
        StringBuilder out = new StringBuilder();
        stem.codePoints().forEach(c -> {
            boolean keep = Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-';
            if (keep) {
                out.appendCodePoint(c);
            } else if (out.length() > 0 && out.charAt(out.length() - 1) != '-') {
                out.append('-');
            }
        });
        String cleaned = out.toString().replaceAll("-+$", "");
        if (cleaned.length() > MAX_STEM) {
            int cut = Character.isHighSurrogate(cleaned.charAt(MAX_STEM - 1)) ? MAX_STEM - 1 : MAX_STEM;
            cleaned = cleaned.substring(0, cut);
        }
        return cleaned.isEmpty() ? "article" : cleaned;
    }

    /** NUL separates the parts: the cleaned text never holds one, so no two identities hash the same input. */
    static String hash(String url, String headline, String body) {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
        byte[] digest = sha256.digest((url + '\0' + headline + '\0' + body).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest).substring(0, HASH_HEX_DIGITS);
    }
}
