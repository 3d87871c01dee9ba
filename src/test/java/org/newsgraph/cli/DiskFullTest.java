package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.ChildJvm;

/**
 * Ingest into a store on a device that fills up: one line naming the store, exit 1, no stack
 * trace, and a store that still opens and validates. Needs root to mount a 3 MB tmpfs; skipped
 * otherwise.
 */
class DiskFullTest {
    @TempDir
    Path dir;

    @Test
    void aFullDeviceIsOneLineAndTheStoreStaysValid() throws Exception {
        Path small = Files.createDirectories(dir.resolve("small"));
        assumeTrue("root".equals(System.getProperty("user.name")), "mounting a tmpfs needs root");
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", small.toString()) == 0, "cannot mount a tmpfs");
        try {
            Path corpus = Files.createDirectories(dir.resolve("corpus"));
            String seed = Files.readString(Path.of("seeds/000_5e68b89ffc9390b7.txt"));
            for (int i = 0; i < 20; i++) {
                Files.writeString(corpus.resolve("a" + i + ".txt"), seed + "\n\nItem " + i + " of the series.\n");
            }
            Path db = small.resolve("db");
            Path log = dir.resolve("err.txt");
            Process ingest = ChildJvm.start(log, Main.class.getName(), "ingest", "--store", db.toString(),
                    "--threads", "1", corpus.toString());
            ingest.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            assertTrue(ingest.waitFor(300, TimeUnit.SECONDS), "ingest did not finish");
            List<String> err = Files.readAllLines(log);
            assertEquals(1, ingest.exitValue(), String.join("\n", err));
            assertEquals(1, err.size(), "one line: " + err);
            assertTrue(err.get(0).startsWith("newsgraph ingest: no space left on the device holding " + db + " ("), err.get(0));
            assertFalse(err.get(0).contains("Exception") || err.get(0).contains("Error"), err.get(0));

            CliRun validate = CliRun.run("validate", "--store", db.toString());
            assertEquals(0, validate.exitCode(), validate.toString());
            assertTrue(validate.out().startsWith("valid: "), validate.toString());
            CliRun articles = CliRun.run("articles", "--store", db.toString());
            assertFalse(articles.out().contains("\n0 articles"), "some articles landed before the device filled: " + articles);
        } finally {
            run("umount", "-l", small.toString());
        }
    }

    private static int run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
    }
}
