package org.newsgraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.NewsgraphException;

class ArticleReaderTest {
    private static final String TEXT = "Café owners in Zürich met the mayor. “We are worried,” one said.";

    @TempDir
    Path dir;

    private final ArticleReader utf8 = new ArticleReader(StandardCharsets.UTF_8, 1_000_000);

    private String refusal(ArticleReader reader, Path file) {
        return assertThrows(NewsgraphException.class, () -> reader.read(file)).getMessage();
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    @Test
    void readsUtf8AndStripsItsByteOrderMark() throws IOException {
        byte[] body = TEXT.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        assertEquals(TEXT, utf8.read(write("bom.txt", withBom)).text());
        assertEquals(TEXT, utf8.read(write("plain.txt", body)).text());
    }

    @Test
    void detectsUtf16ByItsByteOrderMarkWhateverTheEncodingOption() throws IOException {
        Path le = write("le.txt", TEXT.getBytes(Charset.forName("UTF-16"))); // BE with BOM
        Path be = write("be.txt", withBom(new byte[] {(byte) 0xFF, (byte) 0xFE}, TEXT.getBytes(StandardCharsets.UTF_16LE)));
        assertEquals(TEXT, utf8.read(le).text());
        assertEquals(TEXT, new ArticleReader(Charset.forName("windows-1252"), 1_000_000).read(be).text());
    }

    private static byte[] withBom(byte[] bom, byte[] body) {
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        return all;
    }

    @Test
    void utf16WithoutBomIsRefusedWithAHint() throws IOException {
        Path p = write("nobom.txt", "Plain words in a sixteen bit file.".getBytes(StandardCharsets.UTF_16LE));
        String m = refusal(utf8, p);
        assertTrue(m.startsWith(p + ": looks like UTF-16 without a byte-order mark"), m);
        assertTrue(m.contains("--encoding UTF-16LE"), m);
    }

    @Test
    void windows1252IsRefusedAsUtf8WithTheByteOffsetAndDecodedWithTheOption() throws IOException {
        byte[] cp1252 = TEXT.getBytes(Charset.forName("windows-1252"));
        Path p = write("cp1252.txt", cp1252);
        assertEquals(p + ": not valid UTF-8 at byte 3 (if it is Windows-1252 or Latin-1, pass --encoding windows-1252)",
                refusal(utf8, p));
        ArticleReader cp = new ArticleReader(Charset.forName("windows-1252"), 1_000_000);
        assertEquals(TEXT, cp.read(p).text());
    }

    @Test
    void windows1252ReadAsLatin1IsRefusedNotTurnedIntoControlCharacters() throws IOException {
        // the curly quotes are 0x93/0x94 in Windows-1252: C1 controls in Latin-1
        Path p = write("quotes.txt", "He said \u201chello\u201d.".getBytes(Charset.forName("windows-1252")));
        String m = refusal(new ArticleReader(StandardCharsets.ISO_8859_1, 1_000_000), p);
        assertEquals(p + ": control character U+0093 at byte 8, a sign of Windows-1252 text read as ISO-8859-1;"
                + " pass --encoding windows-1252", m);
    }

    @Test
    void utf8TextReadWithASingleByteEncodingIsRefusedInsteadOfGarbled() throws IOException {
        Path p = write("utf8.txt", TEXT.getBytes(StandardCharsets.UTF_8));
        String m = refusal(new ArticleReader(Charset.forName("windows-1252"), 1_000_000), p);
        assertTrue(m.startsWith(p + ": text is UTF-8, but --encoding windows-1252 was given"), m);
    }

    @Test
    void plainAsciiIsReadWithAnyEncoding() throws IOException {
        Path p = write("ascii.txt", "Officials met in Geneva.".getBytes(StandardCharsets.US_ASCII));
        assertEquals("Officials met in Geneva.", new ArticleReader(Charset.forName("windows-1252"), 100).read(p).text());
    }

    @Test
    void binaryFilesAreRefused() throws IOException {
        Path nul = write("data.txt", new byte[] {'a', 'b', 'c', 0, 1, 2, (byte) 0xFE, 'x', 'y', 'z', 0, 'q'});
        assertEquals(nul + ": binary file (NUL byte at byte 3), not an article", refusal(utf8, nul));
        Path pdf = write("report.txt", "%PDF-1.7\n%\u00e2\u00e3".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(pdf + ": binary file (a PDF document), not an article", refusal(utf8, pdf));
        Path png = write("image.html", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        assertEquals(png + ": binary file (a PNG image), not an article", refusal(utf8, png));
    }

    @Test
    void emptyAndBlankFilesAreRefused() throws IOException {
        Path empty = write("empty.txt", new byte[0]);
        assertEquals(empty + ": empty file, nothing to ingest", refusal(utf8, empty));
        Path blank = write("blank.md", " \n\t\r\n  ".getBytes(StandardCharsets.UTF_8));
        assertEquals(blank + ": file holds only white space, nothing to ingest", refusal(utf8, blank));
    }

    @Test
    void missingFileIsNamed() {
        Path missing = dir.resolve("nope.txt");
        assertEquals(missing + ": no such file or folder", refusal(utf8, missing));
    }

    @Test
    void unreadableFileIsNamed() throws IOException {
        Path p = write("secret.txt", "Ministers met.".getBytes(StandardCharsets.UTF_8));
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(p), "running as root: permissions are not enforced");
        assertEquals(p + ": permission denied", refusal(utf8, p));
    }

    @Test
    void fileOverTheLimitIsRefusedBeforeReading() throws IOException {
        Path p = write("big.txt", "word ".repeat(100).getBytes(StandardCharsets.UTF_8));
        assertEquals(p + ": file is 500 bytes, over the limit of 499 (raise it with --max-bytes)",
                refusal(new ArticleReader(StandardCharsets.UTF_8, 499), p));
    }

    @Test
    void folderWithoutArticlesIsReportedAsOneFailure() throws IOException {
        Path empty = Files.createDirectory(dir.resolve("nothing-here"));
        Files.writeString(empty.resolve("notes.csv"), "a,b");
        List<Path> found;
        try (var files = utf8.expand(List.of(empty.toString()))) {
            found = files.toList();
        }
        assertEquals(List.of(empty), found);
        assertTrue(refusal(utf8, empty).startsWith(empty + ": folder holds no article files (.txt"));
    }

    @Test
    void folderListsArticleFilesInNameOrderSkippingOthers() throws IOException {
        Path sub = Files.createDirectories(dir.resolve("in/sub"));
        Files.writeString(dir.resolve("in/b.txt"), "B.");
        Files.writeString(sub.resolve("a.md"), "A.");
        Files.writeString(dir.resolve("in/.hidden.txt"), "H.");
        Files.writeString(dir.resolve("in/c.jpg"), "C.");
        try (var files = utf8.expand(List.of(dir.resolve("in").toString()))) {
            assertEquals(List.of(dir.resolve("in/b.txt"), sub.resolve("a.md")), files.toList());
        }
    }

    @Test
    void htmlPageIsDecodedInTheCharsetItDeclares() throws IOException {
        String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">"
                + "<title>Talks</title></head><body><p>" + TEXT + "</p></body></html>";
        Path p = write("page.html", page.getBytes(Charset.forName("windows-1252")));
        assertTrue(utf8.read(p).text().contains(TEXT), "Latin-1 label read as Windows-1252, curly quotes intact");
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static String page(String charset, String text) {
        return "<html><head><meta charset=\"" + charset + "\"><title>Talks</title></head><body><p>" + text + "</p></body></html>";
    }

    @Test
    void aStrayByteInAUtf8PageBecomesAReplacementCharacterWithOneWarning() throws IOException {
        String[] halves = page("utf-8", TEXT + " The mayor" + "\u0000" + "s office agreed.").split("\u0000");
        byte[] before = halves[0].getBytes(StandardCharsets.UTF_8);
        Path p = write("stray.html", concat(before, new byte[] {(byte) 0x92}, halves[1].getBytes(StandardCharsets.UTF_8)));

        Article a = utf8.read(p);

        assertTrue(a.text().contains(TEXT + " The mayor\uFFFDs office agreed."), a.text());
        assertEquals(List.of(p + ": 1 byte sequence not valid UTF-8 replaced with U+FFFD (the first at byte " + before.length + ")"),
                a.warnings());
    }

    @Test
    void aPageWhoseBytesContradictItsDeclaredCharsetIsReadByItsBytes() throws IOException {
        String chinese = "北京和上海的官员周一举行会谈。";
        Path p = write("lying.html", page("GB2312", TEXT + " " + chinese).getBytes(StandardCharsets.UTF_8));

        Article a = new ArticleReader(StandardCharsets.UTF_8, 1_000_000).read(p);

        assertTrue(a.text().contains(TEXT + " " + chinese), a.text());
        assertEquals(List.of(p + ": the page declares charset GB2312 but its bytes are UTF-8; read as UTF-8"), a.warnings());
        assertTrue(a.warnings().stream().noneMatch(w -> w.contains("--encoding")), "no option was given, none is blamed");
    }

    @Test
    void aPageDeclaringUtf8WrittenInWindows1252IsReadAsWindows1252() throws IOException {
        String text = "Café owners in Zürich met the mayor’s staff. “We are worried,” one said. Señor Peña agreed.";
        Path p = write("cp1252.html", page("utf-8", text).getBytes(Charset.forName("windows-1252")));

        Article a = utf8.read(p);

        assertEquals(text, a.text());
        assertEquals(1, a.warnings().size(), a.warnings().toString());
        assertTrue(a.warnings().get(0).startsWith(p + ": the page declares charset utf-8 but its bytes are not UTF-8"),
                a.warnings().toString());
    }

    @Test
    void aPageWithoutDeclarationIsUtf8WhenItsBytesAreElseWindows1252() throws IOException {
        String undeclared = "<html><body><p>" + TEXT + "</p></body></html>";
        assertEquals(TEXT, utf8.read(write("u.html", undeclared.getBytes(StandardCharsets.UTF_8))).text());
        Article cp = utf8.read(write("w.html", undeclared.getBytes(Charset.forName("windows-1252"))));
        assertEquals(TEXT, cp.text());
    }

    @Test
    void plainTextStaysStrictWhereAPageIsRepaired() throws IOException {
        byte[] bytes = concat("The mayor".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0x92},
                "s office agreed.".getBytes(StandardCharsets.UTF_8));
        Path p = write("stray.txt", bytes);
        assertEquals(p + ": not valid UTF-8 at byte 9 (if it is Windows-1252 or Latin-1, pass --encoding windows-1252)",
                refusal(utf8, p));
    }
}
