package org.newsgraph.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.newsgraph.NewsgraphException;

/**
 * Reads articles from files, folders and standard input. Text must decode cleanly in the chosen
 * charset (UTF-8 by default): a file that does not is refused with the byte offset of the first bad
 * byte, never turned into mojibake. HTML pages go through {@link HtmlArticles}.
 *
 * <pre>{@code
 * ArticleReader reader = new ArticleReader(StandardCharsets.UTF_8, 10_000_000);
 * try (Stream<Path> files = reader.expand(List.of("seeds"))) {
 *     files.forEach(f -> process(reader.read(f)));
 * }
 * }</pre>
 */
public final class ArticleReader {
    /** Name used for standard input. */
    public static final String STDIN = "-";

    private static final List<String> TEXT_EXTENSIONS = List.of(".txt", ".text", ".md", ".markdown");
    private static final List<String> HTML_EXTENSIONS = List.of(".html", ".htm", ".xhtml");

    private final Charset charset;
    private final long maxBytes;

    public ArticleReader(Charset charset, long maxBytes) {
        this.charset = charset;
        this.maxBytes = maxBytes;
    }

    /**
     * The files named by the arguments, in order: a folder gives its article files (text, Markdown,
     * HTML) recursively in name order, a file or {@code -} gives itself. The stream is lazy.
     *
     * @throws NewsgraphException if an argument does not exist
     */
    public Stream<Path> expand(List<String> arguments) {
        return arguments.stream().flatMap(this::expandOne);
    }

    private Stream<Path> expandOne(String argument) {
        if (STDIN.equals(argument)) {
            return Stream.of(Path.of(STDIN));
        }
        Path path = Path.of(argument);
        if (Files.isDirectory(path)) {
            List<Path> found = articleFiles(path);
            return found.isEmpty() ? Stream.of(path) : found.stream();
        }
        return Stream.of(path);
    }

    /**
     * The article files under a folder, in name order. A subfolder that cannot be listed is kept
     * as an entry so that {@link #read} reports it and the batch goes on with the rest. Symbolic
     * links to files and folders are followed; a link back to a folder being walked (a loop) is
     * skipped, and a broken link with an article file's name is kept so that {@link #read}
     * reports it.
     */
    private static List<Path> articleFiles(Path folder) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(folder, java.util.EnumSet.of(java.nio.file.FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    // a link whose target is gone keeps the link's own attributes
                    if ((attrs.isRegularFile() || attrs.isSymbolicLink()) && isArticleFile(file)) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    if (!(e instanceof java.nio.file.FileSystemLoopException)) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new NewsgraphException(folder + ": cannot list folder: " + reason(e), e);
        }
        found.sort(null);
        return found;
    }

