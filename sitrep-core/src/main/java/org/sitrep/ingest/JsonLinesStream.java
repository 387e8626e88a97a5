package org.sitrep.ingest;

import com.google.common.collect.AbstractIterator;
import java.io.IOException;
import java.io.InputStream;
import org.sitrep.model.Problem;
import org.sitrep.model.ProblemCode;

/**
 * A large JSON Lines input read record by record: one line in memory at a time, whatever the size
 * of the input. Each record stands alone: a bad line, a line over the byte limit or one that is not
 * UTF-8 is rejected or warned about by itself, and the next line goes on.
 */
final class JsonLinesStream extends AbstractIterator<IngestResult> implements Results {
    private final InputStream in;
    private final ByteLines lines;
    private final IngestOptions options;
    private final Assembler assembler;
    private final String stem;
    private final String location;
    private final boolean byteOrderMark;
    private boolean anyRecord;
    private boolean done;

    /** @param in the whole input, its head included; closed at its end or by {@link #close} */
    JsonLinesStream(InputStream in, boolean byteOrderMark, IngestOptions options, String stem, String location) {
        this.in = in;
        this.lines = new ByteLines(in, options.maxBytes());
        this.options = options;
        this.assembler = new Assembler(options);
        this.stem = stem;
        this.location = location;
        this.byteOrderMark = byteOrderMark;
    }

    @Override
    protected IngestResult computeNext() {
        while (!done) {
            IngestResult result = advance();
            if (result != null) {
                return result;
            }
        }
        return endOfData();
    }

    /** The result of the next line, or null for a blank line or the end. */
    private IngestResult advance() {
        ByteLines.Line line;
        try {
            line = lines.next();
        } catch (IOException e) {
            close();
            return InputReader.unreadable(location, e);
        }
        if (line == null) {
            close();
            return anyRecord ? null : rejected(ProblemCode.INGEST_EMPTY, location, "file holds only whitespace");
        }
        String where = location + "#" + line.number();
        if (line.tooLong()) {
            anyRecord = true;
            return rejected(
                    ProblemCode.INGEST_TOO_LARGE,
                    where,
                    "line has %d bytes; the limit is %d. Split it or raise --max-bytes."
                            .formatted(line.length(), options.maxBytes()));
        }
        try {
            Decoder.Decoded decoded =
                    Decoder.decodeLine(line.bytes(), line.number() == 1 && byteOrderMark ? 3 : 0, where);
            if (decoded.text().isBlank()) {
                return null;
            }
            anyRecord = true;
            Reading reading = JsonReader.readLine(decoded.text(), line.number(), location);
            if (reading instanceof Reading.Parsed parsed) {
                return assembler.assemble(parsed, stem, decoded.warning());
            }
            return new IngestResult.Rejected(((Reading.Failed) reading).problem());
        } catch (RejectedException e) {
            anyRecord = true;
            return new IngestResult.Rejected(e.problem());
        } catch (RuntimeException e) {
            anyRecord = true;
            return InputReader.readerFailed(where, e, "record");
        }
    }

    @Override
    public void close() {
        if (done) {
            return;
        }
        done = true;
        try {
            in.close();
        } catch (IOException e) {
            // nothing was lost: every line read was read whole
        }
    }

    private static IngestResult rejected(String code, String where, String message) {
        return new IngestResult.Rejected(new Problem(code, where, message));
    }
}
