package org.newsgraph.cli;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Bridges Jena's stream writers to picocli's {@link PrintWriter}s so that command output can be
 * captured in tests. Buffers up to a line, then hands the text on.
 */
final class WriterOutputStream extends OutputStream {
    private final PrintWriter writer;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(8192);

    WriterOutputStream(PrintWriter writer) {
        this.writer = writer;
    }

    @Override
    public void write(int b) {
        buffer.write(b);
        if (b == '\n' && buffer.size() > 8192) {
            drain();
        }
    }

    @Override
    public void write(byte[] b, int off, int len) {
        buffer.write(b, off, len);
        if (buffer.size() > 65536) {
            drainToLastNewline();
        }
    }

    private void drainToLastNewline() {
        byte[] bytes = buffer.toByteArray();
        int last = bytes.length - 1;
        while (last >= 0 && bytes[last] != '\n') {
            last--;
        }
        if (last < 0) {
            return;
        }
        writer.write(new String(bytes, 0, last + 1, StandardCharsets.UTF_8));
        buffer.reset();
        buffer.write(bytes, last + 1, bytes.length - last - 1);
    }

    private void drain() {
        drainToLastNewline();
    }

    @Override
    public void flush() {
        writer.write(buffer.toString(StandardCharsets.UTF_8));
        buffer.reset();
        writer.flush();
    }

    @Override
    public void close() {
        flush();
    }
}
