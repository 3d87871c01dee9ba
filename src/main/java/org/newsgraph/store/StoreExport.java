package org.newsgraph.store;

import java.io.OutputStream;
import java.util.Iterator;
import java.util.function.Supplier;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.newsgraph.rdf.NG;

/**
 * Writes a dataset out. N-Quads, N-Triples, TriG and Turtle stream (constant memory, Jena's
 * "blocks" writers); Turtle and N-Triples merge the article graphs; JSON-LD is built in memory.
 */
final class StoreExport {
    private StoreExport() {
    }

    /** Graph by graph: each article's quads together, as {@code newsgraph load} reads them back. */
    static void write(DatasetGraph dsg, OutputStream out, Lang lang) {
        write(out, lang, () -> org.apache.jena.atlas.iterator.Iter.flatMap(dsg.listGraphNodes(),
                g -> dsg.find(g, org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY)),
                () -> dsg.getUnionGraph().find());
    }

    /**
     * Writes from two sources: {@code quads} for the syntaxes with named graphs, {@code triples}
     * (the union, without duplicates) for the others. Only the source the syntax needs is opened.
     */
    static void write(OutputStream out, Lang lang, Supplier<Iterator<Quad>> quads, Supplier<Iterator<Triple>> triples) {
        PrefixMap prefixes = PrefixMapFactory.create(NG.PREFIXES);
        if (Lang.NQUADS.equals(lang) || Lang.TRIG.equals(lang)) {
            StreamRDF stream = StreamRDFWriter.getWriterStream(out, Lang.NQUADS.equals(lang) ? RDFFormat.NQUADS : RDFFormat.TRIG_BLOCKS);
            stream.start();
            prefixes.forEach(stream::prefix);
            quads.get().forEachRemaining(stream::quad);
            stream.finish();
        } else if (Lang.TURTLE.equals(lang) || Lang.NTRIPLES.equals(lang)) {
            StreamRDF stream = StreamRDFWriter.getWriterStream(out, Lang.TURTLE.equals(lang) ? RDFFormat.TURTLE_BLOCKS : RDFFormat.NTRIPLES);
            stream.start();
            prefixes.forEach(stream::prefix);
            triples.get().forEachRemaining(stream::triple);
            stream.finish();
        } else {
            var copy = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
            triples.get().forEachRemaining(copy::add);
            NG.PREFIXES.forEach((p, ns) -> copy.getPrefixMapping().setNsPrefix(p, ns));
            RDFDataMgr.write(out, copy, lang);
        }
    }
}
