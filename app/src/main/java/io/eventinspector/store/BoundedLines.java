package io.eventinspector.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Splits a byte stream into UTF-8 lines of at most a given number of bytes, in constant memory: a longer line is
 * read to its end and dropped as it goes, never held whole, so one huge line can neither exhaust memory nor take
 * the lines after it with it. A line ends at LF; a CR before it is dropped.
 */
final class BoundedLines {
    /** A line and its 1-based number; {@code text} is null when the line was longer than the limit. */
    record Line(long number, String text, long bytes) {
        boolean tooLong() {
            return text == null;
        }
    }

    private static final int INITIAL_LINE_CAPACITY = 1 << 12;

    private final InputStream in;
    private final int maxBytes;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private byte[] line = new byte[INITIAL_LINE_CAPACITY];
    private long number;

    BoundedLines(InputStream in, int maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** The next line, or null at the end of the input. */
    Line next() throws IOException {
        int length = 0;
        long total = 0;
        boolean started = false;
        boolean tooLong = false;
        while (true) {
            if (position == limit && !fill()) {
                if (!started) {
                    return null;
                }
                break;
            }
            started = true;
            int end = indexOfNewline();
            int stop = end < 0 ? limit : end;
            int chunk = stop - position;
            total += chunk;
            // One byte over the limit is kept for a CR that the line end will drop.
            if (!tooLong && length + chunk > maxBytes + 1) {
                tooLong = true;
                line = new byte[INITIAL_LINE_CAPACITY];
            }
            if (!tooLong) {
                if (length + chunk > line.length) {
                    line = Arrays.copyOf(line, Math.min(maxBytes + 1, Math.max(length + chunk, line.length * 2)));
                }
                System.arraycopy(buffer, position, line, length, chunk);
                length += chunk;
            }
            position = stop;
            if (end >= 0) {
                position++;
                break;
            }
        }
        number++;
        if (!tooLong && length > 0 && line[length - 1] == '\r') {
            length--;
            total--;
        }
        if (tooLong || length > maxBytes) {
            line = new byte[INITIAL_LINE_CAPACITY];
            return new Line(number, null, total);
        }
        return new Line(number, new String(line, 0, length, StandardCharsets.UTF_8), total);
    }

    private boolean fill() throws IOException {
        int read;
        do {
            read = in.read(buffer);
        } while (read == 0);
        position = 0;
        limit = Math.max(read, 0);
        return read > 0;
    }

    private int indexOfNewline() {
        for (int i = position; i < limit; i++) {
            if (buffer[i] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
