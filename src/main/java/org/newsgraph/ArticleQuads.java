package org.newsgraph;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.Quad;
import org.newsgraph.rdf.ArticleGraph;
import org.newsgraph.text.Article;

/**
 * Articles to the quads {@code ingest} stores for them, with no store: what {@code newsgraph extract}
 * and the Spark job write. An article's graph is {@link Pipeline#process(Article)}, the one function
 * {@code ingest} stores too; the same text read again from another file, address or date adds only
 * its {@code ng:Publication} to that graph (as ingest adds it to the stored article), and a copy
 * whose publication was written already adds nothing.
 *
 * <p>What the output cannot hold, having no store: the {@code owl:sameAs} links and
 * {@code ng:IdentityLink} nodes that the embedded store adds to an article's graph when it is
 * written, since they depend on the other articles stored ({@code resolve/CrossArticleResolver}).
 * Two values depend on the moment of the run, as they do in ingest: {@code prov:generatedAtTime} of
 * the article and its publication (when it was read) and {@code prov:endedAtTime} of the extraction.
 *
 * <pre>{@code
 * ArticleQuads quads = new ArticleQuads(pipeline);
 * ArticleGraph g = quads.admit(article, () -> pipeline.process(article));
 * if (g != null) ArticleQuads.write(g, stream);
 * }</pre>
 *
 * Not thread-safe: one per output stream, fed in the order the articles are to be written.
 */
public final class ArticleQuads {
    private final Pipeline pipeline;
    /** Per article id written so far, the publication keys of its copies. */
    private final Map<String, Set<String>> written = new HashMap<>();

    public ArticleQuads(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    /**
     * What this article adds to the output: its whole graph the first time its text comes (made by
     * {@code graph}, which is called only then), its publication alone for another copy of the same
     * text, or null for a copy written already.
     */
    public ArticleGraph admit(Article article, Supplier<ArticleGraph> graph) {
        Set<String> copies = written.get(article.id());
        if (copies == null) {
            ArticleGraph g = graph.get();
            written.computeIfAbsent(article.id(), id -> new HashSet<>()).add(article.publicationKey());
            return g;
        }
        return copies.add(article.publicationKey()) ? pipeline.publication(article) : null;
    }

    /** Sends the graph's triples as quads in its named graph. */
    public static void write(ArticleGraph g, StreamRDF out) {
        g.graph().find().forEachRemaining(t -> out.quad(Quad.create(g.name(), t)));
    }

    /** The graph as N-Quads, one line a quad, each ending in a newline. */
    public static String nquads(ArticleGraph g) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StreamRDF out = StreamRDFWriter.getWriterStream(bytes, RDFFormat.NQUADS);
        out.start();
        write(g, out);
        out.finish();
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
