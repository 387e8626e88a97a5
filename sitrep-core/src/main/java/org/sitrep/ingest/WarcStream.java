package org.sitrep.ingest;

import com.google.common.collect.AbstractIterator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.sitrep.model.Problem;
import org.sitrep.model.ProblemCode;

/**
 * A web archive (WARC, plain or gzipped per record, as Common Crawl's CC-NEWS publishes it) read record by
 * record: each HTTP response with an HTML or text body is one article, read by the same readers as a file of
 * that kind, with the record's WARC-Target-URI as its URL (so its id is the content hash of URL, headline and
 * body, as for any record with a URL) and its WARC-Date as the publication date when the page gives none.
 * Every other record (request, metadata, revisit, warcinfo, a response with another media type or a status
 * other than 2xx) is skipped and counted: the file's last result is one {@code INGEST_SKIPPED} naming the
 * counts. A record that cannot be read is rejected naming the file and its byte offset ("news.warc.gz@5120");
 * when the archive's own framing is broken, no later record can be found and reading the file stops there.
 */
final class WarcStream extends AbstractIterator<IngestResult> implements Results {
    private final InputStream in;
    private final IngestOptions options;
    private final Assembler assembler;
    private final String stem;
    private final String location;
    private final Map<String, Integer> skipped = new TreeMap<>();
    private WarcReader reader;
    private boolean done;
    private boolean reported;
    /** The offset of the last record rejected for a read error: its cut body also ends the framing. */
    private long failedAt = -1;

    /** @param in the whole archive; closed at its end or by {@link #close} */
    WarcStream(InputStream in, IngestOptions options, String stem, String location) {
        this.in = in;
        this.options = options;
        this.assembler = new Assembler(options);
        this.stem = stem;
        this.location = location;
    }

    /** ".warc" or ".warc.gz", any case. */
    static boolean isWarc(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".warc") || lower.endsWith(".warc.gz");
    }

    /** "news.warc.gz" gives "news". */
    static String stem(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return name.substring(0, lower.endsWith(".gz") ? lower.lastIndexOf(".warc.gz") : lower.lastIndexOf(".warc"));
    }

    @Override
    protected IngestResult computeNext() {
        while (!done) {
            IngestResult result = advance();
            if (result != null) {
                return result;
            }
        }
        if (!reported) {
            reported = true;
            IngestResult report = skippedReport();
            if (report != null) {
                return report;
            }
        }
        return endOfData();
    }

    /** The next article or rejected record, or null for a skipped record or the end. */
    private IngestResult advance() {
        long offset = reader == null ? 0 : reader.position();
        Optional<WarcRecord> record;
        try {
            if (reader == null) {
                reader = new WarcReader(in);
            }
            record = reader.next();
        } catch (IOException | RuntimeException e) {
            close(); // the framing is lost: there is no telling where the next record starts
            if (reader != null && reader.position() == failedAt) {
                return null; // already reported with its record
            }
            return rejected(
                    ProblemCode.INGEST_IO,
                    location + "@" + offset,
                    "cannot read WARC record: " + e.getMessage() + "; the rest of the file was not read");
        }
        if (record.isEmpty()) {
            close();
            return null;
        }
        String where = location + "@" + reader.position();
        try {
            return read(record.get(), where);
        } catch (RejectedException e) {
            return new IngestResult.Rejected(e.problem());
        } catch (IOException | UncheckedIOException e) {
            failedAt = reader.position();
            return rejected(ProblemCode.INGEST_IO, where, "cannot read WARC record: " + e.getMessage());
        } catch (RuntimeException e) {
            return InputReader.readerFailed(where, e, "record");
        }
    }

    private IngestResult read(WarcRecord record, String where) throws IOException, RejectedException {
        if (!(record instanceof WarcResponse response)) {
            return skip(record.type() + " record");
        }
        if (!response.contentType().base().equals(MediaType.HTTP_RESPONSE.base())) {
            return skip("response without HTTP");
        }
        HttpResponse http = response.http();
        if (http.status() < 200 || http.status() > 299) {
            return skip("HTTP status " + http.status());
        }
        MediaType type = http.contentType().base();
        boolean html = type.equals(MediaType.HTML) || type.subtype().equals("xhtml+xml");
        if (!html && !type.equals(MediaType.PLAIN_TEXT)) {
            return skip(type.toString().isEmpty() ? "no media type" : type.toString());
        }
        byte[] bytes =
                http.bodyDecoded().stream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxBytes() + 1));
        if (bytes.length > options.maxBytes()) {
            throw new RejectedException(
                    ProblemCode.INGEST_TOO_LARGE,
                    where,
                    "record body has over %d bytes, the limit. Raise --max-bytes.".formatted(options.maxBytes()));
        }
        Decoder.Decoded decoded = Decoder.decode(bytes, where);
        Reading.Parsed page =
                html ? HtmlReader.read(decoded.text(), where) : PlainTextReader.read(decoded.text(), where);
        Reading.Parsed withUrl = new Reading.Parsed(
                where,
                Optional.empty(),
                Optional.of(response.target()),
                page.headline(),
                page.metadataDate(),
                page.stamps(),
                page.paragraphs());
        LocalDate captured = LocalDate.ofInstant(response.date(), ZoneOffset.UTC);
        return assembler.assemble(withUrl, stem, decoded.warning(), Optional.of(captured));
    }

    private IngestResult skip(String kind) {
        skipped.merge(kind, 1, Integer::sum);
        return null;
    }

    private IngestResult skippedReport() {
        if (skipped.isEmpty()) {
            return null;
        }
        int total = skipped.values().stream().mapToInt(Integer::intValue).sum();
        StringBuilder counts = new StringBuilder();
        skipped.forEach((kind, n) -> counts.append(counts.length() == 0 ? "" : ", ")
                .append(n)
                .append(' ')
                .append(kind));
        return new IngestResult.Skipped(new Problem(
                ProblemCode.INGEST_SKIPPED,
                location,
                "skipped %d WARC record%s that hold%s no article: %s"
                        .formatted(total, total == 1 ? "" : "s", total == 1 ? "s" : "", counts)));
    }

    @Override
    public void close() {
        if (done) {
            return;
        }
        done = true;
        try {
            if (reader != null) {
                reader.close();
            }
            in.close();
        } catch (IOException e) {
            // every record read was read whole
        }
    }

    private static IngestResult rejected(String code, String where, String message) {
        return new IngestResult.Rejected(new Problem(code, where, message));
    }
}
