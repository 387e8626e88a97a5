package org.sitrep.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;

/** A store file as another process writes it, read from the side: for tests that run {@code sitrep} in a process. */
final class StoreFiles {
    private StoreFiles() {}

    /** Waits until the store holds {@code atLeast} articles; returns how many it holds then. */
    static long waitForArticles(Path db, int atLeast, Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(db) && Files.size(db) > 0) {
                long n = rows(db, "articles");
                if (n >= atLeast) {
                    return n;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the ingest stored fewer than " + atLeast + " articles in " + within);
    }

    /** The rows of {@code table}, 0 while the store has no such table yet. */
    static long rows(Path db, String table) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT count(*) FROM sqlite_master WHERE name = '" + table + "'")) {
                r.next();
                if (r.getLong(1) == 0) {
                    return 0;
                }
            }
            try (ResultSet r = s.executeQuery("SELECT count(*) FROM " + table)) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
