package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ProblemCode;

class DecoderTest {
    private static final String STORY =
            "Dockers in the invented port of Brill walked out on Tuesday, café owners said.";

    @Test
    void utf16WithoutAByteOrderMarkIsReadInEitherByteOrder() throws Exception {
        for (Charset charset : new Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
            Decoder.Decoded decoded = Decoder.decode(STORY.getBytes(charset), "story.txt");
            assertEquals(STORY, decoded.text(), charset.name());
            assertEquals(Optional.empty(), decoded.warning());
        }
    }

    @Test
    void utf8WithAFewStrayBytesStaysUtf8WithTheRepairCounted() throws Exception {
        byte[] good = (STORY + " Größere Schäden in Zürich und Île-de-France. ")
                .repeat(3)
                .getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[good.length + 1];
        System.arraycopy(good, 0, bytes, 0, 40);
        bytes[40] = (byte) 0x92; // a windows-1252 apostrophe pasted into UTF-8 text
        System.arraycopy(good, 40, bytes, 41, good.length - 40);

        Decoder.Decoded decoded = Decoder.decode(bytes, "story.txt");

        assertTrue(decoded.text().contains("Zürich"), "the UTF-8 letters are read as UTF-8, not as mojibake");
        assertTrue(decoded.text().contains("\uFFFD"));
        assertEquals(
                ProblemCode.INGEST_ENCODING, decoded.warning().orElseThrow().code());
        assertEquals(
                "file is UTF-8 with 1 invalid byte sequence(s), each replaced with U+FFFD",
                decoded.warning().orElseThrow().message());
    }

    @Test
    void windows1252TextIsStillReadAsWindows1252() throws Exception {
        byte[] bytes = (STORY + " Größere Schäden in Zürich.").getBytes(Charset.forName("windows-1252"));

        Decoder.Decoded decoded = Decoder.decode(bytes, "story.txt");

        assertTrue(decoded.text().contains("Zürich"));
        assertTrue(decoded.warning().orElseThrow().message().contains("windows-1252"));
    }

    @Test
    void sixteenBitBinaryDataIsStillBinary() {
        byte[] bytes = new byte[200];
        for (int i = 0; i < bytes.length; i += 2) {
            bytes[i] = (byte) (i % 7 + 1); // control characters in every other byte, NULs between
        }
        RejectedException e = assertThrows(RejectedException.class, () -> Decoder.decode(bytes, "data.bin"));
        assertEquals(ProblemCode.INGEST_BINARY, e.problem().code());
    }
}
