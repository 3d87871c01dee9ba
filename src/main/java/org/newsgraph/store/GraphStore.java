package org.newsgraph.store;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.newsgraph.NewsgraphException;
import org.newsgraph.rdf.ArticleGraph;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.Producer;
import org.newsgraph.text.Article;
import org.newsgraph.resolve.CrossArticleResolver;

/**
 * The knowledge graph: one named graph per article, queried as the union of all graphs. Backed by
 * an embedded TDB2 database ({@link #embedded(Path)}) or any SPARQL 1.1 server
 * ({@link #remote(RemoteEndpoint)}, Fuseki's layout by default). Every access runs inside a transaction (for a server: one request);
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
        return remote(RemoteEndpoint.fuseki(url));
    }

    /** A SPARQL 1.1 server whose services (and credentials) are given one by one. */
    public static GraphStore remote(RemoteEndpoint endpoint) {
        return RemoteStore.connect(endpoint);
    }

    /** A human-readable name of where the data lives, for messages. */
    public abstract String describe();

    /** True if the article's graph is already in the store. */
    public abstract boolean hasArticle(String articleId);

    /** True if the named graph has triples about {@code subject}. */
    public abstract boolean hasSubject(Node graphName, Node subject);

    /**
     * Adds triples to an article's stored graph (another source of the same text), as one
     * transaction; what is there stays.
     */
    public abstract void addToArticle(ArticleGraph additions);

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

    /**
     * A spool for a long ingest into this store ({@link ArticleSpool}): few, growing write
     * transactions without holding their articles in memory. Empty for a server, which manages its
     * own storage: write it in batches.
     */
    public Optional<ArticleSpool> spool() {
        return Optional.empty();
    }

    /** What {@link #load} did: articles written, articles already there (left as they are), quads read. */
    public record LoadTally(long added, long present, long quads, boolean bulk) {
    }

    /**
     * Loads article graphs from N-Quads or TriG files: each article not in the store yet is written
     * whole, in growing batches as ingest writes them (1, 2, 4... up to {@value #MAX_LOAD_BATCH} a
     * write, through the {@link #spool} where the store has one); an article already there stays as
     * it is.
     */
    public LoadTally load(List<Path> files, Consumer<String> say) {
        long[] n = new long[3];
        int[] size = {1};
        List<ArticleGraph> batch = new ArrayList<>();
        Optional<ArticleSpool> spool = spool();
        Consumer<List<ArticleGraph>> write = spool.isPresent() ? spool.get()::add : this::putArticles;
        try {
            for (Path file : files) {
                say.accept("loading " + file);
                QuadFiles.read(file, article -> {
                    n[2] += article.graph().size();
                    String id = ArticleGraph.articleId(article.name());
                    if (hasArticle(id) || spool.isPresent() && spool.get().holds(id)) {
                        n[1]++;
                        return;
                    }
                    batch.add(article);
                    n[0]++;
                    if (batch.size() >= size[0]) {
                        write.accept(List.copyOf(batch));
                        batch.clear();
                        size[0] = Math.min(MAX_LOAD_BATCH, 2 * size[0]);
                    }
                });
            }
            if (!batch.isEmpty()) {
                write.accept(batch);
            }
            spool.ifPresent(ArticleSpool::flush);
        } finally {
            spool.ifPresent(ArticleSpool::close);
        }
        return new LoadTally(n[0], n[1], n[2], false);
    }

    static final int MAX_LOAD_BATCH = 256;

    /** Removes an article's graph; false if it was not there. */
    public abstract boolean deleteArticle(String articleId);

    /** Runs a query inside a read transaction and hands the execution to {@code reader}. */
    public abstract <T> T query(Query query, long timeoutMillis, Function<QueryExecution, T> reader);

    /** Streams the whole dataset (all article graphs) in a quad or triple syntax. */
    public abstract void export(OutputStream out, Lang lang);

    /** Streams one article's graph in a quad or triple syntax; false (nothing written) if it is not there. */
    public abstract boolean exportArticle(String articleId, OutputStream out, Lang lang);

    /** The raw connection, for the server and the validator. */
    public abstract RDFConnection connection();

    /** The articles in the store, oldest first. */
    public List<ArticleInfo> articles() {
        Query q = org.apache.jena.query.QueryFactory.create(PREFIXES + """
                SELECT ?g ?a ?title ?source ?hash ?at ?version ?rules ?models (COUNT(*) AS ?triples) WHERE {
                  GRAPH ?g { ?a a ng:Article ; dcterms:title ?title ; dcterms:source ?source ;
                                ng:contentHash ?hash ; prov:generatedAtTime ?at . ?s ?p ?o
                             OPTIONAL { ?a prov:wasGeneratedBy ?x . ?x ng:softwareVersion ?version ;
                                        ng:rulesHash ?rules ; ng:modelsHash ?models } }
                } GROUP BY ?g ?a ?title ?source ?hash ?at ?version ?rules ?models ORDER BY ?at ?g
                """);
        return query(q, 0, qe -> {
            List<ArticleInfo> list = new ArrayList<>();
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution row = rs.next();
                String graph = row.getResource("g").getURI();
                Producer producer = row.contains("version")
                        ? new Producer(row.getLiteral("version").getString(), row.getLiteral("rules").getString(),
                                row.getLiteral("models").getString())
                        : null;
                list.add(new ArticleInfo(graph.substring(NG.GRAPH.length()), row.getLiteral("title").getString(),
                        row.getLiteral("source").getString(), row.getLiteral("hash").getString(),
                        row.getLiteral("at").getLexicalForm(), row.getLiteral("triples").getLong(), producer));
            }
            return list;
        });
    }

    /**
     * The text and metadata of a stored article, to extract it again: its {@code ng:articleText},
     * or for graphs written before it was stored, the sentences put back at their offsets.
     *
     * @throws NewsgraphException if the article is not in the store
     */
    public StoredArticle storedArticle(String articleId) {
        String g = "<" + ArticleGraph.graphName(articleId).getURI() + ">";
        Query q = org.apache.jena.query.QueryFactory.create(PREFIXES + """
                SELECT ?title ?source ?hash ?at ?url ?date ?text WHERE {
                  GRAPH %s { ?a a ng:Article ; dcterms:title ?title ; dcterms:source ?source ;
                                ng:contentHash ?hash ; prov:generatedAtTime ?at .
                             OPTIONAL { ?a schema:url ?url } OPTIONAL { ?a dcterms:date ?date }
                             OPTIONAL { ?a ng:articleText ?text } }
                } LIMIT 1""".formatted(g));
        // read the values inside the query's transaction: TDB2 looks nodes up lazily
        String[] v = query(q, 0, qe -> {
            ResultSet rs = qe.execSelect();
            if (!rs.hasNext()) {
                return null;
            }
            QuerySolution row = rs.next();
            return new String[] {row.getLiteral("title").getString(), row.getLiteral("source").getString(),
                row.contains("url") ? row.getResource("url").getURI() : null,
                row.contains("date") ? row.getLiteral("date").getLexicalForm() : null,
                row.contains("text") ? row.getLiteral("text").getString() : null,
                row.getLiteral("hash").getString(), row.getLiteral("at").getLexicalForm()};
        });
        if (v == null) {
            throw new NewsgraphException(articleId + ": no such article in " + describe());
        }
        String text = v[4] != null ? v[4] : sentencesText(g);
        Article article = new Article(text, v[0], v[1], v[2], v[3] == null ? null : java.time.LocalDate.parse(v[3]));
        return new StoredArticle(article, articleId, v[5], java.time.Instant.parse(v[6]));
    }

    /**
     * What an article's graph holds that came from its pages rather than its text: the schema.org
     * metadata and every {@code ng:publication} (each source, address and date of the same text).
     * Re-extraction carries these over, since the stored text alone cannot give them back.
     */
    public List<org.apache.jena.graph.Triple> pageTriples(String articleId) {
        String g = "<" + ArticleGraph.graphName(articleId).getURI() + ">";
        Query q = org.apache.jena.query.QueryFactory.create(PREFIXES + """
                CONSTRUCT { ?s ?p ?o } WHERE { GRAPH %s {
                  { ?s a ng:Article ; ?p ?o .
                    VALUES ?p { schema:headline schema:datePublished schema:dateModified schema:author
                                schema:publisher schema:inLanguage ng:publication } }
                  UNION { ?a a ng:Article ; ng:publication ?s . ?s ?p ?o } } }""".formatted(g));
        return query(q, 0, qe -> {
            List<org.apache.jena.graph.Triple> out = new java.util.ArrayList<>();
            qe.execConstructTriples().forEachRemaining(out::add);
            return out;
        });
    }

    /** How many articles were not extracted by {@code current}: another version, other rules or models, or unrecorded. */
    public long countOutdated(Producer current) {
        Query q = org.apache.jena.query.QueryFactory.create(PREFIXES + """
                SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { GRAPH ?g { ?a a ng:Article .
                  FILTER NOT EXISTS { ?a prov:wasGeneratedBy ?x . ?x ng:softwareVersion %s ; ng:rulesHash %s ; ng:modelsHash %s } } }
                """.formatted(quoted(current.version()), quoted(current.rulesHash()), quoted(current.modelsHash())));
        return query(q, 0, qe -> {
            ResultSet rs = qe.execSelect();
            return rs.hasNext() ? rs.next().getLiteral("n").getLong() : 0L;
        });
    }

    private static String quoted(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** The article text put back together from its sentences: each at its offset, a space or newlines between. */
    private String sentencesText(String graph) {
        Query q = org.apache.jena.query.QueryFactory.create(PREFIXES + """
                SELECT ?start ?text WHERE { GRAPH %s { ?s a ng:Sentence ; ng:startOffset ?start ; ng:text ?text } }
                ORDER BY ?start""".formatted(graph));
        StringBuilder text = new StringBuilder();
        forEachRow(q, row -> {
            int start = row.getLiteral("start").getInt();
            int gap = start - text.length();
            if (gap > 0) {
                text.append(gap == 1 ? " " : "\n".repeat(gap)); // one space within a paragraph, newlines between
            }
            text.append(row.getLiteral("text").getString());
        });
        return text.toString();
    }

    private static final String PREFIXES = """
            PREFIX ng: <%s>
            PREFIX dcterms: <%s>
            PREFIX prov: <%s>
            PREFIX schema: <%s>
            """.formatted(NG.NS, NG.DCT_NS, NG.PROV_NS, NG.SCHEMA_NS);

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

    /**
     * From now on, compact after a write once at least {@code articles} articles were written and the
     * store takes at least twice the disk its live data needs ({@link #worthCompacting}); {@code say}
     * hears of each compaction. Compacting writes a new copy of the live data beside the old before
     * it drops the old, so the disk a run needs stays within about twice the store it leaves, rather
     * than growing by every commit. A remote server manages its own storage: nothing happens.
     */
    public void compactWhenDoubled(int articles, Consumer<String> say) {
    }

    /** Compacts now if the rule of {@link #compactWhenDoubled} says so; true if it did. */
    public boolean compactIfDoubled() {
        return false;
    }

    /**
     * Whether a TDB2 store of {@code bytes} on disk is worth compacting: when it is at least twice
     * its live data. The live data is estimated from the last compaction, which left
     * {@code compactedBytes} for {@code compactedArticles} articles, with as many bytes for each
     * article written since; before any compaction ({@code compactedArticles} 0), the store's size
     * when it was opened stands for its live data. So a run whose growth is new articles (large
     * batches) is not compacted over and over, while one whose growth is the blocks every commit
     * copies (small batches) is.
     */
    static boolean worthCompacting(long bytes, long compactedBytes, long compactedArticles, long writtenSince) {
        long live = compactedArticles > 0
                ? compactedBytes + (long) ((double) compactedBytes * writtenSince / compactedArticles)
                : compactedBytes;
        return bytes >= 0 && bytes >= 2 * live;
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
        private int compactAfterArticles; // 0: only when asked
        private Consumer<String> say = m -> { };
        private int writtenSinceCompaction;
        private long bytesAtCompaction;
        private long articlesAtCompaction; // 0 until this store was compacted

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
            putArticles(List.of(article));
        }

        @Override
        public boolean hasSubject(Node graphName, Node subject) {
            return Txn.calculateRead(dsg, () -> dsg.contains(graphName, subject, Node.ANY, Node.ANY));
        }

        @Override
        public void addToArticle(ArticleGraph additions) {
            Txn.executeWrite(dsg, () -> additions.graph().find().forEachRemaining(
                    t -> dsg.add(additions.name(), t.getSubject(), t.getPredicate(), t.getObject())));
        }

        @Override
        public void putArticles(List<ArticleGraph> articles) {
            write(null, articles);
        }

        @Override
        public Optional<ArticleSpool> spool() {
            long stored = Txn.calculateRead(dsg, () -> Iter.count(dsg.listGraphNodes()));
            return Optional.of(new ArticleSpool(this::write, folder, stored));
        }

        /**
         * One write transaction: the article graphs of a spool file (N-Quads, an article's quads maybe
         * spread over it), if any, then {@code more}, each replacing a graph of its name; then the
         * links across articles, for all articles at once if the store was empty, else for the articles
         * each new one bears on.
         */
        private void write(Path spooled, List<ArticleGraph> more) {
            Set<Node> graphs = new LinkedHashSet<>();
            DiskFull.guard(folder, () -> {
                try {
                    Txn.executeWrite(dsg, () -> {
                        boolean empty = dsg.isEmpty();
                        if (spooled != null) {
                            ArticleSpool.read(spooled, new StreamRDFBase() {
                                @Override
                                public void quad(Quad q) {
                                    if (graphs.add(q.getGraph())) {
                                        dsg.removeGraph(q.getGraph());
                                    }
                                    dsg.add(q);
                                }
                            });
                        }
                        for (ArticleGraph article : more) {
                            if (graphs.add(article.name())) {
                                dsg.removeGraph(article.name());
                            }
                            dsg.addGraph(article.name(), article.graph());
                        }
                        if (empty) {
                            people.afterLoad(dsg);
                        } else {
                            graphs.forEach(g -> people.afterPut(dsg, g));
                        }
                    });
                } catch (RuntimeException | Error e) {
                    people.forget(); // its index saw writes that did not commit
                    throw e;
                }
                return null;
            });
            writtenSinceCompaction += graphs.size();
            compactIfDoubled();
        }

        @Override
        public void compactWhenDoubled(int articles, Consumer<String> say) {
            this.compactAfterArticles = articles;
            this.say = say;
            this.writtenSinceCompaction = 0;
            // a new store's empty files count as nothing: its first run doubles it by any measure
            this.bytesAtCompaction = Txn.calculateRead(dsg, () -> dsg.isEmpty()) ? 0 : diskBytes();
        }

        @Override
        public boolean compactIfDoubled() {
            if (compactAfterArticles <= 0 || writtenSinceCompaction < compactAfterArticles) {
                return false;
            }
            long before = diskBytes();
            if (!worthCompacting(before, bytesAtCompaction, articlesAtCompaction, writtenSinceCompaction)) {
                return false;
            }
            say.accept("compacting " + folder + " (" + (before >> 20) + " MB)...");
            long after = compact();
            say.accept("compacted to " + (after >> 20) + " MB");
            return true;
        }

        /**
         * Into an empty store, TDB2's bulk loader (phased: one index at a time, light on a small
         * machine), then the cross-article links for all articles in one write. The bulk loader is
         * not crash-safe: a failed first load leaves a store to remove and load again. Into a store
         * with articles, the transactional way of {@link GraphStore#load}.
         */
        @Override
        public LoadTally load(List<Path> files, Consumer<String> say) {
            boolean empty = Txn.calculateRead(dsg, () -> dsg.isEmpty());
            if (!empty) {
                return super.load(files, say);
            }
            for (Path file : files) { // the bulk loader adds what it reads: check the files first
                QuadFiles.read(file, article -> { });
            }
            long quads = DiskFull.guard(folder, () -> {
                var loader = org.apache.jena.tdb2.loader.LoaderFactory.phasedLoader(dsg,
                        (fmt, args) -> { }); // its progress lines are for its own tool
                loader.startBulk();
                try {
                    for (Path file : files) {
                        say.accept("loading " + file);
                        QuadFiles.read(file, article -> article.graph().find().forEachRemaining(
                                t -> loader.stream().quad(new org.apache.jena.sparql.core.Quad(article.name(), t))));
                    }
                    loader.finishBulk();
                } catch (RuntimeException e) {
                    loader.finishException(e);
                    throw new NewsgraphException(folder + ": the bulk load failed and left the store incomplete; remove "
                            + folder + " and load again (" + e.getMessage() + ")", e);
                }
                return loader.countQuads();
            });
            say.accept("linking people across articles...");
            long articles = DiskFull.guard(folder, () -> Txn.calculateWrite(dsg, () -> {
                people.afterLoad(dsg);
                return Iter.count(dsg.listGraphNodes());
            }));
            return new LoadTally(articles, 0, quads, true);
        }

        @Override
        public boolean deleteArticle(String articleId) {
            Node g = ArticleGraph.graphName(articleId);
            return DiskFull.guard(folder, () -> {
                try {
                    return Txn.calculateWrite(dsg, () -> {
                        if (!dsg.containsGraph(g)) {
                            return false;
                        }
                        var affected = people.beforeDelete(dsg, g);
                        dsg.removeGraph(g);
                        people.afterDelete(dsg, affected); // undoes the links that rested on this article
                        return true;
                    });
                } catch (RuntimeException | Error e) {
                    people.forget(); // its index saw a delete that did not commit
                    throw e;
                }
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
        public boolean exportArticle(String articleId, OutputStream out, Lang lang) {
            Node g = ArticleGraph.graphName(articleId);
            return Txn.calculateRead(dsg, () -> {
                if (!dsg.containsGraph(g)) {
                    return false;
                }
                StoreExport.write(out, lang, () -> dsg.find(g, Node.ANY, Node.ANY, Node.ANY),
                        () -> dsg.getGraph(g).find());
                return true;
            });
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
            DiskFull.guard(folder, () -> {
                org.apache.jena.tdb2.DatabaseMgr.compact(dsg, true);
                return null;
            });
            writtenSinceCompaction = 0;
            bytesAtCompaction = diskBytes();
            articlesAtCompaction = Txn.calculateRead(dsg, () -> org.apache.jena.atlas.iterator.Iter.count(dsg.listGraphNodes()));
            return bytesAtCompaction;
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
