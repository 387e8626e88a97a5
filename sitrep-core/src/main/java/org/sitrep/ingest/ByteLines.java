package org.sitrep.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits bytes into lines ended by "\n", "\r\n" or "\r", numbered from 1 as the whole-text reader
 * numbers them. Splitting bytes is safe in UTF-8 and windows-1252, where those bytes are always line
 * ends. A line longer than the limit is skipped, not buffered: only its length is kept.
 */
final class ByteLines {
    /** One line: its number, its bytes (empty when it was too long) and its length in bytes. */
    record Line(int number, byte[] bytes, long length) {
        boolean tooLong() {
            return length > bytes.length;
        }
    }

    private final InputStream in;
    private final long maxLength;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int limit;
    private boolean skipLineFeed; // the previous line ended with '\r': a following '\n' belongs to it
    private int number;

    ByteLines(InputStream in, long maxLength) {
        this.in = in;
        this.maxLength = maxLength;
    }

    /** The next line, or null at the end of the input. */
    Line next() throws IOException {
        byte[] line = new byte[256];
        int used = 0;
        long length = 0;
        boolean any = false;
        while (true) {
            if (position == limit && !fill()) {
                return any ? line(line, used, length) : null;
            }
            byte b = buffer[position++];
            if (skipLineFeed) {
                skipLineFeed = false;
                if (b == '\n') {
                    continue;
                }
            }
            any = true;
            if (b == '\n' || b == '\r') {
                skipLineFeed = b == '\r';
                return line(line, used, length);
            }
            length++;
            if (length <= maxLength) {
                if (used == line.length) {
                    line = Arrays.copyOf(line, (int) Math.min(maxLength, 2L * line.length));
                }
                line[used++] = b;
            }
        }
    }

    private Line line(byte[] line, int used, long length) {
        number++;
        return new Line(number, length > maxLength ? new byte[0] : Arrays.copyOf(line, used), length);
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer);
        while (n == 0) {
            n = in.read(buffer);
        }
        position = 0;
        limit = Math.max(n, 0);
        return n > 0;
    }
}
