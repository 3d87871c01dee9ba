package org.newsgraph.store;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.Lang;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.newsgraph.rdf.ArticleGraph;
import org.newsgraph.rdf.NG;
import org.newsgraph.resolve.CrossArticleResolver;

/**
 * The knowledge graph: one named graph per article, queried as the union of all graphs. Backed by
 * an embedded TDB2 database ({@link #embedded(Path)}) or any SPARQL 1.1 server laid out like Fuseki
 * ({@link #remote(String)}). Every access runs inside a transaction (for a server: one request);
 * one article is one write.
 */
public abstract class GraphStore implements AutoCloseable {

    /** Opens (creating if needed) the TDB2 database in a folder. */
    public static GraphStore embedded(Path folder) {
        return Tdb2Store.open(folder);
    }

    /**
     * A SPARQL 1.1 server: query at {@code URL/sparql}, update at {@code URL/update}, Graph Store
     * Protocol at {@code URL/data} (Fuseki's layout, e.g. {@code http://localhost:3030/newsgraph}).
     */
    public static GraphStore remote(String url) {
        return RemoteStore.connect(url);
    }

    /** A human-readable name of where the data lives, for messages. */
    public abstract String describe();

    /** True if the article's graph is already in the store. */
    public abstract boolean hasArticle(String articleId);

    /** Writes an article's graph, replacing any graph of the same name, as one transaction. */
    public abstract void putArticle(ArticleGraph article);

    /**
     * Writes several articles' graphs. On TDB2 this is one write transaction: each article lands
     * whole, and the batch lands or not at all. Fewer, larger transactions keep TDB2 small on disk
     * (its copy-on-write B+trees grow with every commit) and save one sync per article.
     */
    public void putArticles(List<ArticleGraph> articles) {
        articles.forEach(this::putArticle);
    }

    /** Removes an article's graph; false if it was not there. */
    public abstract boolean deleteArticle(String articleId);

    /** Runs a query inside a read transaction and hands the execution to {@code reader}. */
    public abstract <T> T query(Query query, long timeoutMillis, Function<QueryExecution, T> reader);

    /** Streams the whole dataset (all article graphs) in a quad or triple syntax. */
    public abstract void export(OutputStream out, Lang lang);

    /** The raw connection, for the server and the validator. */
    public abstract RDFConnection connection();

    /** The articles in the store, oldest first. */
    public List<ArticleInfo> articles() {
        Query q = org.apache.jena.query.QueryFactory.create("""
                PREFIX ng: <%s>
                PREFIX dcterms: <%s>
                PREFIX prov: <%s>
                SELECT ?g ?a ?title ?source ?hash ?at (COUNT(*) AS ?triples) WHERE {
                  GRAPH ?g { ?a a ng:Article ; dcterms:title ?title ; dcterms:source ?source ;
                                ng:contentHash ?hash ; prov:generatedAtTime ?at . ?s ?p ?o }
                } GROUP BY ?g ?a ?title ?source ?hash ?at ORDER BY ?at ?g
                """.formatted(NG.NS, NG.DCT_NS, NG.PROV_NS));
        return query(q, 0, qe -> {
            List<ArticleInfo> list = new ArrayList<>();
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution row = rs.next();
                String graph = row.getResource("g").getURI();
                list.add(new ArticleInfo(graph.substring(NG.GRAPH.length()), row.getLiteral("title").getString(),
                        row.getLiteral("source").getString(), row.getLiteral("hash").getString(),
                        row.getLiteral("at").getLexicalForm(), row.getLiteral("triples").getLong()));
            }
            return list;
        });
    }

    @Override
    public abstract void close();

    /**
     * Reclaims the disk space earlier transactions left behind (TDB2 grows by every write
     * transaction until compacted); returns the bytes on disk after, or -1 when the store has
     * nothing to compact (a remote server manages its own storage).
     */
    public long compact() {
        return -1;
    }

    /** Bytes on disk, or -1 when unknown. */
    public long diskBytes() {
        return -1;
    }

    /** Bytes of the files under a folder: 0 when it does not exist, -1 when it cannot be read. */
    public static long diskBytes(Path folder) {
        if (!java.nio.file.Files.isDirectory(folder)) {
            return 0;
        }
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(folder)) {
            return files.filter(java.nio.file.Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            return -1;
        }
    }

    /** Embedded TDB2 store. */
    static final class Tdb2Store extends GraphStore {
        private final Path folder;
        private final DatasetGraph dsg;
        private final RDFConnection conn;
        private final CrossArticleResolver people = new CrossArticleResolver();

        private Tdb2Store(Path folder, DatasetGraph dsg) {
            this.folder = folder;
            this.dsg = dsg;
            this.conn = RDFConnection.connect(org.apache.jena.query.DatasetFactory.wrap(dsg));
        }

        static Tdb2Store open(Path folder) {
            DatasetGraph dsg = StoreLocks.connect(folder);
            dsg.getContext().set(org.apache.jena.tdb2.TDB2.symUnionDefaultGraph, true);
            return new Tdb2Store(folder, dsg);
        }

        @Override
        public String describe() {
            return folder.toString();
        }

        @Override
        public boolean hasArticle(String articleId) {
            Node g = ArticleGraph.graphName(articleId);
            return Txn.calculateRead(dsg, () -> dsg.containsGraph(g));
        }

        @Override
        public void putArticle(ArticleGraph article) {
            Txn.executeWrite(dsg, () -> {
                dsg.removeGraph(article.name());
                dsg.addGraph(article.name(), article.graph());
                people.afterPut(dsg, article.name());
            });
        }

        @Override
        public void putArticles(List<ArticleGraph> articles) {
            Txn.executeWrite(dsg, () -> {
                for (ArticleGraph article : articles) {
                    dsg.removeGraph(article.name());
                    dsg.addGraph(article.name(), article.graph());
                    people.afterPut(dsg, article.name());
                }
            });
        }

        @Override
        public boolean deleteArticle(String articleId) {
            Node g = ArticleGraph.graphName(articleId);
            return Txn.calculateWrite(dsg, () -> {
                if (!dsg.containsGraph(g)) {
                    return false;
                }
                var affected = people.beforeDelete(dsg, g);
                dsg.removeGraph(g);
                people.afterDelete(dsg, affected); // undoes the links that rested on this article
                return true;
            });
        }

        @Override
        public <T> T query(Query query, long timeoutMillis, Function<QueryExecution, T> reader) {
            return Txn.calculateRead(dsg, () -> {
                var builder = QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(dsg)).query(query);
                if (timeoutMillis > 0) {
                    builder.timeout(timeoutMillis, java.util.concurrent.TimeUnit.MILLISECONDS);
                }
                try (QueryExecution qe = builder.build()) {
                    return reader.apply(qe);
                }
            });
        }

        @Override
        public void export(OutputStream out, Lang lang) {
            Txn.executeRead(dsg, () -> StoreExport.write(dsg, out, lang));
        }

        @Override
        public RDFConnection connection() {
            return conn;
        }

        DatasetGraph datasetGraph() {
            return dsg;
        }

        @Override
        public long compact() {
            org.apache.jena.tdb2.DatabaseMgr.compact(dsg, true);
            return diskBytes();
        }

        @Override
        public long diskBytes() {
            return GraphStore.diskBytes(folder);
        }

        @Override
        public void close() {
            conn.close();
            StoreLocks.release(folder, dsg);
        }
    }

    /** For tests: run something against each row of a SELECT. */
    public void forEachRow(Query query, Consumer<QuerySolution> row) {
        query(query, 0, qe -> {
            qe.execSelect().forEachRemaining(row);
            return null;
        });
    }

}
