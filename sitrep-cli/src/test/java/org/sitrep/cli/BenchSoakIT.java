package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Memory does not grow with the corpus: {@code sitrep bench --soak} in a child JVM with a small heap
 * (CoreNLP's models need about 400 MiB of it) streams generated articles through extraction and must
 * finish with the live heap where it was after the first readings. A CI-sized run; the README gives
 * the 10,000-document one.
 */
class BenchSoakIT {
    private static final int DOCUMENTS = 1_000;
    private static final int EVERY = 100;
    /** From the reading at 300 documents, after warm-up: the first readings still hold several MiB of start-up leftovers. */
    private static final int REFERENCE = 2;
    /** Keeping each of these short documents (about 8 KiB) would add about 5.6 MiB over the last 700. */
    private static final double MAX_GROWTH_MIB = 3;

    private static final Pattern ROW = Pattern.compile("^\\| (\\d+) \\| ([\\d.]+) \\| ", Pattern.MULTILINE);

    @Test
    void streamsArticlesUnderASmallHeapWithoutTheLiveHeapGrowing(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(
                        java,
                        "-Xmx768m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        Main.class.getName(),
                        "bench",
                        "--soak",
                        Integer.toString(DOCUMENTS),
                        "--soak-every",
                        Integer.toString(EVERY),
                        "--threads",
                        "2")
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        boolean finished = child.waitFor(20, TimeUnit.MINUTES);
        if (!finished) {
            child.destroyForcibly();
        }
        String output = Files.readString(out, StandardCharsets.UTF_8);
        String log = Files.readString(err, StandardCharsets.UTF_8);
        assertTrue(finished, "the soak did not finish in 20 minutes: " + log);
        assertEquals(
                0, child.exitValue(), () -> "no document failed or ran out of memory under -Xmx768m:\n" + output + log);

        List<double[]> readings = new ArrayList<>(); // documents, live heap MiB
        Matcher row = ROW.matcher(output);
        while (row.find()) {
            readings.add(new double[] {Double.parseDouble(row.group(1)), Double.parseDouble(row.group(2))});
        }
        assertEquals(DOCUMENTS / EVERY, readings.size(), output);
        assertEquals(DOCUMENTS, readings.get(readings.size() - 1)[0], output);
        double growth = readings.get(readings.size() - 1)[1] - readings.get(REFERENCE)[1];
        assertTrue(
                growth < MAX_GROWTH_MIB,
                "live heap grew by " + growth + " MiB from " + (int) readings.get(REFERENCE)[0] + " to " + DOCUMENTS
                        + " documents:\n" + output);
    }
}
