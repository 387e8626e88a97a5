package org.sitrep.store;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.sitrep.incidents.IncidentMerger;
import org.sitrep.model.Document;
import org.sitrep.model.LatLon;
import org.sitrep.model.Problem;
import org.sqlite.Function;

/**
 * Sitrep's embedded store: one SQLite file holding every article read, its entities, events and
 * arguments, full-text indexes over article text and evidence, and the inputs that failed. The schema is
 * versioned (Flyway migrations under {@code org/sitrep/store/migration}) and brought up to date when the
 * store opens.
 *
 * <p>Each article goes in within one transaction, so a killed process leaves whole articles or none
 * (SQLite's write-ahead log, synchronous=NORMAL: what was committed survives the process). Storing is
 * idempotent: an article with the same id and content is not written again, and a new version of an
 * article (same id, or same URL or file: its {@link Locator locator}, other content) replaces the old one.
 *
 * <p>One connection, used from one thread at a time: the caller serialises writes (the ingest loop hands
 * outcomes over on one thread).
 */
public final class EventStore implements AutoCloseable {
    /** Flyway reports each migration at INFO through java.util.logging when no SLF4J binding is present: only warnings matter to a user. */
    private static final Logger FLYWAY_LOG = quiet(Logger.getLogger("org.flywaydb"));

    /** The SQL name of the great-circle distance in km, {@code sitrep_km(lat1, lon1, lat2, lon2)}. */
    static final String KM_FUNCTION = "sitrep_km";

    private final Path file;
    private final Connection connection;
    private final Clock clock;

    private EventStore(Path file, Connection connection, Clock clock) {
        registerDistance(connection);
        this.file = file;
        this.connection = connection;
        this.clock = clock;
    }

    /** Opens (creating if needed) the store in {@code file} and migrates its schema to the newest version. */
    public static EventStore open(Path file) {
        return open(file, Clock.systemUTC());
    }

