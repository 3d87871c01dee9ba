package org.newsgraph.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
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
            try {
                return Files.walk(path)
                        .filter(Files::isRegularFile)
                        .filter(ArticleReader::isArticleFile)
                        .sorted();
            } catch (IOException e) {
                throw new NewsgraphException(argument + ": cannot list folder: " + reason(e), e);
            }
        }
        return Stream.of(path);
    }

    /** True for files a folder scan picks up. */
    public static boolean isArticleFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith(".")
                && (TEXT_EXTENSIONS.stream().anyMatch(name::endsWith) || HTML_EXTENSIONS.stream().anyMatch(name::endsWith));
    }

    static boolean isHtml(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return HTML_EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    /** Reads one file ({@code -} for standard input). */
    public Article read(Path file) {
        String source = file.toString();
        byte[] bytes = STDIN.equals(source) ? readStdin() : readFile(file);
        return parse(source, bytes, isHtml(file) || (STDIN.equals(source) && looksLikeHtml(bytes)));
    }

    /** Turns raw bytes into an article, checking size, binary content and encoding. */
    public Article parse(String source, byte[] bytes, boolean html) {
        if (bytes.length > maxBytes) {
            throw new NewsgraphException(source + ": file is " + bytes.length + " bytes, over the limit of "
                    + maxBytes + " (raise it with --max-bytes)");
        }
        int nul = indexOfNul(bytes);
        if (nul >= 0) {
            throw new NewsgraphException(source + ": binary file (NUL byte at byte " + nul + "), not an article");
        }
        String text = decode(source, bytes);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (html) {
            return HtmlArticles.parse(source, text);
        }
        text = normalise(text);
        if (text.isBlank()) {
            throw new NewsgraphException(source + ": empty file, nothing to ingest");
        }
        return new Article(text, null, source, null, null);
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

    private String decode(String source, byte[] bytes) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate((int) (bytes.length * (double) decoder.maxCharsPerByte()) + 16);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            String hint = charset.equals(StandardCharsets.UTF_8)
                    ? " (if it is Windows-1252 or Latin-1, pass --encoding windows-1252)" : "";
            throw new NewsgraphException(source + ": not valid " + charset.name() + " at byte " + in.position() + hint);
        }
        out.flip();
        return out.toString();
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
            throw new UncheckedIOException(e);
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
