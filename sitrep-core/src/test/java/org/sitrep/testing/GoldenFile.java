package org.sitrep.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The expected side of a golden test. A missing file fails the test instead of being written from the
 * output it should check: otherwise a new case passes whatever Sitrep reads. {@code -Dgolden.update=true}
 * (re)writes the files from the current output, for review in the diff.
 */
public final class GoldenFile {
    public static final String UPDATE_PROPERTY = "golden.update";

    private GoldenFile() {}

    /** The text {@code actual} must equal: the file's, or {@code actual} itself after writing it when {@code update}. */
    public static String expected(Path file, String actual, boolean update) throws IOException {
        if (update) {
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            return actual;
        }
        if (!Files.exists(file)) {
            fail(("golden file %s is missing; to create it from the current output run "
                            + "`mvn -B verify -D%s=true`, then review and commit it")
                    .formatted(file, UPDATE_PROPERTY));
        }
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    /** Whether this run rewrites the golden files ({@code -Dgolden.update=true}). */
    public static boolean updating() {
        return Boolean.getBoolean(UPDATE_PROPERTY);
    }
}