    static EventStore open(Path file, Clock clock) {
        requireNonNull(file, "file is null");
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new StoreException("cannot create the store " + file + ": its folder does not exist");
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new StoreException("cannot open the store " + file + ": it is not a file");
        }
        if (Files.exists(file)) {
            checkIsSqlite(file);
        }
        String url = "jdbc:sqlite:" + file.toAbsolutePath();
        migrate(file, url);
        try {
            Connection connection = DriverManager.getConnection(url);
            try (Statement s = connection.createStatement()) {
                s.execute("PRAGMA journal_mode = WAL");
                s.execute("PRAGMA synchronous = NORMAL");
                s.execute("PRAGMA foreign_keys = ON");
                s.execute("PRAGMA busy_timeout = 10000");
            }
            connection.setAutoCommit(false);
            return new EventStore(file, connection, clock);
        } catch (SQLException e) {
            throw new StoreException("cannot open the store " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Opens an existing store for reading only, without migrating it (for many short-lived readers, such as a
     * server's requests, after one {@link #open} brought the schema up to date).
     */
    public static EventStore reader(Path file) {
        requireNonNull(file, "file is null");
        if (!Files.isRegularFile(file)) {
            throw new StoreException("no store at " + file);
        }
        checkIsSqlite(file);
        try {
            Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement s = connection.createStatement()) {
                s.execute("PRAGMA query_only = 1");
                s.execute("PRAGMA busy_timeout = 10000");
            }
            return new EventStore(file, connection, Clock.systemUTC());
        } catch (SQLException e) {
            throw new StoreException("cannot open the store " + file + ": " + e.getMessage(), e);
        }
    }

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    /**
     * Refuses a file that is not an SQLite database, so that a mistyped {@code --db} (an article, a 0-byte file
     * made by {@code touch} or a failed download) is reported, not silently turned into a store. A store this
     * class creates is never left empty: SQLite writes its header with the first migration, before any article.
     */
    private static void checkIsSqlite(Path file) {
        byte[] head = new byte[SQLITE_HEADER.length];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new StoreException("cannot read the store " + file + ": " + e.getMessage(), e);
        }
        if (read == 0) {
            throw new StoreException("not a Sitrep store: " + file + " is empty (remove it, or give another --db)");
        }
        if (read < head.length || !Arrays.equals(head, SQLITE_HEADER)) {
            throw new StoreException("not a Sitrep store: " + file + " is not an SQLite database");
        }
    }

    /** The JSON record of a stored article, as {@code sitrep extract} printed it. */
    public Optional<String> record(String articleId) {
        return queryString("SELECT record FROM articles WHERE id = ?", articleId);
    }

    private static void migrate(Path file, String url) {
        FLYWAY_LOG.fine("migrating " + file);
        try {
            Flyway.configure()
                    .dataSource(url, null, null)
                    .locations("classpath:org/sitrep/store/migration")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new StoreException(
                    "cannot bring the store " + file + " up to date (is it a Sitrep store?): " + firstLine(e), e);
        }
    }

    private static Logger quiet(Logger logger) {
        logger.setLevel(Level.WARNING);
        return logger;
    }

    /** The great-circle distance in km as an SQL function on every connection, so that distance filters page correctly. */
    static void registerDistance(Connection connection) {
        try {
            Function.create(connection, KM_FUNCTION, new Function() {
                @Override
                protected void xFunc() throws SQLException {
                    if (args() != 4) {
                        throw new SQLException(KM_FUNCTION + " takes 4 arguments");
                    }
                    result(LatLon.km(value_double(0), value_double(1), value_double(2), value_double(3)));
                }
            });
        } catch (SQLException e) {
            throw new StoreException("cannot register the distance function: " + e.getMessage(), e);
        }
    }

    private static String firstLine(Exception e) {
        String m = String.valueOf(e.getMessage()).strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    public Path file() {
        return file;
    }

    /** What the store holds for an article's id: absent, the same content, or another version. */
    public Holding holding(String articleId, String contentHash) {
        Optional<String> stored = queryString("SELECT content_hash FROM articles WHERE id = ?", articleId);
        if (stored.isEmpty()) {
            return Holding.ABSENT;
        }
        return stored.get().equals(contentHash) ? Holding.SAME : Holding.OTHER_VERSION;
    }

    /** Whether an article is stored, and if so whether in this version. */
    public enum Holding {
        ABSENT,
        SAME,
        OTHER_VERSION
    }

    /**
     * Stores an extracted document with its JSON record, in one transaction: any older version (same id, or
     * same URL or file under another id; not the same line of a JSONL file, see {@link Locator#namesOneArticle})
     * is replaced, and a failure recorded for its source is cleared.
     */
    public void put(Document document, String record) {
        String hash = ContentHash.of(document);
        String locator = Locator.of(document.source());
        inTransaction(() -> {
            if (Locator.namesOneArticle(locator)) {
                delete("DELETE FROM articles WHERE id = ? OR locator = ?", document.id(), locator);
            } else {
                delete("DELETE FROM articles WHERE id = ?", document.id());
            }
            delete("DELETE FROM failures WHERE source = ?", document.source());
            new DocumentRows(connection).insert(document, locator, hash, record, now());
        });
    }

    /** Records an input that gave no article (rejected, or failed in a stage), with the text when there is one. */
    public void putFailure(Problem problem, Optional<Document> input) {
        inTransaction(() -> {
            try (PreparedStatement s = connection.prepareStatement(
                    "INSERT OR REPLACE INTO failures (source, article_id, code, message, body, failed_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?)")) {
                s.setString(1, problem.source());
                s.setString(2, input.map(Document::id).orElse(null));
                s.setString(3, problem.code());
                s.setString(4, problem.message());
                s.setString(5, input.map(Document::text).orElse(null));
                s.setString(6, now());
                s.executeUpdate();
            }
        });
    }

    /** Recomputes every incident from the stored events, in one transaction; returns how many there are. */
    public int rebuildIncidents(IncidentMerger merger) {
        int[] count = {0};
        inTransaction(() -> count[0] = new IncidentRows(connection).rebuild(merger));
        return count[0];
    }

    /** Whether the incidents were not recomputed after the last change to the stored events. */
    boolean incidentsStale() {
        try {
            return new IncidentRows(connection).stale();
        } catch (SQLException e) {
            throw new StoreException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** How many rows each table holds. */
    public Counts counts() {
        return new Counts(
                count("articles"),
                count("entities"),
                count("events"),
                count("arguments"),
                count("failures"),
                count("incidents"));
    }

    /** Rows per table. */
    public record Counts(long articles, long entities, long events, long arguments, long failures, long incidents) {}

    /** The connection, for the queries of this package; never to be written through outside a transaction. */
    Connection connection() {
        return connection;
    }

    private long count(String table) {
        try (Statement s = connection.createStatement();
                ResultSet r = s.executeQuery("SELECT count(*) FROM " + table)) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new StoreException("cannot count " + table + " in " + file + ": " + e.getMessage(), e);
        }
    }

    private Optional<String> queryString(String sql, String parameter) {
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            s.setString(1, parameter);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.ofNullable(r.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private void delete(String sql, String... parameters) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setString(i + 1, parameters[i]);
            }
            s.executeUpdate();
        }
    }

    private String now() {
        return Instant.now(clock).toString();
    }

    /** Work on the connection that either commits whole or is rolled back. */
    @FunctionalInterface
    interface SqlWork {
        void run() throws SQLException;
    }

    private void inTransaction(SqlWork work) {
        try {
            work.run();
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            try {
                connection.rollback();
            } catch (SQLException rollbackFailure) {
                e.addSuppressed(rollbackFailure);
            }
            throw new StoreException("cannot write to the store " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close the store " + file + ": " + e.getMessage(), e);
        }
    }
}
