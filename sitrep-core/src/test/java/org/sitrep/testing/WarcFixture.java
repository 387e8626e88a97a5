package org.sitrep.testing;

import static java.nio.file.StandardOpenOption.CREATE;
import static java.nio.file.StandardOpenOption.TRUNCATE_EXISTING;
import static java.nio.file.StandardOpenOption.WRITE;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * Writes a small web archive (WARC) for tests, records in the order added: HTTP responses built from the
 * test's own pages, and the kinds of record a crawl holds beside them (request, metadata, revisit, warcinfo).
 */
public final class WarcFixture {
    private final List<WarcRecord> records = new ArrayList<>();

    public WarcFixture info() {
        records.add(new Warcinfo.Builder()
                .date(Instant.parse("2026-01-01T00:00:00Z"))
                .fields(Map.of("software", List.of("sitrep tests")))
                .build());
        return this;
    }

    /** A 200 response of the given media type ("text/html; charset=utf-8") captured at {@code captured}. */
    public WarcFixture response(String url, Instant captured, String mediaType, String body) {
        return response(url, captured, 200, mediaType, body);
    }

    public WarcFixture response(String url, Instant captured, int status, String mediaType, String body) {
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        String head = "HTTP/1.1 %d X\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n"
                .formatted(status, mediaType, content.length);
        byte[] http = concat(head.getBytes(StandardCharsets.ISO_8859_1), content);
        records.add(new WarcResponse.Builder(URI.create(url))
                .date(captured)
                .body(MediaType.HTTP_RESPONSE, http)
                .build());
        return this;
    }

    public WarcFixture request(String url) {
        byte[] http = ("GET " + URI.create(url).getPath() + " HTTP/1.1\r\nHost: "
                        + URI.create(url).getHost() + "\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        records.add(new WarcRequest.Builder(URI.create(url))
                .date(Instant.parse("2026-01-01T00:00:00Z"))
                .body(MediaType.HTTP_REQUEST, http)
                .build());
        return this;
    }

    public WarcFixture metadata(String url) {
        records.add(new WarcMetadata.Builder()
                .targetURI(url)
                .date(Instant.parse("2026-01-01T00:00:00Z"))
                .fields(Map.of("fetchTimeMs", List.of("12")))
                .build());
        return this;
    }

    public WarcFixture revisit(String url) {
        records.add(new WarcRevisit.Builder(URI.create(url))
                .date(Instant.parse("2026-01-01T00:00:00Z"))
                .build());
        return this;
    }

    /** Writes the records to {@code file}, each gzipped on its own when {@code gzip} (as crawls publish them). */
    public Path write(Path file, boolean gzip) {
        try (WarcWriter writer = new WarcWriter(
                FileChannel.open(file, CREATE, WRITE, TRUNCATE_EXISTING),
                gzip ? WarcCompression.GZIP : WarcCompression.NONE)) {
            for (WarcRecord record : records) {
                writer.write(record);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** The archive's bytes, for tests that break them. */
    public byte[] bytes(Path scratch, boolean gzip) {
        try {
            return Files.readAllBytes(write(scratch, gzip));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
