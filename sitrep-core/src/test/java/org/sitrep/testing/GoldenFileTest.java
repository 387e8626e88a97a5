package org.sitrep.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

class GoldenFileTest {
    @TempDir
    Path dir;

    @Test
    void aMissingFileFailsAndSaysHowToCreateIt() {
        Path file = dir.resolve("new-case.expected");
        AssertionFailedError e =
                assertThrows(AssertionFailedError.class, () -> GoldenFile.expected(file, "ATTACK ...\n", false));
        assertEquals(
                "golden file " + file + " is missing; to create it from the current output run "
                        + "`mvn -B verify -Dgolden.update=true`, then review and commit it",
                e.getMessage());
        assertFalse(Files.exists(file), "nothing is written without -Dgolden.update=true");
    }

    @Test
    void anExistingFileIsWhatTheOutputMustEqual() throws Exception {
        Path file = Files.writeString(dir.resolve("case.expected"), "before\n");
        assertEquals("before\n", GoldenFile.expected(file, "after\n", false));
        assertEquals("before\n", Files.readString(file));
    }

    @Test
    void updatingWritesMissingAndChangedFiles() throws Exception {
        Path missing = dir.resolve("new-case.expected");
        assertEquals("now\n", GoldenFile.expected(missing, "now\n", true));
        assertEquals("now\n", Files.readString(missing));
        Path changed = Files.writeString(dir.resolve("case.expected"), "before\n");
        GoldenFile.expected(changed, "after\n", true);
        assertEquals("after\n", Files.readString(changed));
    }
}
