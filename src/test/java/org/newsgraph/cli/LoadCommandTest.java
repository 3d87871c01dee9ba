package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.rdf.NG;

/**
 * newsgraph load: what export wrote loads back to the same graphs, through TDB2's bulk loader into
 * an empty store (the cross-article links made again) and article by article into a store that has
 * some; an article already stored stays as it is.
 */
class LoadCommandTest {
    @TempDir
    Path dir;

    @Test
    void exportedGraphsLoadBackTheSameIntoAnEmptyOrAFilledStore() throws IOException {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        Path talks = Files.writeString(articles.resolve("talks.txt"), """
                Trade talks in Washington

                Donald Trump, the president, met reporters in Washington on Friday.
                The talks with Canada went well, officials said.
                """);
        Files.writeString(articles.resolve("deal.txt"), """
                Trade deal signed

                President Trump said on Monday that the new trade deal with Canada was fair.
                """);
        String source = dir.resolve("source").toString();
        CliRun ingest = CliRun.run("ingest", "--store", source, articles.toString());
        assertEquals(0, ingest.exitCode(), ingest.toString());
        String exported = CliRun.run("export", "--store", source, "--format", "nquads").out();
        Set<String> expected = quads(exported);
        assertTrue(expected.stream().anyMatch(q -> q.contains(NG.owlSameAs.getURI())),
                "the deal's President Trump is linked to Donald Trump across articles, else this test proves less");
        // the spark job's output is the same N-Quads without the links: load makes them
        Path nq = Files.writeString(dir.resolve("part-00000"), exported.lines()
                .filter(l -> !l.contains("/link/") && !l.contains(NG.owlSameAs.getURI()))
                .reduce("", (a, b) -> a + b + "\n"));

        String bulk = dir.resolve("bulk").toString();
        CliRun load = CliRun.run("load", "--store", bulk, dir.toString());
        assertEquals(0, load.exitCode(), load.toString());
        assertTrue(load.out().startsWith("loaded 2 articles") && load.out().contains("bulk loader"), load.toString());
        assertEquals(expected, export(bulk), "the bulk load holds what ingest stored, links across articles made again");

        CliRun again = CliRun.run("load", "--store", bulk, nq.toString());
        assertTrue(again.out().startsWith("loaded 0 articles") && again.out().contains("2 already stored"), again.toString());

        String filled = dir.resolve("filled").toString();
        assertEquals(0, CliRun.run("ingest", "--store", filled, talks.toString()).exitCode());
        CliRun one = CliRun.run("load", "--store", filled, nq.toString());
        assertEquals(0, one.exitCode(), one.toString());
        assertTrue(one.out().startsWith("loaded 1 article ") && one.out().contains("1 already stored"), one.toString());
        assertFalse(one.out().contains("bulk"), one.toString());
        assertEquals(links(expected), links(export(filled)));
    }

    @Test
    void aFileOfOtherQuadsIsRefusedWithItsName() throws IOException {
        Path nq = Files.writeString(dir.resolve("other.nq"), "<http://x/s> <http://x/p> <http://x/o> <http://x/g> .\n");
        CliRun load = CliRun.run("load", "--store", dir.resolve("db").toString(), nq.toString());
        assertEquals(1, load.exitCode(), load.toString());
        assertTrue(load.err().contains(nq + ": a quad outside an article graph (http://x/g)"), load.toString());
    }

    private static Set<String> export(String store) {
        return quads(CliRun.run("export", "--store", store, "--format", "nquads").out());
    }

    private static Set<String> quads(String nquads) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        RDFParser.create().source(new StringReader(nquads)).lang(Lang.NQUADS).parse(dsg);
        Set<String> out = new TreeSet<>();
        dsg.find().forEachRemaining(q -> out.add(NodeFmtLib.strNT(q.getSubject()) + " " + NodeFmtLib.strNT(q.getPredicate())
                + " " + NodeFmtLib.strNT(q.getObject()) + " " + NodeFmtLib.strNT(q.getGraph())));
        return out;
    }

    private static Set<String> links(Set<String> quads) {
        Set<String> out = new TreeSet<>();
        quads.stream().filter(q -> q.contains(NG.owlSameAs.getURI())).forEach(out::add);
        return out;
    }
}
