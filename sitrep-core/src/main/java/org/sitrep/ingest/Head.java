package org.sitrep.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The first bytes of an input: all of it when it is small, else enough to tell JSON Lines from the
 * other formats (the first line whole and the start of the next), so a large JSON Lines input can be
 * read record by record instead of whole.
 *
 * @param bytes    the bytes read, {@code length} of them used
 * @param complete true if the input ended within them
 */
record Head(byte[] bytes, int length, boolean complete) {
    /** Inputs up to this size are read whole, as they always were; larger JSON Lines inputs are streamed. */
    static final int SMALL = 64 * 1024;

    /**
     * Reads at least {@link #SMALL} bytes (or to the end), and on until the first non-blank line has
     * ended and another non-blank byte follows; never more than {@code cap} bytes.
     */
    static Head read(InputStream in, long cap) throws IOException {
        byte[] buffer = new byte[(int) Math.min(SMALL, Math.max(cap, 1))];
        int length = 0;
        int phase = 0; // 0 before the first content, 1 in the first line, 2 after its end, 3 content after it
        while (true) {
            if (length >= cap || (length >= SMALL && phase == 3)) {
                return new Head(buffer, length, false);
            }
            if (length == buffer.length) {
                buffer = Arrays.copyOf(buffer, (int) Math.min(cap, 2L * buffer.length));
            }
            int n = in.read(buffer, length, buffer.length - length);
            if (n < 0) {
                return new Head(buffer, length, true);
            }
            for (int i = length; i < length + n && phase < 3; i++) {
                phase = next(phase, buffer[i]);
            }
            length += n;
        }
    }

    private static int next(int phase, byte b) {
        boolean lineBreak = b == '\n' || b == '\r';
        boolean blank = lineBreak || b == ' ' || b == '\t' || b == '\f';
        return switch (phase) {
            case 0 -> blank ? 0 : 1;
            case 1 -> lineBreak ? 2 : 1;
            case 2 -> blank ? 2 : 3;
            default -> phase;
        };
    }

    /** The bytes read, as a new array of exactly {@code length}. */
    byte[] toArray() {
        return Arrays.copyOf(bytes, length);
    }
}
