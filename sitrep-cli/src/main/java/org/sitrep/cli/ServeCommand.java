package org.sitrep.cli;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sitrep.app.Sitrep;
import org.sitrep.app.StreamingExtractor;
import org.sitrep.countries.Countries;
import org.sitrep.data.WordLists;
import org.sitrep.server.ExtractEndpoint;
import org.sitrep.server.SitrepServer;
import org.sitrep.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sitrep serve}: the HTTP API over a store, on the loopback interface unless told otherwise. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description =
                "Serve a store over HTTP: events, incidents, articles, search, counts, the actor network, extraction.")
public final class ServeCommand implements Callable<Integer> {
    @Option(names = "--db", paramLabel = "FILE", description = "The store (default: ${DEFAULT-VALUE}).")
    Path db = Path.of("sitrep.db");

    @Option(
            names = "--host",
            description =
                    "Interface to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every interface).")
    String host = "127.0.0.1";

    @Option(names = "--port", description = "Port (default: ${DEFAULT-VALUE}).")
    int port = 8080;

    @Option(
            names = "--extract-threads",
            paramLabel = "N",
            description =
                    "Articles POST /api/extract works on at once; more wait up to 10 s, then get 503 (default: ${DEFAULT-VALUE}).")
    int extractThreads = 2;

    @Option(
            names = "--timeout",
            paramLabel = "SECONDS",
            description = "Time one posted article may take (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds = StreamingExtractor.DEFAULT_BUDGET.toSeconds();

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            System.err.println("sitrep: --port must be 0 to 65535, got " + port);
            return 2;
        }
        if (extractThreads < 1 || timeoutSeconds < 1) {
            System.err.println("sitrep: --extract-threads and --timeout must be at least 1");
            return 2;
        }
        try {
            InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            System.err.println("sitrep: --host " + host + " is not a known host name or address");
            return 2;
        }
        if (!Files.isRegularFile(db)) {
            System.err.println(
                    "sitrep: no store at " + db + " (make one with `sitrep ingest PATH... --db " + db + "`)");
            return 2;
        }
        ExtractEndpoint extract = new ExtractEndpoint(
                () -> Sitrep.load(new Sitrep.Options(false, Optional.empty())),
                extractThreads,
                Duration.ofSeconds(timeoutSeconds),
                ExtractEndpoint.DEFAULT_MAX_BYTES);
        SitrepServer server;
        try {
            server = new SitrepServer(db, extract, Countries.load(WordLists.load()));
        } catch (StoreException e) {
            System.err.println("sitrep: " + e.getMessage());
            return 2;
        }
        var app = server.app();
        try {
            app.start(host, port);
        } catch (RuntimeException e) {
            // Javalin calls every bind failure "Port already in use"; the socket's own words tell which it was
            System.err.println("sitrep: cannot listen on " + host + ":" + port + ": "
                    + rootCause(e).getMessage());
            app.stop();
            return 2;
        }
        StopSignal stop = StopSignal.install("sitrep: stopping (Ctrl-C again to quit at once)");
        System.err.printf(
                "sitrep: serving %s on http://%s:%d/ (the page; the API under /api/, described in /api/openapi.json);"
                        + " Ctrl-C stops%n",
                db, host, app.port());
        stop.await();
        // requests in flight finish (each closes its own read-only store connection); then the listener closes
        app.stop();
        System.err.println("sitrep: stopped");
        return 0;
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