    /** True for files a folder scan picks up. */
    public static boolean isArticleFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith(".")
                && (TEXT_EXTENSIONS.stream().anyMatch(name::endsWith) || HTML_EXTENSIONS.stream().anyMatch(name::endsWith));
    }

    /** True for the file names read as HTML pages. */
    public static boolean isHtml(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return HTML_EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    /** Reads one file ({@code -} for standard input). */
    public Article read(Path file) {
        String source = file.toString();
        if (!STDIN.equals(source) && Files.isDirectory(file)) {
            throw new NewsgraphException(source + ": " + whyNoArticles(file));
        }
        byte[] bytes = STDIN.equals(source) ? readStdin() : readFile(file);
        return parse(source, bytes, isHtml(file) || (STDIN.equals(source) && looksLikeHtml(bytes)));
    }

    /**
     * Turns raw bytes into an article, checking size, binary content and encoding. Plain text is
     * strict: a byte-order mark decides the encoding (UTF-8, UTF-16LE/BE) whatever {@code --encoding}
     * says, otherwise the reader's charset is used and must decode every byte. An HTML page is read as
     * a browser reads it ({@link #decodeHtml}): a few bad bytes are replaced and reported, not refused.
     */
    public Article parse(String source, byte[] bytes, boolean html) {
        if (bytes.length > maxBytes) {
            throw new NewsgraphException(source + ": file is " + bytes.length + " bytes, over the limit of "
                    + maxBytes + " (raise it with --max-bytes)");
        }
        Bom bom = Bom.of(bytes);
        if (bom == null || bom.charset.equals(StandardCharsets.UTF_8)) {
            refuseBinary(source, bytes);
        }
        if (html) {
            List<String> warnings = new ArrayList<>();
            String text = decodeHtml(source, bytes, bom, warnings);
            return HtmlArticles.parse(source, text, warnings);
        }
        Charset cs = bom != null ? bom.charset : charset;
        int skip = bom != null ? bom.length : 0;
        if (bom == null && !isUnicode(cs) && hasNonAscii(bytes) && isValidUtf8(bytes)) {
            throw new NewsgraphException(source + ": text is UTF-8, but --encoding " + cs.name()
                    + " was given (decoding it as " + cs.name() + " would garble it); drop --encoding");
        }
        String text = decode(source, bytes, skip, cs);
        refuseControlCharacters(source, text, skip, cs);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        text = normalise(text);
        if (text.isBlank()) {
            throw new NewsgraphException(source + (bytes.length == 0 ? ": empty file" : ": file holds only white space")
                    + ", nothing to ingest");
        }
        return new Article(text, null, source, null, null);
    }

    /**
     * Decodes an HTML page as browsers do (the WHATWG encoding standard): the byte-order mark, then
     * the charset the page declares ({@code <meta charset>} or {@code http-equiv}), then detection
     * (UTF-8 when the bytes are UTF-8, else {@code --encoding} when given, else Windows-1252). Then:
     * <ul>
     *   <li>a handful of undecodable bytes in an otherwise valid page become U+FFFD, and one warning
     *       gives their count and the first one's offset;</li>
     *   <li>a declared charset that the bytes contradict (UTF-8 bytes under a GB2312 declaration, or
     *       Windows-1252 bytes throughout under a UTF-8 one) is overruled by the bytes, and the
     *       warning names the page's own declaration.</li>
     * </ul>
     */
    private String decodeHtml(String source, byte[] bytes, Bom bom, List<String> warnings) {
        if (bom != null) {
            return lenient(source, bytes, bom.length, bom.charset, warnings).text;
        }
        Optional<Declared> declared = declaredCharset(bytes);
        Decoded utf8 = Decoded.of(bytes, 0, StandardCharsets.UTF_8);
        Charset guess = isUnicode(charset) ? WINDOWS_1252 : charset;
        if (declared.isEmpty()) {
            if (utf8.isMostlyValid(false)) {
                return lenient(source, utf8, StandardCharsets.UTF_8, warnings);
            }
            return lenient(source, bytes, 0, guess, warnings).text;
        }
        Declared d = declared.get();
        if (d.charset.equals(StandardCharsets.UTF_8)) {
            if (utf8.isMostlyValid(true)) {
                return lenient(source, utf8, StandardCharsets.UTF_8, warnings);
            }
            warnings.add(source + ": the page declares charset " + d.label + " but its bytes are not UTF-8 ("
                    + utf8.errors + " undecodable sequences, the first at byte " + utf8.firstError + "); read as "
                    + guess.name());
            return lenient(source, bytes, 0, guess, warnings).text;
        }
        if (utf8.errors == 0 && utf8.nonAscii > 0) {
            warnings.add(source + ": the page declares charset " + d.label + " but its bytes are UTF-8; read as UTF-8");
            return utf8.text;
        }
        return lenient(source, bytes, 0, d.charset, warnings).text;
    }

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static Decoded lenient(String source, byte[] bytes, int skip, Charset cs, List<String> warnings) {
        Decoded d = Decoded.of(bytes, skip, cs);
        lenient(source, d, cs, warnings);
        return d;
    }

    /** The decoded text, with one warning when bytes were replaced. */
    private static String lenient(String source, Decoded d, Charset cs, List<String> warnings) {
        if (d.errors > 0) {
            warnings.add(source + ": " + d.errors + (d.errors == 1 ? " byte sequence" : " byte sequences")
                    + " not valid " + cs.name() + " replaced with U+FFFD (the first at byte " + d.firstError + ")");
        }
        return d.text;
    }

    /**
     * Bytes decoded with every undecodable sequence (and every C1 control, the trace of Windows-1252
     * read as Latin-1) replaced by U+FFFD: how many, where the first was, and how many other non-ASCII
     * characters came out (a page of those is UTF-8 with a stray byte, not another encoding).
     */
    private record Decoded(String text, int errors, long firstError, int nonAscii) {
        static Decoded of(byte[] bytes, int skip, Charset cs) {
            CharsetDecoder decoder = cs.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
            CharBuffer out = CharBuffer.allocate((int) ((bytes.length - skip) * (double) decoder.maxCharsPerByte()) + 16);
            int errors = 0;
            long first = -1;
            while (true) {
                CoderResult r = decoder.decode(in, out, true);
                if (r.isError()) {
                    if (errors++ == 0) {
                        first = in.position();
                    }
                    in.position(in.position() + r.length());
                    out.put('\uFFFD');
                    continue;
                }
                decoder.flush(out);
                break;
            }
            out.flip();
            char[] chars = new char[out.remaining()];
            out.get(chars);
            int nonAscii = 0;
            for (int i = 0; i < chars.length; i++) {
                char c = chars[i];
                if (c >= 0x80 && c <= 0x9F) {
                    if (errors++ == 0) {
                        first = skip + (long) new String(chars, 0, i).getBytes(cs).length;
                    }
                    chars[i] = '\uFFFD';
                } else if (c >= 0x80 && c != '\uFFFD' && c != '\uFEFF') {
                    nonAscii++;
                }
            }
            String text = new String(chars);
            return new Decoded(text.startsWith("\uFEFF") ? text.substring(1) : text, errors, first, nonAscii);
        }

        /**
         * No errors, or a few among many good non-ASCII characters; when the page declares this
         * encoding, up to three bad sequences are taken as strays whatever else the page holds.
         */
        boolean isMostlyValid(boolean declared) {
            return errors == 0 || (declared && errors <= 3) || errors * 20 <= nonAscii;
        }
    }

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

    /** A charset an HTML page declares, with the label as the page spells it. */
    record Declared(Charset charset, String label) {
    }

    /**
     * The charset an HTML page declares in a {@code <meta>} tag in its first 2 kB. As in browsers
     * (the WHATWG encoding standard), Latin-1 and ASCII labels mean Windows-1252, GB2312 means GBK,
     * and a UTF-16 label in a page that is not UTF-16 means UTF-8.
     */
    static Optional<Declared> declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) {
            return Optional.empty();
        }
        String label = m.group(1);
        String name = switch (label.toLowerCase(Locale.ROOT)) {
            case "iso-8859-1", "latin1", "us-ascii", "ascii" -> "windows-1252";
            case "gb2312" -> "GBK";
            case "utf-16", "utf-16le", "utf-16be" -> "UTF-8";
            default -> label;
        };
        try {
            return Optional.of(new Declared(Charset.forName(name), label));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Byte-order marks that name their encoding. */
    private enum Bom {
        UTF8(StandardCharsets.UTF_8, 3), UTF16LE(StandardCharsets.UTF_16LE, 2), UTF16BE(StandardCharsets.UTF_16BE, 2);

        final Charset charset;
        final int length;

        Bom(Charset charset, int length) {
            this.charset = charset;
            this.length = length;
        }

        static Bom of(byte[] b) {
            if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
                return UTF8;
            }
            if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
                return UTF16LE;
            }
            if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
                return UTF16BE;
            }
            return null;
        }
    }

    /** Well-known binary formats by their first bytes, for a friendlier message. */
    private static final List<Map.Entry<String, String>> MAGIC = List.of(
            Map.entry("%PDF-", "a PDF document"),
            Map.entry("PK\u0003\u0004", "a ZIP archive (or a Word/OpenDocument file)"),
            Map.entry("\u001F\u008B", "a gzip archive"),
            Map.entry("\u0089PNG", "a PNG image"),
            Map.entry("\u00FF\u00D8\u00FF", "a JPEG image"),
            Map.entry("GIF8", "a GIF image"),
            Map.entry("\u00D0\u00CF\u0011\u00E0", "an old Microsoft Office file"));

    private static void refuseBinary(String source, byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 8), StandardCharsets.ISO_8859_1);
        for (Map.Entry<String, String> magic : MAGIC) {
            if (head.startsWith(magic.getKey())) {
                throw new NewsgraphException(source + ": binary file (" + magic.getValue() + "), not an article");
            }
        }
        int nul = indexOfNul(bytes);
        if (nul < 0) {
            return;
        }
        if (looksLikeUtf16WithoutBom(bytes)) {
            throw new NewsgraphException(source + ": looks like UTF-16 without a byte-order mark (NUL byte at byte "
                    + nul + "); pass --encoding UTF-16LE or UTF-16BE");
        }
        throw new NewsgraphException(source + ": binary file (NUL byte at byte " + nul + "), not an article");
    }

    /** Most odd (LE) or even (BE) bytes of the first kilobyte are NUL: ASCII text stored as UTF-16. */
    private static boolean looksLikeUtf16WithoutBom(byte[] bytes) {
        int n = Math.min(bytes.length, 1024) & ~1;
        if (n < 8) {
            return false;
        }
        int evenNul = 0;
        int oddNul = 0;
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                if (i % 2 == 0) {
                    evenNul++;
                } else {
                    oddNul++;
                }
            }
        }
        int pairs = n / 2;
        return (oddNul > pairs * 0.8 && evenNul == 0) || (evenNul > pairs * 0.8 && oddNul == 0);
    }

    /**
     * NUL and the C1 controls (U+0080 to U+009F) never occur in real text: the first means binary
     * data, the second Windows-1252 bytes decoded as Latin-1 (or such text saved again as UTF-8).
     */
    private static void refuseControlCharacters(String source, String text, int skip, Charset cs) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                throw new NewsgraphException(source + ": binary file (NUL character at byte "
                        + byteOffset(text, i, skip, cs) + "), not an article");
            }
            if (c >= 0x80 && c <= 0x9F) {
                throw new NewsgraphException(String.format(Locale.ROOT,
                        "%s: control character U+%04X at byte %d, a sign of Windows-1252 text read as %s"
                                + "; pass --encoding windows-1252", source, (int) c, byteOffset(text, i, skip, cs),
                        cs.name()));
            }
        }
    }

    private static long byteOffset(String text, int charIndex, int skip, Charset cs) {
        return skip + (long) text.substring(0, charIndex).getBytes(cs).length;
    }

    private static boolean isUnicode(Charset cs) {
        return cs.name().startsWith("UTF-");
    }

    private static boolean hasNonAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isValidUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Newlines to {@code \n}; other control characters except tab to spaces. */
    static String normalise(String text) {
        String t = text.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder sb = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            sb.append(c < 0x20 && c != '\n' && c != '\t' ? ' ' : c);
        }
        return sb.toString().strip();
    }

    private static String decode(String source, byte[] bytes, int skip, Charset cs) {
        CharsetDecoder decoder = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        CharBuffer out = CharBuffer.allocate((int) ((bytes.length - skip) * (double) decoder.maxCharsPerByte()) + 16);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            String hint = cs.equals(StandardCharsets.UTF_8)
                    ? " (if it is Windows-1252 or Latin-1, pass --encoding windows-1252)" : "";
            throw new NewsgraphException(source + ": not valid " + cs.name() + " at byte " + in.position() + hint);
        }
        out.flip();
        return out.toString();
    }

    /** Why a folder named as an article gives nothing: it cannot be listed, or holds no article files. */
    private static String whyNoArticles(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            entries.count();
        } catch (AccessDeniedException e) {
            return "cannot list folder: permission denied";
        } catch (IOException | UncheckedIOException e) {
            return "cannot list folder: " + e.getMessage();
        }
        return "folder holds no article files (" + String.join(", ", TEXT_EXTENSIONS) + ", "
                + String.join(", ", HTML_EXTENSIONS) + ")";
    }

    private byte[] readFile(Path file) {
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new NewsgraphException(file + ": file is " + size + " bytes, over the limit of "
                        + maxBytes + " (raise it with --max-bytes)");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new NewsgraphException(file + ": no such file or folder", e);
        } catch (AccessDeniedException e) {
            throw new NewsgraphException(file + ": permission denied", e);
        } catch (IOException e) {
            throw new NewsgraphException(file + ": cannot read: " + reason(e), e);
        }
    }

    private byte[] readStdin() {
        try {
            InputStream in = System.in;
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            return bytes;
        } catch (IOException e) {
            throw new NewsgraphException("-: cannot read standard input: " + reason(e), e);
        }
    }

    private static boolean looksLikeHtml(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 512), StandardCharsets.ISO_8859_1)
                .stripLeading().toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html");
    }

    private static int indexOfNul(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    private static String reason(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
