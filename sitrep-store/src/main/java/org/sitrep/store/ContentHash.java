package org.sitrep.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.sitrep.model.Document;

/**
 * What an article says, as a SHA-256 over its headline, publication date, dateline and body: two reads of
 * the same article hash the same, and any change to what Sitrep reads from it changes the hash.
 */
final class ContentHash {
    private ContentHash() {}

    static String of(Document d) {
        // NUL cannot occur in read text, so no two different articles join into the same input
        String identity = String.join(
                "\0",
                d.headline(),
                d.published().map(Object::toString).orElse(""),
                d.dateline().orElse(""),
                d.text());
        return sha256(identity);
    }

    private static String sha256(String s) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
