package org.newsgraph.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.sparql.path.PathWriter;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.sparql.core.Prologue;

/**
 * Checks article graphs against the SHACL shapes in {@code ontology/shapes.ttl} (read from the
 * class path), plus what SHACL cannot say: the graph holds its own article node.
 *
 * <pre>{@code
 * GraphValidator v = GraphValidator.load();
 * List<GraphValidator.Violation> problems = v.validate(articleId, graph);
 * }</pre>
 */
public final class GraphValidator {
    /** Where the shapes are on the class path. */
    public static final String SHAPES = "/ontology/shapes.ttl";

    private static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefixes(NG.PREFIXES).lock();

    private final Shapes shapes;

    private GraphValidator(Shapes shapes) {
        this.shapes = shapes;
    }

    /** One problem: the node at fault, the property (may be empty) and what is wrong. */
    public record Violation(String articleId, String focus, String path, String message, String value) {
        /** One readable line: {@code article abc: article/abc/sentence/3 ng:startOffset: message (value 7)}. */
        public String describe() {
            return "article " + articleId + ": " + focus + (path.isEmpty() ? "" : " " + path) + ": " + message
                    + (value.isEmpty() ? "" : " (value " + value + ")");
        }
    }

    /** Loads the shapes bundled in the jar. */
    public static GraphValidator load() {
        try (InputStream in = GraphValidator.class.getResourceAsStream(SHAPES)) {
            if (in == null) {
                throw new IllegalStateException(SHAPES + " is missing from the class path (a broken build?)");
            }
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.TURTLE).base("https://w3id.org/newsgraph/shapes").parse(g);
            return new GraphValidator(Shapes.parse(g));
        } catch (IOException | RiotException e) {
            throw new IllegalStateException("cannot read " + SHAPES + ": " + e.getMessage(), e);
        }
    }

    /** The violations in one article's graph; empty if it conforms. */
    public List<Violation> validate(String articleId, Graph graph) {
        List<Violation> found = new ArrayList<>();
        Node article = ArticleGraph.articleNode(articleId);
        if (!graph.contains(article, NG.rdfType, NG.Article)) {
            found.add(new Violation(articleId, show(ArticleGraph.graphName(articleId)), "",
                    "the graph does not hold its article node " + show(article) + " typed ng:Article", ""));
        }
        ValidationReport report = ShaclValidator.get().validate(shapes, graph);
        for (ReportEntry e : report.getEntries()) {
            found.add(new Violation(articleId, show(e.focusNode()), show(e.resultPath()), e.message(),
                    e.value() == null ? "" : show(e.value())));
        }
        return found;
    }

    /** IRIs of newsgraph ids without their common base; other terms with the usual prefixes. */
    static String show(Node node) {
        if (node.isURI() && node.getURI().startsWith(NG.ID)) {
            return node.getURI().substring(NG.ID.length());
        }
        return FmtUtils.stringForNode(node, PREFIXES);
    }

    private static String show(Path path) {
        return path == null ? "" : PathWriter.asString(path, new Prologue(PREFIXES));
    }
}
