package org.sitrep.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.sitrep.model.Problem;
import org.sitrep.model.ProblemCode;

/** Turns a file's bytes, or one line of a JSON Lines file, into normalised text, or says why it cannot. */
final class Decoder {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int SAMPLE = 64 * 1024;

    /** Decoded, normalised text and the warning it earned, if any. */
    record Decoded(String text, Optional<Problem> warning) {}

    private Decoder() {}

    static Decoded decode(byte[] bytes, String source) throws RejectedException {
        if (bytes.length == 0) {
            throw new RejectedException(ProblemCode.INGEST_EMPTY, source, "file is empty");
        }
        Optional<Charset> utf16 = utf16Bom(bytes);
        if (utf16.isPresent()) {
            return new Decoded(finish(new String(bytes, 2, bytes.length - 2, utf16.get()), source), Optional.empty());
        }
        Optional<Charset> unmarked = utf16WithoutBom(bytes);
        if (unmarked.isPresent()) {
            try {
                String text = strict(bytes, 0, unmarked.get());
                byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
                checkNotBinary(utf8, utf8.length, source); // 16-bit binary data has the same NULs
                return new Decoded(finish(text, source), Optional.empty());
            } catch (CharacterCodingException notUtf16) {
                // not UTF-16 after all: the checks below reject it as binary
            }
        }
        checkNotBinary(bytes, bytes.length, source);
        int start = hasUtf8Bom(bytes) ? 3 : 0;
        try {
            return new Decoded(finish(strict(bytes, start, StandardCharsets.UTF_8), source), Optional.empty());
        } catch (CharacterCodingException notUtf8) {
            Utf8Evidence evidence = Utf8Evidence.of(bytes, start);
            if (evidence.mostlyUtf8()) {
                String text = finish(new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8), source);
                return new Decoded(
                        text,
                        Optional.of(new Problem(
                                ProblemCode.INGEST_ENCODING,
                                source,
                                "file is UTF-8 with %d invalid byte sequence(s), each replaced with U+FFFD"
                                        .formatted(evidence.invalid()))));
            }
            try {
                String text = finish(strict(bytes, 0, WINDOWS_1252), source);
                return new Decoded(
                        text,
                        Optional.of(
                                new Problem(
                                        ProblemCode.INGEST_ENCODING,
                                        source,
                                        "file is not valid UTF-8; decoded it as windows-1252. Check accented letters and quotes.")));
            } catch (CharacterCodingException notWindows1252) {
                throw new RejectedException(
                        ProblemCode.INGEST_UNDECODABLE,
                        source,
                        "file is neither UTF-8 nor windows-1252 text; convert it to UTF-8");
            }
        }
    }

    /**
     * One line of a JSON Lines input read record by record: UTF-8, else windows-1252 with a warning on
     * this record alone (a whole file is decoded one way; a streamed one cannot be looked at twice).
     *
     * @param start 3 to skip a UTF-8 byte order mark on the first line, else 0
     */
    static Decoded decodeLine(byte[] bytes, int start, String source) throws RejectedException {
        try {
            return new Decoded(Text.normalise(strict(bytes, start, StandardCharsets.UTF_8)), Optional.empty());
        } catch (CharacterCodingException notUtf8) {
            Utf8Evidence evidence = Utf8Evidence.of(bytes, start);
            if (evidence.mostlyUtf8()) {
                return new Decoded(
                        Text.normalise(new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8)),
                        Optional.of(new Problem(
                                ProblemCode.INGEST_ENCODING,
                                source,
                                "record is UTF-8 with %d invalid byte sequence(s), each replaced with U+FFFD"
                                        .formatted(evidence.invalid()))));
            }
            try {
                return new Decoded(
                        Text.normalise(strict(bytes, start, WINDOWS_1252)),
                        Optional.of(
                                new Problem(
                                        ProblemCode.INGEST_ENCODING,
                                        source,
                                        "record is not valid UTF-8; decoded it as windows-1252. Check accented letters and quotes.")));
            } catch (CharacterCodingException notWindows1252) {
                throw new RejectedException(
                        ProblemCode.INGEST_UNDECODABLE,
                        source,
                        "record is neither UTF-8 nor windows-1252 text; convert it to UTF-8");
            }
        }
    }

    /** The first bytes of an input, decoded leniently, only to tell its format. */
    static String sample(byte[] bytes, int length) {
        int start = hasUtf8Bom(bytes) ? 3 : 0;
        return Text.normalise(new String(bytes, start, Math.max(0, length - start), StandardCharsets.UTF_8));
    }

    private static String finish(String raw, String source) throws RejectedException {
        String text = Text.normalise(raw);
        if (text.isBlank()) {
            throw new RejectedException(ProblemCode.INGEST_EMPTY, source, "file holds only whitespace");
        }
        return text;
    }

    /** Rejects bytes that look binary, judged on the first 64 KiB of the {@code length} given. */
    static void checkNotBinary(byte[] bytes, int length, String source) throws RejectedException {
        int n = Math.min(length, SAMPLE);
        int controls = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                throw new RejectedException(
                        ProblemCode.INGEST_BINARY,
                        source,
                        "file looks binary (NUL byte at offset %d); expected text, HTML or JSON".formatted(i));
            }
            if ((b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') || b == 0x7F) {
                controls++;
            }
        }
        if (controls > Math.max(2, n / 100)) {
            throw new RejectedException(
                    ProblemCode.INGEST_BINARY,
                    source,
                    "file looks binary (%d control characters in the first %d bytes); expected text, HTML or JSON"
                            .formatted(controls, n));
        }
    }

    private static String strict(byte[] bytes, int start, Charset charset) throws CharacterCodingException {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
                .toString();
    }

    /**
     * UTF-16 without a byte order mark: text in a Latin script has a NUL in every other byte, on the odd
     * positions for little-endian, the even ones for big-endian, and almost none on the other side.
     */
    static Optional<Charset> utf16WithoutBom(byte[] b) {
        int n = Math.min(b.length, SAMPLE) & ~1;
        if (n < 8) {
            return Optional.empty();
        }
        int evenNuls = 0;
        int oddNuls = 0;
        for (int i = 0; i < n; i += 2) {
            evenNuls += b[i] == 0 ? 1 : 0;
            oddNuls += b[i + 1] == 0 ? 1 : 0;
        }
        int pairs = n / 2;
        if (oddNuls * 10 >= pairs * 7 && evenNuls * 100 <= pairs) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        if (evenNuls * 10 >= pairs * 7 && oddNuls * 100 <= pairs) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        return Optional.empty();
    }

    /**
     * How much of a file's non-ASCII reads as UTF-8: well-formed multi-byte sequences against bytes that fit
     * none. Text written in UTF-8 with a few stray bytes has many of the first and few of the second; a
     * windows-1252 file with accented letters has almost none of the first.
     */
    record Utf8Evidence(int wellFormed, int invalid) {
        static Utf8Evidence of(byte[] b, int start) {
            int wellFormed = 0;
            int invalid = 0;
            int i = start;
            while (i < b.length) {
                int lead = b[i] & 0xFF;
                int length = lead < 0x80
                        ? 1
                        : lead >= 0xC2 && lead <= 0xDF
                                ? 2
                                : lead >= 0xE0 && lead <= 0xEF ? 3 : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
                if (length == 1) {
                    i++;
                    continue;
                }
                boolean ok = length > 0 && i + length <= b.length;
                for (int k = 1; ok && k < length; k++) {
                    ok = (b[i + k] & 0xC0) == 0x80;
                }
                if (ok) {
                    wellFormed++;
                    i += length;
                } else {
                    invalid++;
                    i++;
                }
            }
            return new Utf8Evidence(wellFormed, invalid);
        }

        /** At least four well-formed sequences for every invalid byte. */
        boolean mostlyUtf8() {
            return wellFormed >= 4 * invalid && wellFormed > 0;
        }
    }

    static boolean hasUtf8Bom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }

    static Optional<Charset> utf16Bom(byte[] b) {
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        return Optional.empty();
    }
}
