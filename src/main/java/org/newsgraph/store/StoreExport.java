package org.newsgraph.store;

import java.io.OutputStream;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFOps;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newsgraph.rdf.NG;

/**
 * Writes a dataset out. N-Quads, N-Triples, TriG and Turtle stream (constant memory, Jena's
 * "blocks" writers); Turtle and N-Triples merge the article graphs; JSON-LD is built in memory.
 */
final class StoreExport {
    private StoreExport() {
    }

    static void write(DatasetGraph dsg, OutputStream out, Lang lang) {
        PrefixMap prefixes = PrefixMapFactory.create(NG.PREFIXES);
        if (Lang.NQUADS.equals(lang) || Lang.TRIG.equals(lang)) {
            StreamRDF stream = StreamRDFWriter.getWriterStream(out, Lang.NQUADS.equals(lang) ? RDFFormat.NQUADS : RDFFormat.TRIG_BLOCKS);
            stream.start();
            prefixes.forEach(stream::prefix);
            dsg.find().forEachRemaining(stream::quad);
            stream.finish();
        } else if (Lang.TURTLE.equals(lang) || Lang.NTRIPLES.equals(lang)) {
            StreamRDF stream = StreamRDFWriter.getWriterStream(out, Lang.TURTLE.equals(lang) ? RDFFormat.TURTLE_BLOCKS : RDFFormat.NTRIPLES);
            stream.start();
            prefixes.forEach(stream::prefix);
            StreamRDFOps.sendTriplesToStream(dsg.getUnionGraph(), stream);
            stream.finish();
        } else {
            var g = dsg.getUnionGraph();
            var copy = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
            g.find().forEachRemaining(copy::add);
            NG.PREFIXES.forEach((p, ns) -> copy.getPrefixMapping().setNsPrefix(p, ns));
            RDFDataMgr.write(out, copy, lang);
        }
    }
}
