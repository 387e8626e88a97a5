package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.EventStore;
import picocli.CommandLine;

/** {@code sitrep serve} refuses to start with a message that says what is wrong, never a wrong one. */
class ServeCommandTest {
    @TempDir
    Path dir;

    private record Run(int status, String err) {}

    private static Run run(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream originalErr = System.err;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int status = new CommandLine(new Main()).execute(args);
            return new Run(status, err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(originalErr);
        }
    }

    private Path store() {
        Path db = dir.resolve("serve.db");
        try (EventStore store = EventStore.open(db)) {
            store.counts();
        }
        return db;
    }

    @Test
    void anUnknownHostIsNamedAsSuchNotAsAPortInUse() {
        Run run = run("serve", "--db", store().toString(), "--host", "999.1.1.1", "--port", "0");
        assertEquals(2, run.status(), run.err());
        assertTrue(run.err().contains("--host 999.1.1.1"), run.err());
        assertFalse(run.err().contains("Port already in use"), run.err());
    }

    @Test
    void aPortInUseIsSaid() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Run run = run("serve", "--db", store().toString(), "--port", String.valueOf(taken.getLocalPort()));
            assertEquals(2, run.status(), run.err());
            assertTrue(run.err().contains("in use"), run.err());
        }
    }

    @Test
    void aMissingStoreIsNotCreated() {
        Path missing = dir.resolve("missing.db");
        Run run = run("serve", "--db", missing.toString(), "--port", "0");
        assertEquals(2, run.status(), run.err());
        assertTrue(run.err().contains("no store at"), run.err());
        assertFalse(Files.exists(missing));
    }
}
