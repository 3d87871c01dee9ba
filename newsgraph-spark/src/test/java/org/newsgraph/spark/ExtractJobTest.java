package org.newsgraph.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.cli.Main;
import org.newsgraph.rdf.NG;

import picocli.CommandLine;

/** The Spark job on {@code local[2]} writes the quads {@code newsgraph extract} writes for the same articles. */
class ExtractJobTest {
    /** A handful of real news texts beside the repository, when it is there; the seed always. */
    static final Path DEV = Path.of("../../shared/eval/gum-dev/articles");
    static final Path SEED = Path.of("../seeds/000_5e68b89ffc9390b7.txt");

    @TempDir
    Path dir;

    @Test
    void sparkWritesTheQuadsTheCliExtracts() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(SEED, in.resolve("a-seed.txt"));
        if (Files.isDirectory(DEV)) {
            try (Stream<Path> dev = Files.list(DEV)) {
                for (Path p : dev.filter(p -> p.toString().endsWith(".txt")).sorted().limit(3).toList()) {
                    Files.copy(p, in.resolve(p.getFileName()));
                }
            }
        }
        long articles;
        try (Stream<Path> files = Files.list(in)) {
            articles = files.count();
        }
        Files.copy(SEED, Files.createDirectories(in.resolve("more")).resolve("z-seed-again.txt")); // a subfolder; a second copy
        Files.write(in.resolve("broken.txt"), new byte[] {'a', 0, 'b'});
        Path out = dir.resolve("out");

        SparkConf conf = new SparkConf().setMaster("local[2]").setAppName("ExtractJobTest")
                .set("spark.ui.enabled", "false").set("spark.driver.host", "127.0.0.1")
                .set("spark.driver.bindAddress", "127.0.0.1");
        ExtractJob.Result result;
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            result = ExtractJob.run(sc, in.toString(), out.toString(),
                    new ExtractJob.Settings("UTF-8", 10_000_000, true, 2, false));
        }
        StringWriter cliOut = new StringWriter();
        StringWriter cliErr = new StringWriter();
        CommandLine cli = Main.newCommandLine();
        cli.setOut(new PrintWriter(cliOut, true));
        cli.setErr(new PrintWriter(cliErr, true));
        int cliExit = cli.execute("extract", "--threads", "2", in.toString());

        assertEquals(1, cliExit, cliErr.toString());
        assertEquals(1, result.failures().size(), "the bad file, and only it, failed: " + result.failures());
        assertTrue(result.failures().get(0).startsWith(in.resolve("broken.txt") + ": binary file"), result.failures().toString());
        assertTrue(cliErr.toString().contains("newsgraph extract: " + result.failures().get(0)),
                "the job names the bad file as extract does: " + cliErr);
        List<Path> parts;
        try (Stream<Path> files = Files.list(out)) {
            parts = files.filter(p -> p.getFileName().toString().endsWith(".nq")).sorted().toList();
        }
        assertEquals(2, parts.size(), "one N-Quads file per partition: " + parts);
        DatasetGraph spark = DatasetGraphFactory.create();
        for (Path p : parts) {
            RDFParser.source(p).lang(Lang.NQUADS).parse(spark);
        }
        DatasetGraph extracted = DatasetGraphFactory.create();
        RDFParser.fromString(cliOut.toString(), Lang.NQUADS).parse(extracted);

        Set<String> fromSpark = normalised(spark);
        Set<String> fromCli = normalised(extracted);
        Set<String> onlySpark = new TreeSet<>(fromSpark);
        onlySpark.removeAll(fromCli);
        Set<String> onlyCli = new TreeSet<>(fromCli);
        onlyCli.removeAll(fromSpark);
        assertEquals("", String.join("\n", onlySpark) + String.join("\n", onlyCli),
                "Spark only: " + onlySpark.size() + ", extract only: " + onlyCli.size());
        long graphs = 0;
        for (var it = spark.listGraphNodes(); it.hasNext(); it.next()) {
            graphs++;
        }
        assertEquals(articles, result.articles(), "the seed's two copies are one article");
        assertEquals(articles, graphs, "one graph per article");
        assertTrue(fromSpark.size() > 1000, "the seed alone has over 1,000 quads: " + fromSpark.size());
    }

    /** Sorted quads, the two run times replaced by one placeholder. */
    static Set<String> normalised(DatasetGraph g) {
        Set<String> lines = new TreeSet<>();
        g.find().forEachRemaining(q -> {
            Quad n = q;
            if (q.getPredicate().equals(NG.provGeneratedAtTime) || q.getPredicate().equals(NG.provEndedAtTime)) {
                n = Quad.create(q.getGraph(), q.getSubject(), q.getPredicate(), NodeFactory.createLiteralString("TIME"));
            }
            lines.add(n.toString());
        });
        return lines;
    }
}
