package org.newsgraph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

import org.newsgraph.NewsgraphException;

/**
 * Turns a write that failed for want of disk space into one message naming the store folder.
 *
 * <p>TDB2 writes its indexes through memory-mapped files. When the device fills up, the JVM gets
 * SIGBUS on the mapped page and reports {@code InternalError("a fault occurred in a recent unsafe
 * memory access operation ...")}, not an {@code IOException}; the journal and node files report
 * {@code IOException("No space left on device")}, possibly wrapped. Either way the write
 * transaction is aborted, so the store keeps only whole articles.
 */
final class DiskFull {
    /** Below this much usable space, a fault while writing is put down to a full device. */
    private static final long LOW = 64L << 20;

    private DiskFull() {
    }

    /** Runs a write on the store in {@code folder}, translating a full device into a {@link NewsgraphException}. */
    static <T> T guard(Path folder, Supplier<T> write) {
        try {
            return write.get();
        } catch (RuntimeException | InternalError e) {
            if (isDiskFull(folder, e)) {
                throw new NewsgraphException("no space left on the device holding " + folder + " (" + free(folder)
                        + "); free some space and run the same command again: the store keeps only whole articles", e);
            }
            throw e;
        }
    }

    static boolean isDiskFull(Path folder, Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            String m = String.valueOf(c.getMessage());
            if (c instanceof IOException && m.contains("No space left on device")) {
                return true;
            }
            if (c instanceof InternalError && m.contains("unsafe memory access")) {
                return usable(folder) < LOW;
            }
        }
        return false;
    }

    private static String free(Path folder) {
        long bytes = usable(folder);
        return bytes < 0 ? "free space unknown" : (bytes >> 20) + " MB free";
    }

    private static long usable(Path folder) {
        try {
            Path p = folder.toAbsolutePath();
            while (p != null && !Files.exists(p)) {
                p = p.getParent();
            }
            return p == null ? -1 : Files.getFileStore(p).getUsableSpace();
        } catch (IOException e) {
            return -1;
        }
    }
}
