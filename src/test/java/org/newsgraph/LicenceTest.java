package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The licence, and a NOTICE that names every model and data file the jar bundles. */
class LicenceTest {
    @Test
    void noticeNamesEveryBundledDataFile() throws IOException {
        String notice = Files.readString(Path.of("NOTICE"));
        List<String> missing = Fingerprint.dataResources().stream()
                .map(r -> r.substring(r.lastIndexOf('/') + 1))
                .filter(name -> !notice.contains(name))
                .toList();
        assertEquals(List.of(), missing, "bundled but not in NOTICE");
        for (String licence : List.of("CC BY-SA 4.0", "Open Database License 1.0", "Creative Commons Attribution 4.0")) {
            assertTrue(notice.contains(licence), licence);
        }
    }

    @Test
    void theLicenceIsApacheAndThePomSaysSo() throws IOException {
        assertTrue(Files.readString(Path.of("LICENSE")).contains("Apache License\n                           Version 2.0"));
        String pom = Files.readString(Path.of("pom.xml"));
        for (String id : List.of("Apache-2.0", "CC-BY-SA-4.0", "ODbL-1.0", "CC-BY-4.0")) {
            assertTrue(pom.contains("<name>" + id + "</name>"), id + " in the pom's <licenses>");
        }
    }
}
