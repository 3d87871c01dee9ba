package org.newsgraph.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apache.jena.riot.Lang;
import org.newsgraph.NewsgraphException;
import org.newsgraph.store.GraphStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsgraph export}: writes the whole graph in an RDF syntax. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {
            "Writes the whole graph. turtle merges the article graphs into one; trig and nquads keep",
            "one named graph per article; nquads and turtle stream, for stores of any size.",
            "",
            "Example:",
            "  newsgraph export --format nquads --output graph.nq"
        })
public final class ExportCommand implements Callable<Integer> {
    /** Export syntaxes. */
    public enum Format {
        turtle(Lang.TURTLE), trig(Lang.TRIG), nquads(Lang.NQUADS), ntriples(Lang.NTRIPLES), jsonld(Lang.JSONLD);

        final Lang lang;

        Format(Lang lang) {
            this.lang = lang;
        }
    }

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Option(names = {"-f", "--format"}, defaultValue = "turtle",
            description = "Syntax: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path output;

    @Override
    public Integer call() throws IOException {
        try (GraphStore store = storeOptions.open()) {
            if (output == null) {
                WriterOutputStream os = new WriterOutputStream(spec.commandLine().getOut());
                store.export(os, format.lang);
                os.flush();
            } else {
                Path tmp = output.resolveSibling(output.getFileName() + ".part");
                try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(tmp))) {
                    store.export(os, format.lang);
                } catch (IOException e) {
                    throw new NewsgraphException(output + ": cannot write: " + e.getMessage(), e);
                }
                Files.move(tmp, output, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                spec.commandLine().getErr().println("wrote " + output);
            }
        }
        return 0;
    }
}
