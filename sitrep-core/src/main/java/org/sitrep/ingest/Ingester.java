package org.sitrep.ingest;

import org.sitrep.model.ProblemCode;
import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Problem;

/**
 * Reads news articles from files and directories: plain text, HTML, JSON and JSON Lines, told apart
 * by content. A bad document becomes a {@link IngestResult.Rejected}; {@link #read} never throws for one.
 */
public final class Ingester {
    private final IngestOptions options;
    private final ByteSource files;

    public Ingester(IngestOptions options) {
        this(options, ByteSource.FILES);
    }

    Ingester(IngestOptions options, ByteSource files) {
        this.options = requireNonNull(options, "options is null");
        this.files = requireNonNull(files, "files is null");
    }

    /**
     * Reads every file named, and every file under every directory named (recursively, sorted by path,
     * skipping hidden files), in that order. Ids do not depend on the rest of the batch (see {@link Article#id()}).
     */
    public List<IngestResult> read(List<Path> paths) {
        Assembler assembler = new Assembler(options);
        List<IngestResult> results = new ArrayList<>();
        for (PathWalker.Entry entry : PathWalker.expand(paths)) {
            if (entry.problem().isPresent()) {
                results.add(new IngestResult.Rejected(entry.problem().get()));
            } else {
                results.addAll(readFile(entry.path(), assembler));
            }
        }
        return results;
    }

    private List<IngestResult> readFile(Path file, Assembler assembler) {
        String location = file.toString();
        try {
            Decoder.Decoded decoded = Decoder.decode(bytes(file, location), location);
            List<IngestResult> results = new ArrayList<>();
            for (Draft draft : drafts(decoded.text(), file, location)) {
                if (draft instanceof Draft.Parsed parsed) {
                    results.add(assembler.assemble(parsed, stem(file), decoded.warning()));
                } else if (draft instanceof Draft.Failed failed) {
                    results.add(new IngestResult.Rejected(failed.problem()));
                }
            }
            return results;
        } catch (RejectedException e) {
            return List.of(new IngestResult.Rejected(e.problem()));
        } catch (IOException e) {
            return List.of(rejected(ProblemCode.INGEST_IO, location, "cannot read file: " + PathWalker.reason(e)));
        } catch (RuntimeException e) {
            return List.of(rejected(ProblemCode.INGEST_FAILED, location,
                    "reader failed with %s: %s; skipped the file. Please report this.".formatted(e.getClass().getSimpleName(), e.getMessage())));
        }
    }

    private byte[] bytes(Path file, String location) throws IOException, RejectedException {
        long size = Files.size(file);
        if (size > options.maxBytes()) {
            throw tooLarge(location, size);
        }
        byte[] bytes = files.read(file);
        if (bytes.length > options.maxBytes()) {
            throw tooLarge(location, bytes.length);
        }
        return bytes;
    }

    private RejectedException tooLarge(String location, long size) {
        return new RejectedException(ProblemCode.INGEST_TOO_LARGE, location,
                "file has %d bytes; the limit is %d. Split it or raise --max-bytes.".formatted(size, options.maxBytes()));
    }

    private static List<Draft> drafts(String text, Path file, String location) throws RejectedException {
        String name = file.getFileName() == null ? location : file.getFileName().toString();
        return switch (Format.detect(text, name)) {
            case TEXT -> List.of(PlainTextReader.read(text, location));
            case HTML -> List.of(HtmlReader.read(text, location));
            case JSON -> JsonReader.readDocument(text, location);
            case JSON_LINES -> JsonReader.readLines(text, location);
        };
    }

    /** "news/beirut.story.txt" gives "beirut.story". */
    private static String stem(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static IngestResult rejected(String code, String location, String message) {
        return new IngestResult.Rejected(new Problem(code, location, message));
    }
}
