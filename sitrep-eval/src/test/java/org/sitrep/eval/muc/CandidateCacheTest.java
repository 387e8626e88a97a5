package org.sitrep.eval.muc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Document;

class CandidateCacheTest {
    @TempDir
    Path directory;

    @Test
    void candidatesComeBackAsTheyWereStoredForTheSameKeyAndDocumentCount() throws IOException {
        CandidateCache cache = new CandidateCache(directory);
        List<List<FillerCandidate>> candidates = List.of(
                List.of(new FillerCandidate(
                        "bombing", MucRole.WEAPON, "car bomb", "a car bomb", "trigger", List.of("Weapon:bias"))),
                List.of());
        assertEquals(Optional.empty(), cache.read("k1", 2));
        cache.write("k1", candidates);
        assertEquals(Optional.of(candidates), cache.read("k1", 2));
        // a file for another number of documents is not theirs
        assertEquals(Optional.empty(), cache.read("k1", 3));
        assertEquals(Optional.empty(), cache.read("k2", 2));
    }

    @Test
    void theKeyChangesWithTheDataFile() throws IOException {
        Path data = directory.resolve("train.json");
        Files.writeString(data, "{\"docid\": \"1\"}\n");
        String before = CandidateCache.key(data, Document.class);
        assertEquals(before, CandidateCache.key(data, Document.class));
        Files.writeString(data, "{\"docid\": \"2\"}\n");
        assertNotEquals(before, CandidateCache.key(data, Document.class));
    }
}
