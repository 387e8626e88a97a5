package org.sitrep.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.sitrep.model.Problem;
import org.sitrep.model.ProblemCode;

/**
 * Reads one input (a file, standard input, bytes): a small one, or one in another format than JSON
 * Lines, whole, as it always was; a large JSON Lines one record by record ({@link JsonLinesStream}).
 */
final class InputReader {
    private final IngestOptions options;

    InputReader(IngestOptions options) {
        this.options = options;
    }

    /**
     * @param in       the input, closed when its results are read or closed
     * @param size     its size in bytes when known (a file's), so a large file is rejected unread
     * @param name     its file name: the extension breaks format ties, the stem starts ids
     * @param location what sources and problems name it by
     */
    Results read(InputStream in, OptionalLong size, String name, String location) {
        if (WarcStream.isWarc(name)) {
            return new WarcStream(in, options, WarcStream.stem(name), location); // any size: read record by record
        }
        boolean streaming = false;
        try {
            Head head = Head.read(in, options.maxBytes() + 1);
            if (head.complete()) {
                return Results.of(whole(head.toArray(), name, location));
            }
            if (isJsonLines(head, name, location)) {
                streaming = true;
                InputStream all = new SequenceInputStream(new ByteArrayInputStream(head.bytes(), 0, head.length()), in);
                return new JsonLinesStream(all, Decoder.hasUtf8Bom(head.bytes()), options, stem(name), location);
            }
            if (size.isPresent() && size.getAsLong() > options.maxBytes()) {
                throw tooLarge(location, size.getAsLong());
            }
            byte[] rest = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxBytes() + 1 - head.length()));
            if (head.length() + rest.length > options.maxBytes()) {
                throw tooLarge(location, head.length() + rest.length + in.transferTo(OutputStream.nullOutputStream()));
            }
            byte[] bytes = new byte[head.length() + rest.length];
            System.arraycopy(head.bytes(), 0, bytes, 0, head.length());
            System.arraycopy(rest, 0, bytes, head.length(), rest.length);
            return Results.of(whole(bytes, name, location));
        } catch (RejectedException e) {
            return Results.of(List.of(new IngestResult.Rejected(e.problem())));
        } catch (IOException e) {
            return Results.of(List.of(unreadable(location, e)));
        } catch (RuntimeException e) {
            return Results.of(List.of(readerFailed(location, e, "file")));
        } finally {
            if (!streaming) {
                closeQuietly(in);
            }
        }
    }

    /** The whole input in memory: decoded, its format told, every document or record read. */
    private List<IngestResult> whole(byte[] bytes, String name, String location) throws RejectedException {
        Decoder.Decoded decoded = Decoder.decode(bytes, location);
        Assembler assembler = new Assembler(options);
        List<IngestResult> results = new ArrayList<>();
        for (Reading reading : readings(decoded.text(), name, location)) {
            if (reading instanceof Reading.Parsed parsed) {
                results.add(assembler.assemble(parsed, stem(name), decoded.warning()));
            } else if (reading instanceof Reading.Failed failed) {
                results.add(new IngestResult.Rejected(failed.problem()));
            }
        }
        return results;
    }

    /** A large input is streamed if its head says JSON Lines (UTF-16 is read whole: its line ends are two bytes). */
    private static boolean isJsonLines(Head head, String name, String location) throws RejectedException {
        if (Decoder.utf16Bom(head.bytes()).isPresent()
                || Format.detect(Decoder.sample(head.bytes(), head.length()), name) != Format.JSON_LINES) {
            return false;
        }
        Decoder.checkNotBinary(head.bytes(), head.length(), location);
        return true;
    }

    private static List<Reading> readings(String text, String name, String location) throws RejectedException {
        return switch (Format.detect(text, name)) {
            case TEXT -> List.of(PlainTextReader.read(text, location));
            case HTML -> List.of(HtmlReader.read(text, location));
            case JSON -> JsonReader.readDocument(text, location);
            case JSON_LINES -> JsonReader.readLines(text, location);
        };
    }

    private RejectedException tooLarge(String location, long size) {
        return new RejectedException(
                ProblemCode.INGEST_TOO_LARGE,
                location,
                "file has %d bytes; the limit is %d. Split it or raise --max-bytes."
                        .formatted(size, options.maxBytes()));
    }

    /** "news/beirut.story.txt" gives "beirut.story". */
    static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** An input whose bytes could not be read (permissions, I/O error). */
    static IngestResult unreadable(String location, IOException e) {
        return new IngestResult.Rejected(
                new Problem(ProblemCode.INGEST_IO, location, "cannot read file: " + PathWalker.reason(e)));
    }

    /** A bug in a reader, met on one {@code what} ("file", "record"): that one is skipped, the batch goes on. */
    static IngestResult readerFailed(String location, RuntimeException e, String what) {
        return new IngestResult.Rejected(new Problem(
                ProblemCode.INGEST_FAILED,
                location,
                "reader failed with %s: %s; skipped the %s. Please report this."
                        .formatted(e.getClass().getSimpleName(), e.getMessage(), what)));
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // everything needed was read
        }
    }
}
