package org.newsgraph.store;

import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.newsgraph.NewsgraphException;
import org.newsgraph.rdf.ArticleGraph;

/**
 * A store on a SPARQL 1.1 server laid out like Fuseki: {@code URL/sparql}, {@code URL/update},
 * {@code URL/data}. An article is written with one Graph Store Protocol PUT of its named graph, so
 * the server replaces the graph whole in one request. Queries go to {@code URL/sparql} as they are:
 * they see the union of the article graphs when the server's default graph is that union
 * ({@code newsgraph serve}, or Fuseki with {@code tdb2:unionDefaultGraph true}). Export only needs
 * the query endpoint, so it also works against a read-only server.
 */
final class RemoteStore extends GraphStore {
    private static final String ALL_QUADS = "SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }";
    private static final String ALL_TRIPLES = "SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }";

    private final String base;
    private final RDFConnection conn;

    private RemoteStore(String base, RDFConnection conn) {
        this.base = base;
        this.conn = conn;
    }

    static RemoteStore connect(String url) {
        String base = url.strip().replaceFirst("/+$", "");
        try {
            URI uri = new URI(base);
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new NewsgraphException(url + ": --endpoint takes an http(s) URL of a dataset, "
                        + "e.g. http://localhost:3030/newsgraph", null, 2);
            }
        } catch (URISyntaxException e) {
            throw new NewsgraphException(url + ": --endpoint is not a valid URL (" + e.getMessage() + ")", e, 2);
        }
        RDFConnection conn = RDFConnectionRemote.newBuilder()
                .destination(base)
                .queryEndpoint("sparql")
                .updateEndpoint("update")
                .gspEndpoint("data")
                .build();
        return new RemoteStore(base, conn);
    }

    @Override
    public String describe() {
        return base;
    }

    @Override
    public boolean hasArticle(String articleId) {
        Node g = ArticleGraph.graphName(articleId);
        return call("query", () -> conn.queryAsk("ASK { GRAPH <" + g.getURI() + "> { ?s ?p ?o } }"));
    }

    @Override
    public void putArticle(ArticleGraph article) {
        call("write", () -> {
            conn.put(article.name().getURI(), ModelFactory.createModelForGraph(article.graph()));
            return null;
        });
    }

    @Override
    public boolean hasSubject(Node graphName, Node subject) {
        return call("query", () -> conn.queryAsk("ASK { GRAPH <" + graphName.getURI() + "> { <" + subject.getURI() + "> ?p ?o } }"));
    }

    /** One Graph Store Protocol POST: the server adds the triples to the graph in one request. */
    @Override
    public void addToArticle(ArticleGraph additions) {
        call("write", () -> {
            conn.load(additions.name().getURI(), ModelFactory.createModelForGraph(additions.graph()));
            return null;
        });
    }

    @Override
    public boolean deleteArticle(String articleId) {
        if (!hasArticle(articleId)) {
            return false;
        }
        call("write", () -> {
            conn.delete(ArticleGraph.graphName(articleId).getURI());
            return null;
        });
        return true;
    }

    @Override
    public <T> T query(Query query, long timeoutMillis, Function<QueryExecution, T> reader) {
        return call("query", () -> {
            var builder = QueryExecutionHTTP.service(base + "/sparql").query(query);
            if (timeoutMillis > 0) {
                builder.timeout(timeoutMillis, TimeUnit.MILLISECONDS);
            }
            try (QueryExecution qe = builder.build()) {
                return reader.apply(qe);
            }
        });
    }

    @Override
    public void export(OutputStream out, Lang lang) {
        call("query", () -> {
            try (QueryExec quads = select(ALL_QUADS); QueryExec triples = select(ALL_TRIPLES)) {
                StoreExport.write(out, lang,
                        () -> Iter.map(quads.select(), b -> Quad.create(b.get("g"), b.get("s"), b.get("p"), b.get("o"))),
                        () -> Iter.map(triples.select(), b -> Triple.create(b.get("s"), b.get("p"), b.get("o"))));
            }
            return null;
        });
    }

    @Override
    public boolean exportArticle(String articleId, OutputStream out, Lang lang) {
        if (!hasArticle(articleId)) {
            return false;
        }
        String one = "SELECT ?s ?p ?o WHERE { GRAPH <" + ArticleGraph.graphName(articleId).getURI() + "> { ?s ?p ?o } }";
        call("query", () -> {
            try (QueryExec quads = select(one); QueryExec triples = select(one)) {
                Node graph = ArticleGraph.graphName(articleId);
                StoreExport.write(out, lang,
                        () -> Iter.map(quads.select(), b -> Quad.create(graph, b.get("s"), b.get("p"), b.get("o"))),
                        () -> Iter.map(triples.select(), b -> Triple.create(b.get("s"), b.get("p"), b.get("o"))));
            }
            return null;
        });
        return true;
    }

    /** Built lazily: the request is only sent when its rows are asked for. */
    private QueryExec select(String query) {
        return QueryExecHTTP.service(base + "/sparql").query(QueryFactory.create(query)).build();
    }

    @Override
    public RDFConnection connection() {
        return conn;
    }

    @Override
    public void close() {
        conn.close();
    }

    /** Runs one exchange with the server, turning HTTP failures into messages that name the URL. */
    private <T> T call(String what, Supplier<T> action) {
        try {
            return action.get();
        } catch (HttpException e) {
            throw failure(what, e.getStatusCode(), e.getMessage(), e);
        } catch (QueryExceptionHTTP e) {
            throw failure(what, e.getStatusCode(), e.getMessage(), e);
        } catch (QueryException e) {
            if (e.getCause() instanceof HttpException he) {
                throw failure(what, he.getStatusCode(), he.getMessage(), e);
            }
            throw e;
        }
    }

    private NewsgraphException failure(String what, int status, String message, RuntimeException cause) {
        String where = base + ("write".equals(what) ? "/data" : "/sparql");
        if (status <= 0) {
            return new NewsgraphException(base + ": cannot reach the SPARQL server (" + rootMessage(cause)
                    + "); is it running? (newsgraph serve starts one)", cause);
        }
        if ("write".equals(what) && (status == 403 || status == 404 || status == 405)) {
            return new NewsgraphException(where + ": the server refused the write (HTTP " + status
                    + "); it is read-only or has no Graph Store Protocol endpoint there"
                    + " (start it with newsgraph serve --writable)", cause);
        }
        return new NewsgraphException(where + ": " + what + " failed (HTTP " + status + ": "
                + firstLine(message) + ")", cause);
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getClass().getSimpleName() + ": " + root.getMessage()
                : root.getClass().getSimpleName();
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
