package org.cthb.readiness.roster.csv;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Counts the bytes read and fails once there are more than allowed, so an oversized upload is never read whole. */
final class SizeLimitedInputStream extends FilterInputStream {

    /** Thrown once the stream has given more bytes than allowed. */
    static final class TooLarge extends IOException {
        TooLarge(long maxBytes) {
            super("more than " + maxBytes + " bytes");
        }
    }

    private final long maxBytes;
    private long count;

    SizeLimitedInputStream(InputStream in, long maxBytes) {
        super(in);
        this.maxBytes = maxBytes;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        counted(skipped);
        return skipped;
    }

    // Resetting would let the count drift from what was really read.
    @Override
    public boolean markSupported() {
        return false;
    }

    private void counted(long n) throws TooLarge {
        count += n;
        if (count > maxBytes) {
            throw new TooLarge(maxBytes);
        }
    }
}
