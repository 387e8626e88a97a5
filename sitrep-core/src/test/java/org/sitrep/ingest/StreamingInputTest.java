package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.ingest.Fixtures.accepted;
import static org.sitrep.ingest.Fixtures.onlyArticle;
import static org.sitrep.ingest.Fixtures.read;
import static org.sitrep.ingest.Fixtures.rejected;
import static org.sitrep.ingest.Fixtures.write;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.ProblemCode;

/** Inputs read as a stream: large JSON Lines record by record, standard input, bytes, files opened when reached. */
class StreamingInputTest {
    @TempDir
    Path dir;

    /** One JSON Lines record of about 130 bytes, invented. */
    private static String record(int n) {
        return "{\"title\": \"Flood report %d\", \"text\": \"Floodwater reached the invented village of Tamsin %d on Monday.\", \"date\": \"2021-03-01\"}\n"
                .formatted(n, n);
    }

    private static String records(int count) {
        StringBuilder out = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            out.append(record(i));
        }
        return out.toString();
    }

    @Test
    void readsALargeJsonLinesFileRecordByRecordAsEachRecordAloneWouldBeRead() {
        String text = records(1_000);
        assertTrue(text.length() > Head.SMALL, "large enough to be streamed");
        Path big = write(dir, "feed.jsonl", text);

        List<IngestResult> results = read(big);

        assertEquals(1_000, results.size());
        for (int n : List.of(1, 2, 500, 1_000)) {
            Article streamed = accepted(results.get(n - 1));
            Article alone = onlyArticle(read(write(dir.resolve("alone-" + n), "feed.jsonl", record(n))));
            assertEquals(big + "#" + n, streamed.source());
            assertEquals(alone.id(), streamed.id(), "same article, same id, at line 1 or line " + n);
            assertEquals(alone.body(), streamed.body());
            assertEquals(alone.headline(), streamed.headline());
            assertEquals(alone.published(), streamed.published());
        }
    }

    @Test
    void rejectsOnlyTheBadLinesOfALargeJsonLinesFileAndIgnoresItsSizeLimit() {
        byte[] windows1252 =
                "{\"title\": \"Caf\u00e9\", \"text\": \"A caf\u00e9 in the invented town of S\u00e8te closed.\", \"date\": \"2021-03-02\"}\n"
                        .getBytes(Charset.forName("windows-1252"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(records(600).getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("{\"title\": \"Broken\", \"text\": \"never closed\n\n"
                .getBytes(StandardCharsets.UTF_8)); // lines 601, 602 (blank)
        bytes.writeBytes(("{\"title\": \"Long\", \"text\": \"" + "word ".repeat(30_000) + "\"}\r\n")
                .getBytes(StandardCharsets.UTF_8)); // 603
        bytes.writeBytes(windows1252); // 604
        bytes.writeBytes(new byte[] {'{', (byte) 0x81, (byte) 0x8D, '}', '\r'}); // 605: neither UTF-8 nor windows-1252
        bytes.writeBytes(record(606).getBytes(StandardCharsets.UTF_8));
        Path file = write(dir, "feed.jsonl", bytes.toByteArray());
        IngestOptions limit = new IngestOptions(100_000, 100_000, Optional.empty(), LocalDate.of(2026, 12, 8));
        assertTrue(bytes.size() > limit.maxBytes(), "the file is over the byte limit, its lines are not");

        List<IngestResult> results = new Ingester(limit).read(List.of(file)).toList();

        assertEquals(605, results.size(), "one result per non-blank line");
        assertEquals(file + "#600", accepted(results.get(599)).source());
        assertEquals(
                ProblemCode.INGEST_MALFORMED_JSON, rejected(results.get(600)).code());
        assertEquals(file + "#601", rejected(results.get(600)).source());
        assertEquals(ProblemCode.INGEST_TOO_LARGE, rejected(results.get(601)).code());
        assertEquals(file + "#603", rejected(results.get(601)).source());
        assertTrue(
                rejected(results.get(601)).message().contains("raise --max-bytes"),
                rejected(results.get(601)).message());
        Article cafe = accepted(results.get(602));
        assertEquals("Caf\u00e9", cafe.headline());
        assertEquals(
                List.of(ProblemCode.INGEST_ENCODING),
                cafe.warnings().stream().map(p -> p.code()).toList());
        assertEquals(ProblemCode.INGEST_UNDECODABLE, rejected(results.get(603)).code());
        assertEquals(file + "#605", rejected(results.get(603)).source());
        assertEquals(file + "#606", accepted(results.get(604)).source());
    }

    @Test
    void aLargeTextFileIsStillRejectedUnread() {
        Path file = write(dir, "long.txt", "An invented sentence about a storm.\n".repeat(5_000));
        IngestOptions limit = new IngestOptions(100_000, 1_000_000, Optional.empty(), LocalDate.of(2026, 12, 8));
        IngestResult result = new Ingester(limit).read(List.of(file)).toList().get(0);
        assertEquals(ProblemCode.INGEST_TOO_LARGE, rejected(result).code());
        assertTrue(
                rejected(result).message().startsWith("file has 180000 bytes"),
                rejected(result).message());
    }

    @Test
    void readsJsonLinesFromAStreamNoFurtherThanTheConsumerAsks() {
        AtomicLong served = new AtomicLong();
        InputStream endless = new InputStream() {
            private byte[] current = new byte[0];
            private int position;
            private int n;

            @Override
            public int read() {
                if (position == current.length) {
                    current = record(++n).getBytes(StandardCharsets.UTF_8);
                    position = 0;
                }
                served.incrementAndGet();
                return current[position++] & 0xFF;
            }
        };

        List<IngestResult> first;
        try (Stream<IngestResult> results = new Ingester(IngestOptions.defaults()).read(endless, "stdin", "stdin")) {
            first = results.limit(3).toList();
        }

        assertEquals(
                List.of("stdin#1", "stdin#2", "stdin#3"),
                first.stream().map(IngestResult::source).toList());
        assertTrue(served.get() < 4 * Head.SMALL, "read " + served.get() + " bytes of an endless input");
    }

    @Test
    void readsStandardInputForTheDashPath() {
        byte[] feed = records(2).getBytes(StandardCharsets.UTF_8);
        Ingester ingester =
                new Ingester(IngestOptions.defaults(), ByteSource.FILES, () -> new ByteArrayInputStream(feed));

        List<IngestResult> results = ingester.read(List.of(Path.of("-"))).toList();

        assertEquals(
                List.of("stdin#1", "stdin#2"),
                results.stream().map(IngestResult::source).toList());
        assertEquals("stdin", Fixtures.stemOf(accepted(results.get(0)).id()));
    }

    @Test
    void rejectsTooMuchStandardInputNamingItsSize() {
        byte[] text = "An invented sentence about a storm.\n".repeat(5_000).getBytes(StandardCharsets.UTF_8);
        Ingester ingester = new Ingester(
                new IngestOptions(100_000, 1_000_000, Optional.empty(), LocalDate.of(2026, 12, 8)),
                ByteSource.FILES,
                () -> new ByteArrayInputStream(text));

        IngestResult result = ingester.read(List.of(Path.of("-"))).toList().get(0);

        assertEquals(ProblemCode.INGEST_TOO_LARGE, rejected(result).code());
        assertEquals("stdin", rejected(result).source());
        assertTrue(
                rejected(result).message().startsWith("file has 180000 bytes"),
                rejected(result).message());
    }

    @Test
    void readsBytesUnderTheNameAndLocationGiven() {
        Ingester ingester = new Ingester(IngestOptions.defaults());

        List<IngestResult> records = ingester.read(
                        records(2).getBytes(StandardCharsets.UTF_8), "feed.jsonl", "upload-7")
                .toList();
        Article note = onlyArticle(ingester.read(
                        "Rain fell on the invented town of Brill.".getBytes(StandardCharsets.UTF_8),
                        "note.txt",
                        "https://example.org/note")
                .toList());
        IngestResult empty =
                ingester.read(new byte[0], "empty.txt", "upload-9").toList().get(0);

        assertEquals(
                List.of("upload-7#1", "upload-7#2"),
                records.stream().map(IngestResult::source).toList());
        assertEquals("feed", Fixtures.stemOf(accepted(records.get(0)).id()));
        assertEquals("https://example.org/note", note.source());
        assertEquals("note", Fixtures.stemOf(note.id()));
        assertEquals(ProblemCode.INGEST_EMPTY, rejected(empty).code());
        assertEquals("upload-9", rejected(empty).source());
    }

    @Test
    void opensAFileOnlyWhenTheStreamReachesIt() {
        List<Path> files = threeFiles();
        AtomicInteger opened = new AtomicInteger();
        Ingester ingester = countingOpens(opened);

        try (Stream<IngestResult> results = ingester.read(files)) {
            Iterator<IngestResult> iterator = results.iterator();
            assertEquals(0, opened.get());
            iterator.next();
            assertEquals(1, opened.get());
            iterator.next();
            assertEquals(2, opened.get());
        }
    }

    @Test
    void aClosedStreamEndsThereAndOpensNoFurtherFile() {
        List<Path> files = threeFiles();
        AtomicInteger opened = new AtomicInteger();
        Ingester ingester = countingOpens(opened);

        Stream<IngestResult> results = ingester.read(files);
        Iterator<IngestResult> iterator = results.iterator();
        iterator.next();
        results.close(); // a consumer that stops early: the rest is not read, not even the next file

        assertFalse(iterator.hasNext());
        assertEquals(1, opened.get());
    }

    private List<Path> threeFiles() {
        return List.of(
                write(dir, "a.txt", "Rain in Brill."),
                write(dir, "b.txt", "Rain in Orn."),
                write(dir, "c.txt", "Rain in Lor."));
    }

    /** An ingester that counts the files it opens. */
    private static Ingester countingOpens(AtomicInteger opened) {
        return new Ingester(IngestOptions.defaults(), path -> {
            opened.incrementAndGet();
            return ByteSource.FILES.open(path);
        });
    }
}
