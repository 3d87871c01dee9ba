package org.newsgraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder of symbolic links to articles, as a user makes one to pick articles from elsewhere. */
class LinkedFoldersTest {
    @TempDir
    Path dir;

    @Test
    void linksToFilesAndFoldersAreFollowedAndLoopsSkipped() throws IOException {
        Path store = Files.createDirectories(dir.resolve("archive/2024"));
        Files.writeString(store.resolve("a.txt"), "Talks resume in Geneva.");
        Files.writeString(store.resolve("b.md"), "# Port strike\n\nDock workers stopped work.");
        Path picked = Files.createDirectories(dir.resolve("picked"));
        try {
            Files.createSymbolicLink(picked.resolve("first.txt"), store.resolve("a.txt"));
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "no symbolic links here: " + e);
        }
        Files.createSymbolicLink(picked.resolve("second.md"), store.resolve("b.md"));
        Files.createSymbolicLink(picked.resolve("year"), store);           // a linked folder
        Files.createSymbolicLink(picked.resolve("loop"), picked);          // a loop back to the top
        Files.createSymbolicLink(picked.resolve("gone.txt"), dir.resolve("missing.txt"));

        ArticleReader reader = new ArticleReader(StandardCharsets.UTF_8, 1_000_000);
        List<String> found;
        try (Stream<Path> files = reader.expand(List.of(picked.toString()))) {
            found = files.map(p -> picked.relativize(p).toString()).toList();
        }
        assertEquals(List.of("first.txt", "gone.txt", "second.md", "year/a.txt", "year/b.md"), found);
        assertEquals("Talks resume in Geneva.", reader.read(picked.resolve("first.txt")).text());
        try {
            reader.read(picked.resolve("gone.txt"));
        } catch (org.newsgraph.NewsgraphException e) {
            assertEquals(picked.resolve("gone.txt") + ": no such file or folder", e.getMessage());
            return;
        }
        throw new AssertionError("a broken link is reported");
    }
}
