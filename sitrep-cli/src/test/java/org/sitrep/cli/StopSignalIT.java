package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.EventStore;

/** Ctrl-C (SIGINT) and SIGTERM sent to a real {@code sitrep} process stop {@code serve} and {@code ingest} cleanly. */
class StopSignalIT {
    private static final Pattern SERVING = Pattern.compile("on http://127\\.0\\.0\\.1:(\\d+)/");

    /**
     * A job started in the background by a shell (`nohup ... &`) inherits SIGINT ignored, and so does every process it
     * starts: the JVM then never sees Ctrl-C. Such a run tests SIGTERM alone instead of failing.
     */
    private static final boolean SIGINT_IGNORED = sigintIgnored();

    private static boolean sigintIgnored() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .filter(line -> line.startsWith("SigIgn:"))
                    .anyMatch(line -> (Long.parseLong(line.substring(7).trim(), 16) & 0x2) != 0);
        } catch (java.io.IOException | RuntimeException e) {
            return false; // not Linux: assume signals as a terminal sends them
        }
    }

    @TempDir
    Path dir;

    private static Process sitrep(Path log, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-Xmx1g",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }

    private static void signal(Process p, String name) throws Exception {
        assertEquals(
                0,
                new ProcessBuilder("kill", "-" + name, Long.toString(p.pid()))
                        .start()
                        .waitFor());
    }

    private static int exit(Process p) throws Exception {
        assertTrue(p.waitFor(2, TimeUnit.MINUTES), "the process stopped");
        return p.exitValue();
    }

    @Test
    void serveStopsOnCtrlCAndOnSigtermWithStatusZero() throws Exception {
        Path db = dir.resolve("serve.db");
        EventStore.open(db).close();
        for (String signal : SIGINT_IGNORED ? List.of("TERM") : List.of("INT", "TERM")) {
            Path log = dir.resolve("serve-" + signal + ".log");
            Process serve = sitrep(log, "serve", "--db", db.toString(), "--port", "0");
            int port = waitForPort(log, serve);
            HttpResponse<String> answer = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/events"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertEquals(200, answer.statusCode(), "the server answered before the signal");
            signal(serve, signal);
            assertEquals(0, exit(serve), "SIG" + signal + ": " + Files.readString(log));
            assertTrue(Files.readString(log).contains("sitrep: stopped"), Files.readString(log));
        }
    }

    @Test
    void anInterruptedIngestStoresWholeArticlesSaysSoAndAReRunFinishes() throws Exception {
        Path articles = dir.resolve("articles");
        int total = 120;
        FixtureArticles.write(articles, total);
        Path db = dir.resolve("ingest.db");
        Path log = dir.resolve("ingest.log");
        Process ingest = sitrep(log, "ingest", "--threads", "1", "--db", db.toString(), articles.toString());
        StoreFiles.waitForArticles(db, 3, Duration.ofMinutes(3));
        signal(ingest, SIGINT_IGNORED ? "TERM" : "INT");
        assertEquals(StopSignal.INTERRUPTED, exit(ingest), Files.readString(log));
        String said = Files.readString(log);
        assertTrue(said.contains("sitrep: interrupted"), said);
        Matcher m =
                Pattern.compile("sitrep: (\\d+) articles stored, 0 unchanged").matcher(said);
        assertTrue(m.find(), said);
        long stored = Long.parseLong(m.group(1));
        assertEquals(stored, StoreFiles.rows(db, "articles"), "it printed what it stored");
        assertTrue(stored < total, "stopped before the end: " + stored);

        Process rerun = sitrep(dir.resolve("rerun.log"), "ingest", "--db", db.toString(), articles.toString());
        assertEquals(0, exit(rerun), Files.readString(dir.resolve("rerun.log")));
        assertTrue(
                Files.readString(dir.resolve("rerun.log"))
                        .contains("%d articles stored, %d unchanged".formatted(total - stored, stored)),
                Files.readString(dir.resolve("rerun.log")));
        assertTrue(StoreFiles.rows(db, "incidents") > 0, "the re-run recomputed the incidents");
    }

    private static int waitForPort(Path log, Process p) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline && p.isAlive()) {
            try (BufferedReader r =
                    new BufferedReader(new InputStreamReader(Files.newInputStream(log), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    Matcher m = SERVING.matcher(line);
                    if (m.find()) {
                        return Integer.parseInt(m.group(1));
                    }
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("serve did not start: " + Files.readString(log));
    }
}
