package org.newsgraph.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newsgraph.NewsgraphException;
import org.newsgraph.rdf.ArticleGraph;
import org.newsgraph.rdf.NG;

/**
 * Reads N-Quads or TriG files of article graphs (what {@code newsgraph extract} and
 * {@code newsgraph export} write) back into one {@link ArticleGraph} per article, in file order.
 * Each graph must be an article graph ({@code ng-graph:ID}); an article's quads may be spread over
 * a file, but are expected together (as the writers put them).
 */
public final class QuadFiles {
    private QuadFiles() {
    }

    /** Hands each article graph of the file to {@code sink}; the file's errors name it and the line. */
    public static void read(Path file, Consumer<ArticleGraph> sink) {
        Collector c = new Collector(file, sink);
        try {
            RDFParser parser = sparkPart(file) ? RDFParser.source(file).forceLang(org.apache.jena.riot.Lang.NQUADS).build()
                    : RDFParser.source(file).build();
            parser.parse(c);
        } catch (RiotException e) {
            throw new NewsgraphException(file + ": " + e.getMessage(), e);
        }
        c.flush();
    }

    /** Checks one quad's graph: an article graph, else the file is not newsgraph's. */
    static Node articleGraph(Path file, Quad q) {
        Node g = q.getGraph();
        if (q.isDefaultGraph() || !g.isURI() || !g.getURI().startsWith(NG.GRAPH)) {
            throw new NewsgraphException(file + ": a quad outside an article graph (" + (q.isDefaultGraph() ? "default graph" : g)
                    + "); newsgraph load takes the N-Quads that newsgraph extract or export writes, one graph per article");
        }
        return g;
    }

    private static final class Collector extends StreamRDFBase {
        private final Path file;
        private final Consumer<ArticleGraph> sink;
        private final Set<Node> seen = new HashSet<>();
        private Node current;
        private Graph graph;

        Collector(Path file, Consumer<ArticleGraph> sink) {
            this.file = file;
            this.sink = sink;
        }

        @Override
        public void triple(org.apache.jena.graph.Triple triple) {
            quad(Quad.create(Quad.defaultGraphIRI, triple));
        }

        @Override
        public void quad(Quad q) {
            Node g = articleGraph(file, q);
            if (!g.equals(current)) {
                flush();
                if (!seen.add(g)) {
                    throw new NewsgraphException(file + ": the quads of " + g + " are not together; "
                            + "sort the file by graph (each article's quads in one run)");
                }
                current = g;
                graph = GraphFactory.createGraphMem();
            }
            graph.add(q.asTriple());
        }

        void flush() {
            if (current != null) {
                String id = ArticleGraph.articleId(current);
                sink.accept(new ArticleGraph(current, ArticleGraph.articleNode(id), graph));
                current = null;
                graph = null;
            }
        }
    }

    /** The files under the paths: folders walked for .nq and .trig files (optionally .gz), sorted. */
    public static List<Path> expand(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (java.nio.file.Files.isDirectory(p)) {
                try (var walk = java.nio.file.Files.walk(p)) {
                    walk.filter(java.nio.file.Files::isRegularFile).filter(QuadFiles::isQuads).sorted().forEach(files::add);
                } catch (java.io.IOException e) {
                    throw new NewsgraphException(p + ": cannot read the folder (" + e.getMessage() + ")", e);
                }
            } else if (java.nio.file.Files.isRegularFile(p)) {
                files.add(p);
            } else {
                throw new NewsgraphException(p + ": no such file or folder");
            }
        }
        return files;
    }

    private static boolean isQuads(Path f) {
        String name = f.getFileName().toString().toLowerCase(java.util.Locale.ROOT).replaceFirst("\\.gz$", "");
        return name.endsWith(".nq") || name.endsWith(".trig") || sparkPart(f);
    }

    /** A part file of a distributed job's text output ({@code part-00000}, maybe .gz): N-Quads. */
    static boolean sparkPart(Path f) {
        String name = f.getFileName().toString().toLowerCase(java.util.Locale.ROOT).replaceFirst("\\.gz$", "");
        return name.startsWith("part-") && !name.contains(".");
    }
}
