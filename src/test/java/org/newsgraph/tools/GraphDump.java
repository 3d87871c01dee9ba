package org.newsgraph.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.newsgraph.Pipeline;
import org.newsgraph.rdf.ArticleGraph;
import org.newsgraph.text.ArticleReader;

/**
 * Development aid: runs the pipeline over a folder of articles in one JVM and writes, per article,
 * the SPARQL JSON results of a query (the scorer's), so extraction can be scored without starting
 * the CLI twice per article. {@code eval-fast.py} beside the scorer reads the output.
 *
 * <pre>
 * mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.newsgraph.tools.GraphDump -Dexec.args="QUERY.rq OUTDIR ARTICLE..."
 * </pre>
 */
public final class GraphDump {
    private GraphDump() {
    }

    public static void main(String[] args) throws IOException {
        String query = Files.readString(Path.of(args[0]));
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        Pipeline pipeline = Pipeline.load();
        ArticleReader reader = new ArticleReader(StandardCharsets.UTF_8, 50_000_000);
        long t0 = System.nanoTime();
        int n = 0;
        for (int i = 2; i < args.length; i++) {
            Path file = Path.of(args[i]);
            ArticleGraph g = pipeline.process(reader.read(file));
            org.apache.jena.query.Query q = org.apache.jena.query.QueryFactory.create(query);
            // the union of the article graphs, as the store presents it
            Dataset union = DatasetFactory.wrap(DatasetGraphFactory.wrap(g.graph()));
            try (QueryExecution qe = QueryExecution.create(q, union);
                 var os = Files.newOutputStream(out.resolve(file.getFileName() + ".json"))) {
                ResultSetFormatter.outputAsJSON(os, qe.execSelect());
            }
            n++;
        }
        System.err.printf("%d articles in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
    }
}
