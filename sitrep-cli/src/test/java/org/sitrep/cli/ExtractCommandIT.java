package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.testing.DocumentSchema;
import picocli.CommandLine;

/** The extract command end to end: schema-valid records, bad input reported and the batch going on. */
class ExtractCommandIT {
    @TempDir
    Path dir;

    @Test
    void printsSchemaValidRecordsAndReportsBadInputWithoutStopping() throws Exception {
        Files.copy(Path.of("examples", "tal-afar.txt"), dir.resolve("a-good.txt"));
        Files.write(dir.resolve("b-binary.txt"), new byte[] {0, 1, 2, 3, 0, 0, 5});
        Files.writeString(dir.resolve("c-empty.txt"), "  \n");
        Files.writeString(
                dir.resolve("d-nodate.txt"),
                "Rebels released two hostages in the town of Kidal on Monday, officials said.\n");
        Files.writeString(
                dir.resolve("e-quake.txt"), "A powerful earthquake struck central Morocco on Friday night.\n");

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream original = System.out;
        int status;
        try {
            System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
            status = new CommandLine(new Main()).execute("extract", "--format", "jsonl", dir.toString());
        } finally {
            System.setOut(original);
        }
        assertEquals(1, status, "bad input makes the exit status non-zero");
        String[] lines = bytes.toString(StandardCharsets.UTF_8).trim().split("\n");
        assertEquals(5, lines.length, "one record per input, rejected ones included");
        ObjectMapper mapper = new ObjectMapper();
        for (String line : lines) {
            JsonNode record = mapper.readTree(line);
            assertEquals(
                    java.util.List.of(),
                    DocumentSchema.get().violations(record),
                    record.get("source").asText());
        }
        JsonNode good = mapper.readTree(lines[0]);
        assertEquals("2017-03-12", good.get("published").asText());
        assertTrue(good.get("events").size() >= 5);
        assertEquals(
                "INGEST_BINARY",
                mapper.readTree(lines[1]).get("errors").get(0).get("code").asText());
        assertEquals(
                "INGEST_EMPTY",
                mapper.readTree(lines[2]).get("errors").get(0).get("code").asText());
        JsonNode noDate = mapper.readTree(lines[3]);
        assertEquals("NO_DATE", noDate.get("errors").get(0).get("code").asText());
        JsonNode release = noDate.get("events").get(0);
        assertEquals("RELEASE", release.get("type").asText());
        assertTrue(
                release.get("time").isNull() || release.get("time").get("value").isNull(),
                "relative time left unresolved");
        JsonNode quake = mapper.readTree(lines[4]).get("events").get(0);
        assertEquals("NATURAL_DISASTER", quake.get("type").asText());
        assertTrue(quake.get("mappings").get("cameo").isNull(), "CAMEO has no code for a natural disaster: " + quake);
    }
}
