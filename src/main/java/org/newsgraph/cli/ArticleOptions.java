package org.newsgraph.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import org.newsgraph.Pipeline;
import org.newsgraph.text.Article;
import org.newsgraph.text.ArticleReader;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * How articles are read: encoding, size limit, language check and one article's metadata. Shared by
 * {@code ingest} and {@code extract}, so that the two read every file alike.
 */
public final class ArticleOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--encoding", paramLabel = "CHARSET", defaultValue = "UTF-8",
            description = "Character encoding of the files (default: ${DEFAULT-VALUE}; e.g. windows-1252).")
    Charset encoding;

    @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "10000000",
            description = "Refuse files larger than this (default: ${DEFAULT-VALUE}).")
    long maxBytes;

    @Option(names = "--lang", paramLabel = "LANG",
            description = {"The articles' language: 'en' reads every article as English, unchecked",
                "(default: each article is checked, and one that looks like another language is refused;",
                "texts of fewer than 100 letters are not checked)."})
    String lang;

    @Option(names = "--title", paramLabel = "TEXT", description = "Title of the article (one article only).")
    String title;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Publication date (one article only).")
    LocalDate date;

    @Option(names = "--url", paramLabel = "URL", description = "Address of the article (one article only).")
    String url;

    /** The reader these options describe, after checking they fit the paths (else a usage error). */
    ArticleReader reader(List<String> paths) {
        boolean metadata = title != null || date != null || url != null;
        if (metadata && (paths.size() != 1 || Files.isDirectory(Path.of(paths.get(0))))) {
            throw new ParameterException(spec.commandLine(), "--title, --date and --url describe one article: give one file or -");
        }
        if (url != null && !isHttpUrl(url)) {
            throw new ParameterException(spec.commandLine(), "--url must be an absolute http(s) URL, not '" + url + "'");
        }
        if (lang != null && !lang.equals("en")) {
            throw new ParameterException(spec.commandLine(), "--lang: only en is supported (the extraction reads English only), not '" + lang + "'");
        }
        return new ArticleReader(encoding, maxBytes);
    }

    /** Reads one file into an article: the metadata given applied, and refused if clearly not English. */
    Function<Path, Article> read(ArticleReader reader, Pipeline pipeline) {
        boolean metadata = title != null || date != null || url != null;
        Function<Path, Article> read = metadata ? f -> reader.read(f).withMetadata(title, url, date) : reader::read;
        return lang == null ? f -> pipeline.requireEnglish(read.apply(f)) : read;
    }

    private static boolean isHttpUrl(String text) {
        try {
            URI uri = new URI(text);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
