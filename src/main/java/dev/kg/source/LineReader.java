package dev.kg.source;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads a byte stream line by line, never holding more than {@code maxBytes} of one line: a longer
 * line is skipped to its end and reported by its length, so that a 20 MB line costs a scan, not 20 MB
 * of heap. Lines end at {@code \n} (a {@code \r} before it is dropped); bytes are not decoded here.
 */
final class LineReader {
    /** One line: its bytes, or, when it was over the limit, only its length. */
    record Line(byte[] bytes, long length) {
        boolean tooLong() {
            return bytes == null;
        }
    }

    private final InputStream in;
    private final long maxBytes;
    private final byte[] buffer = new byte[64 * 1024];
    private int pos;
    private int end;

    LineReader(InputStream in, long maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** The next line, or null at the end of the stream. */
    Line next() throws IOException {
        byte[] line = new byte[256];
        int size = 0;
        long length = 0;
        boolean any = false;
        while (true) {
            if (pos == end) {
                end = in.read(buffer);
                pos = 0;
                if (end <= 0) {
                    end = 0;
                    return any ? finish(line, size, length) : null;
                }
            }
            any = true;
            int from = pos;
            while (pos < end && buffer[pos] != '\n') {
                pos++;
            }
            int n = pos - from;
            length += n;
            if (length <= maxBytes) {
                if (size + n > line.length) {
                    line = Arrays.copyOf(line, Math.max(size + n, 2 * line.length));
                }
                System.arraycopy(buffer, from, line, size, n);
                size += n;
            }
            if (pos < end) { // at the newline
                pos++;
                return finish(line, size, length);
            }
        }
    }

    private Line finish(byte[] line, int size, long length) {
        if (length > maxBytes) {
            return new Line(null, length);
        }
        if (size > 0 && line[size - 1] == '\r') {
            size--;
        }
        return new Line(Arrays.copyOf(line, size), size);
    }
}
