package org.sitrep.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a command writes its result: the file of {@code --out}, else standard output. Text goes through
 * {@link #text()}; a writer that needs a file (Parquet seeks back to write its footer) gets {@link #file()}, a
 * temporary file copied to standard output on close when no {@code --out} was given.
 */
final class Output implements AutoCloseable {
    private final Optional<Path> target;
    private PrintStream text;
    private Path spool;

    private Output(Optional<Path> target) {
        this.target = target;
    }

    /** @param out the file to write, or null for standard output */
    static Output open(Path out) {
        return new Output(Optional.ofNullable(out));
    }

    PrintStream text() throws IOException {
        if (text == null) {
            OutputStream stream = target.isPresent() ? Files.newOutputStream(target.get()) : System.out;
            text = new PrintStream(stream, false, StandardCharsets.UTF_8);
        }
        return text;
    }

    Path file() throws IOException {
        if (target.isPresent()) {
            return target.get();
        }
        if (spool == null) {
            spool = Files.createTempFile("sitrep-", ".out");
        }
        return spool;
    }

    @Override
    public void close() throws IOException {
        if (text != null) {
            text.flush();
            if (target.isPresent()) {
                text.close();
            }
        }
        if (spool != null) {
            try {
                Files.copy(spool, System.out);
                System.out.flush();
            } finally {
                Files.deleteIfExists(spool);
            }
        }
    }
}
