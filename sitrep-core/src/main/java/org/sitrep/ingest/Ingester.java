package org.sitrep.ingest;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.OptionalLong;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads news articles: plain text, HTML, JSON and JSON Lines, told apart by content, from files,
 * directories, standard input or bytes in memory. Results come as a lazy stream, in input order:
 * a file is opened when the stream reaches it, and a large JSON Lines input is read one record at a
 * time, so reading a corpus takes memory for one input (one record of a large JSON Lines file), not
 * for the corpus. A JSON array, an HTML or a text file is read whole.
 *
 * <p>A bad document becomes an {@link IngestResult.Rejected} naming it; reading never throws for one
 * and goes on with the next. Ids do not depend on the rest of the batch (see {@link Article#id()}).
 *
 * <p>Close the stream (try-with-resources) when stopping before its end, to close the file being read.
 */
public final class Ingester {
    /** The path that names standard input. */
    public static final String STDIN = "-";
    /** The name and location standard input is read under: records are "stdin#1", "stdin#2"... */
    static final String STDIN_NAME = "stdin";

    private final IngestOptions options;
    private final ByteSource files;
    private final Supplier<InputStream> stdin;

    public Ingester(IngestOptions options) {
        this(options, ByteSource.FILES, () -> System.in);
    }

    Ingester(IngestOptions options, ByteSource files) {
        this(options, files, () -> System.in);
    }

    Ingester(IngestOptions options, ByteSource files, Supplier<InputStream> stdin) {
        this.options = requireNonNull(options, "options is null");
        this.files = requireNonNull(files, "files is null");
        this.stdin = requireNonNull(stdin, "stdin is null");
    }

    /**
     * Reads every file named, every file under every directory named (recursively, sorted by path,
     * skipping hidden files) and standard input for {@code "-"}, in that order.
     */
    public Stream<IngestResult> read(List<Path> paths) {
        return stream(new ResultChain<>(PathWalker.of(paths), this::open));
    }

    /**
     * About how many documents {@link #read(List)} will give, for a progress bar's estimate of the time
     * left: one per file, one per non-empty line of a ".jsonl" or ".ndjson" file (counted by a scan of its
     * bytes, far cheaper than reading it), standard input not counted. Files that cannot be read count one.
     */
    public long estimateDocuments(List<Path> paths) {
        long count = 0;
        for (Iterator<PathWalker.Entry> it = PathWalker.of(paths); it.hasNext(); ) {
            PathWalker.Entry entry = it.next();
            Path file = entry.path();
            String name = file.getFileName() == null ? "" : file.getFileName().toString();
            if (file.toString().equals(STDIN)) {
                continue;
            }
            boolean jsonLines = name.endsWith(".jsonl") || name.endsWith(".ndjson");
            // only a regular file is scanned: a FIFO or device would block or never end
            boolean scan = jsonLines && entry.problem().isEmpty() && Files.isRegularFile(file);
            count += scan ? Math.max(1, lines(file)) : 1;
        }
        return count;
    }

    private static long lines(Path file) {
        long lines = 0;
        boolean inLine = false;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        lines += inLine ? 1 : 0;
                        inLine = false;
                    } else if (buffer[i] != '\r' && buffer[i] != ' ') {
                        inLine = true;
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            return 1; // reading it will report the problem
        }
        return lines + (inLine ? 1 : 0);
    }

    /**
     * Reads an input stream, such as a request body, as one file. The stream is read as results are
     * asked for and is not closed.
     *
     * @param name     a file name: its extension breaks format ties (".jsonl"), its stem starts ids
     * @param location what {@code source} and problems name the input by ("upload-7", a URL)
     */
    public Stream<IngestResult> read(InputStream in, String name, String location) {
        return stream(reader().read(unclosable(in), OptionalLong.empty(), name, location));
    }

    /**
     * Reads bytes in memory as one file.
     *
     * @param name     a file name: its extension breaks format ties (".jsonl"), its stem starts ids
     * @param location what {@code source} and problems name the input by
     */
    public Stream<IngestResult> read(byte[] bytes, String name, String location) {
        return stream(reader().read(new ByteArrayInputStream(bytes), OptionalLong.of(bytes.length), name, location));
    }

    private Results open(PathWalker.Entry entry) {
        if (entry.problem().isPresent()) {
            return Results.of(List.of(new IngestResult.Rejected(entry.problem().get())));
        }
        Path file = entry.path();
        if (file.toString().equals(STDIN)) {
            return reader().read(unclosable(stdin.get()), OptionalLong.empty(), STDIN_NAME, STDIN_NAME);
        }
        String location = file.toString();
        String name = file.getFileName() == null ? location : file.getFileName().toString();
        try {
            long size = Files.size(file);
            return reader().read(files.open(file), OptionalLong.of(size), name, location);
        } catch (IOException e) {
            return Results.of(List.of(InputReader.unreadable(location, e)));
        } catch (RuntimeException e) {
            return Results.of(List.of(InputReader.readerFailed(location, e, "file")));
        }
    }

    private InputReader reader() {
        return new InputReader(options);
    }

    private static Stream<IngestResult> stream(Results results) {
        return StreamSupport.stream(
                        Spliterators.spliteratorUnknownSize(results, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(results::close);
    }

    /** The caller's stream (or standard input) stays open for the caller. */
    private static InputStream unclosable(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public void close() {}
        };
    }
}
