package org.newsgraph.store;

import java.io.OutputStream;
import java.net.URI;
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
import org.apache.jena.http.auth.AuthEnv;
import org.newsgraph.rdf.ArticleGraph;

/**
 * A store on a SPARQL 1.1 server: a query service, an update service and a Graph Store Protocol
 * service ({@link RemoteEndpoint}; Fuseki's layout by default: {@code URL/sparql},
 * {@code URL/update}, {@code URL/data}). An article is written with one Graph Store Protocol PUT of
 * its named graph, so the server replaces the graph whole in one request. Queries go to the query
 * service as they are: they see the union of the article graphs when the server's default graph is
 * that union ({@code newsgraph serve}, Fuseki with {@code tdb2:unionDefaultGraph true}, Virtuoso).
 * Only SELECT and the Graph Store Protocol are sent: servers answer ASK in ways Jena does not always
 * read (Virtuoso), so "is it there?" is a SELECT ... LIMIT 1. Export only needs the query service,
 * so it also works against a read-only server.
 */
final class RemoteStore extends GraphStore {
    /** The article graphs only: a server may hold graphs of its own (Virtuoso's system graphs). */
    private static final String ARTICLE_GRAPHS = "FILTER(STRSTARTS(STR(?g), \"" + org.newsgraph.rdf.NG.GRAPH + "\"))";
    private static final String ALL_QUADS = "SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } " + ARTICLE_GRAPHS + " }";
    private static final String ALL_TRIPLES = "SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } " + ARTICLE_GRAPHS + " }";

    private final RemoteEndpoint endpoint;
    private final RDFConnection conn;

    private RemoteStore(RemoteEndpoint endpoint, RDFConnection conn) {
        this.endpoint = endpoint;
        this.conn = conn;
    }

    static RemoteStore connect(RemoteEndpoint endpoint) {
        if (endpoint.user() != null) {
            AuthEnv.get().clearActiveAuthentication(); // no session of an earlier user
            // Jena answers a 401 challenge for basic or digest with what is registered for the URL
            for (String url : java.util.List.of(endpoint.queryUrl(), endpoint.updateUrl(), endpoint.gspUrl())) {
                AuthEnv.get().registerUsernamePassword(URI.create(url), endpoint.user(), endpoint.password());
            }
        }
        RDFConnection conn = RDFConnectionRemote.newBuilder()
                .queryEndpoint(endpoint.queryUrl())
                .updateEndpoint(endpoint.updateUrl())
                .gspEndpoint(endpoint.gspUrl())
                .build();
        return new RemoteStore(endpoint, conn);
    }

    @Override
    public String describe() {
        return endpoint.describe();
    }

    @Override
    public boolean hasArticle(String articleId) {
        Node g = ArticleGraph.graphName(articleId);
        return any("SELECT ?s WHERE { GRAPH <" + g.getURI() + "> { ?s ?p ?o } } LIMIT 1");
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
        return any("SELECT ?p WHERE { GRAPH <" + graphName.getURI() + "> { <" + subject.getURI() + "> ?p ?o } } LIMIT 1");
    }

    /** True if a SELECT has a row. */
    private boolean any(String select) {
        return call("query", () -> {
            try (QueryExec qe = select(select)) {
                return qe.select().hasNext();
            }
        });
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
            var builder = QueryExecutionHTTP.service(endpoint.queryUrl()).query(query);
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
        return QueryExecHTTP.service(endpoint.queryUrl()).query(QueryFactory.create(query)).build();
    }

    @Override
    public RDFConnection connection() {
        return conn;
    }

    @Override
    public void close() {
        conn.close();
    }

    /**
     * Runs one exchange with the server. Any failure becomes a message that names the service and
     * what it answered: a store problem is never mistaken for an extraction problem.
     */
    private <T> T call(String what, Supplier<T> action) {
        try {
            return action.get();
        } catch (NewsgraphException e) {
            throw e;
        } catch (HttpException e) {
            throw failure(what, e.getStatusCode(), answer(e.getMessage(), e.getResponse()), e);
        } catch (QueryExceptionHTTP e) {
            throw failure(what, e.getStatusCode(), answer(e.getMessage(), e.getResponseMessage()), e);
        } catch (QueryException e) {
            if (e.getCause() instanceof HttpException he) {
                throw failure(what, he.getStatusCode(), answer(he.getMessage(), he.getResponse()), e);
            }
            if (e instanceof org.apache.jena.query.QueryCancelledException) {
                throw e;
            }
            throw unreadable(what, e);
        } catch (org.apache.jena.shared.JenaException e) {
            throw unreadable(what, e); // an answer Jena could not read, e.g. "Not a boolean result"
        }
    }

    private String service(String what) {
        return "write".equals(what) ? endpoint.gspUrl() : "update".equals(what) ? endpoint.updateUrl() : endpoint.queryUrl();
    }

    private NewsgraphException unreadable(String what, RuntimeException cause) {
        return new NewsgraphException(service(what) + ": the SPARQL server's answer to a " + what
                + " could not be read (" + firstLine(rootMessage(cause)) + ")", cause);
    }

    private NewsgraphException failure(String what, int status, String message, RuntimeException cause) {
        String where = service(what);
        if (status <= 0) {
            return new NewsgraphException(where + ": cannot reach the SPARQL server (" + rootMessage(cause)
                    + "); is it running? (newsgraph serve starts one)", cause);
        }
        if (status == 401 || status == 403 && endpoint.user() == null) {
            return new NewsgraphException(where + ": the server asks who you are (HTTP " + status + ": "
                    + firstLine(message) + ")" + (endpoint.user() == null
                            ? "; give --user NAME and the password in $NEWSGRAPH_PASSWORD or --password-file"
                            : "; it did not accept user " + endpoint.user()), cause);
        }
        if ("write".equals(what) && (status == 403 || status == 404 || status == 405)) {
            return new NewsgraphException(where + ": the server refused the write (HTTP " + status + ": "
                    + firstLine(message) + "); it is read-only or has no Graph Store Protocol service there"
                    + " (--gsp-url names it; newsgraph serve --writable starts one)", cause);
        }
        return new NewsgraphException(where + ": " + what + " failed (HTTP " + status + ": "
                + firstLine(message) + ")", cause);
    }

    /** What the server said: its response body when there is one, else the exception's message. */
    private static String answer(String message, String body) {
        return body != null && !body.isBlank() ? body.strip() : message;
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
