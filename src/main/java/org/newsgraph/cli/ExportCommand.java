package org.newsgraph.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.apache.jena.riot.Lang;
import org.newsgraph.NewsgraphException;
import org.newsgraph.store.GraphStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsgraph export}: writes the whole graph, or one article's, in an RDF syntax. */
@Command(name = "export", mixinStandardHelpOptions = true,
        header = "Writes the graph, or one article's graph, as Turtle, TriG, N-Quads, N-Triples, JSON-LD or RDF/XML.",
        description = {
            "Writes the whole graph, or with --article one article's graph. turtle, ntriples, jsonld and "
                + "rdfxml merge the article graphs into one; trig and nquads keep one named graph per "
                + "article. turtle, ntriples, trig and nquads stream, for stores of any size; jsonld and "
                + "rdfxml are built in memory. Without --format, the format follows the --output file's "
                + "extension (.ttl, .nt, .trig, .nq, .jsonld, .rdf, .owl, .xml), else turtle.",
            "",
            "Example:",
            "  newsgraph export --output graph.nq",
            "  newsgraph export --article d559cc28 --format rdfxml"
        })
public final class ExportCommand implements Callable<Integer> {
    /** Export syntaxes, with the file extensions that select them. */
    public enum Format {
        turtle(Lang.TURTLE, "ttl", "turtle"), trig(Lang.TRIG, "trig"), nquads(Lang.NQUADS, "nq", "nquads"),
        ntriples(Lang.NTRIPLES, "nt", "ntriples"), jsonld(Lang.JSONLD, "jsonld", "json"),
        rdfxml(Lang.RDFXML, "rdf", "owl", "xml");

        final Lang lang;
        private final String[] extensions;

        Format(Lang lang, String... extensions) {
            this.lang = lang;
            this.extensions = extensions;
        }

        /** The format a file name asks for, or null. */
        static Format ofFileName(String name) {
            String lower = name.toLowerCase(Locale.ROOT);
            for (Format f : values()) {
                for (String ext : f.extensions) {
                    if (lower.endsWith("." + ext)) {
                        return f;
                    }
                }
            }
            return null;
        }
    }

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Option(names = {"-f", "--format"},
            description = "Syntax: ${COMPLETION-CANDIDATES} (default: from the --output extension, else turtle).")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path output;

    @Option(names = "--article", paramLabel = "ARTICLE",
            description = "Only this article's graph: its id, a unique prefix of it, its content hash or source path.")
    String article;

    @Override
    public Integer call() throws IOException {
        Format chosen = format != null ? format : output == null ? Format.turtle : Format.ofFileName(output.getFileName().toString());
        if (chosen == null) {
            throw new ParameterException(spec.commandLine(), output + ": cannot tell the format from the extension; give --format");
        }
        try (GraphStore store = storeOptions.openExisting()) {
            String id = article == null ? null : ArticleRef.resolve(store.articles(), article, store).id();
            if (output == null) {
                WriterOutputStream os = new WriterOutputStream(spec.commandLine().getOut());
                write(store, id, os, chosen);
                os.flush();
            } else {
                Path tmp = output.resolveSibling(output.getFileName() + ".part");
                try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(tmp))) {
                    write(store, id, os, chosen);
                } catch (IOException e) {
                    throw new NewsgraphException(output + ": cannot write: " + e.getMessage(), e);
                }
                Files.move(tmp, output, StandardCopyOption.REPLACE_EXISTING);
                spec.commandLine().getErr().println("wrote " + output + " (" + chosen + ")");
            }
        }
        return 0;
    }

    private static void write(GraphStore store, String articleId, OutputStream os, Format f) {
        if (articleId == null) {
            store.export(os, f.lang);
        } else {
            store.exportArticle(articleId, os, f.lang);
        }
    }
}
