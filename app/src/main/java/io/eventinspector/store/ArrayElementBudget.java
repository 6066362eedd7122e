package io.eventinspector.store;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Counts the bytes the parser reads for one array element and stops it when they exceed the line limit. */
final class ArrayElementBudget extends FilterInputStream {
    private final long limit;
    private long used;

    ArrayElementBudget(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    void startElement() {
        used = 0;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        count(b < 0 ? 0 : 1);
        return b;
    }

    @Override
    public int read(byte[] bytes, int offset, int length) throws IOException {
        int read = super.read(bytes, offset, length);
        count(Math.max(read, 0));
        return read;
    }

    private void count(int read) throws ElementTooLong {
        used += read;
        if (used > limit) {
            throw new ElementTooLong();
        }
    }

    /** Thrown through the parser when an element goes over the limit; the rest of the array cannot be read. */
    static final class ElementTooLong extends IOException {
        ElementTooLong() {
            super("array element over the length limit");
        }
    }
}
