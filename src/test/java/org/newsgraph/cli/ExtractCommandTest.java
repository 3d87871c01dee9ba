package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.rdf.NG;

/** {@code newsgraph extract} writes what {@code ingest} stores, checked against a real TDB2 store. */
class ExtractCommandTest {
    @TempDir
    Path dir;

    static final Path SEED = Path.of("seeds/000_5e68b89ffc9390b7.txt");
    /** Names in full the president whom the seed names only as "President Biden": the store links the two. */
    static final String SUMMIT = "Summit in Washington\n\n"
            + "US President Joe Biden met leaders from Japan in Washington on Wednesday, the White House said.\n";

    @Test
    void extractWritesTheQuadsIngestStoresButTheStoresLinksBetweenArticles() throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.copy(SEED, corpus.resolve("a-seed.txt"));
        Files.writeString(corpus.resolve("b-summit.txt"), SUMMIT);
        Files.copy(SEED, corpus.resolve("c-seed-again.txt")); // the same text from a second file: one more publication
        Files.write(corpus.resolve("d-broken.txt"), new byte[] {'a', 0, 'b'});
        Path db = dir.resolve("db");

        CliRun ingest = CliRun.run("ingest", "--store", db.toString(), "--threads", "1", corpus.toString());
        CliRun extract = CliRun.run("extract", "--threads", "2", corpus.toString());
        CliRun export = CliRun.run("export", "--store", db.toString(), "--format", "nquads");

        assertEquals(1, ingest.exitCode(), ingest.toString());
        assertEquals(1, extract.exitCode(), "a failed file gives exit 1, as in ingest: " + extract);
        assertTrue(extract.err().contains("newsgraph extract: " + corpus.resolve("d-broken.txt") + ": binary file"), extract.toString());
        assertTrue(extract.err().contains("extracted 2 articles") && extract.err().contains("1 more source, 1 failed"), extract.toString());
        DatasetGraph stored = parse(export.out());
        DatasetGraph extracted = parse(extract.out()); // standard output holds nothing but quads
        assertTrue(stored.find(Node.ANY, Node.ANY, NG.owlSameAs, Node.ANY).hasNext(),
                "the store links the seed's President Biden to Joe Biden: " + export.out().lines().filter(l -> l.contains("sameAs")).toList());
        assertFalse(extracted.find(Node.ANY, Node.ANY, NG.owlSameAs, Node.ANY).hasNext(), "extract makes no links");
        assertEquals(2, graphCount(stored), "the two copies of the seed are one article: " + export);
        Set<String> onlyStored = new TreeSet<>(withoutStoreLinks(stored));
        Set<String> onlyExtracted = new TreeSet<>(normalised(extracted));
        onlyStored.removeAll(normalised(extracted));
        onlyExtracted.removeAll(withoutStoreLinks(stored));
        assertEquals("", String.join("\n", onlyStored) + String.join("\n", onlyExtracted),
                "the same quads, but the store's identity links and the times of the two runs; stored only: "
                        + onlyStored.size() + ", extracted only: " + onlyExtracted.size());
        assertTrue(onlyStored.isEmpty() && normalised(extracted).size() > 1000, "the seed's graph alone has over 1,000 quads");
    }

    @Test
    void trigToAFileKeepsOneGraphPerArticle() throws IOException {
        Path article = dir.resolve("summit.txt");
        Files.writeString(article, SUMMIT);
        Path out = dir.resolve("summit.trig");

        CliRun run = CliRun.run("extract", "--output", out.toString(), article.toString());

        assertEquals(0, run.exitCode(), run.toString());
        assertEquals("", run.out(), "nothing on standard output when writing a file");
        assertFalse(Files.exists(dir.resolve("summit.trig.part")), "the temporary file is moved into place");
        DatasetGraph g = DatasetGraphFactory.create();
        RDFParser.source(out).lang(Lang.TRIG).parse(g);
        assertEquals(1, graphCount(g));
        assertTrue(g.contains(Node.ANY, Node.ANY, NG.rdfsLabel, NodeFactory.createLiteralString("Joe Biden")), run.toString());
    }

    static DatasetGraph parse(String nquads) {
        DatasetGraph g = DatasetGraphFactory.create();
        RDFParser.fromString(nquads, Lang.NQUADS).parse(g);
        return g;
    }

    static int graphCount(DatasetGraph g) {
        List<Node> names = new ArrayList<>();
        g.listGraphNodes().forEachRemaining(names::add);
        return names.size();
    }

    /** The store's quads less the owl:sameAs links and the ng:IdentityLink nodes it adds, times normalised. */
    static Set<String> withoutStoreLinks(DatasetGraph g) {
        Set<Node> links = new java.util.HashSet<>();
        g.find(Node.ANY, Node.ANY, NG.rdfType, NG.IdentityLink).forEachRemaining(q -> links.add(q.getSubject()));
        DatasetGraph kept = DatasetGraphFactory.create();
        g.find().forEachRemaining(q -> {
            if (!q.getPredicate().equals(NG.owlSameAs) && !links.contains(q.getSubject())) {
                kept.add(q);
            }
        });
        return normalised(kept);
    }

    /**
     * The quads as sorted lines, with the two values that record when a run read and extracted an
     * article (prov:generatedAtTime, prov:endedAtTime) replaced by one placeholder.
     */
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
