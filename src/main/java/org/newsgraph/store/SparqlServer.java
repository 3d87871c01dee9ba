package org.newsgraph.store;

import java.net.BindException;
import java.net.InetAddress;
import java.net.UnknownHostException;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.util.Context;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.newsgraph.NewsgraphException;

/**
 * A Fuseki server over an embedded store: dataset {@code /newsgraph}, query at
 * {@code /newsgraph/sparql} (and on the dataset URL itself), the union of the article graphs as
 * default graph. Read-only unless writable; then also SPARQL Update at {@code /newsgraph/update}
 * and the Graph Store Protocol at {@code /newsgraph/data}, which is what
 * {@code --endpoint http://HOST:PORT/newsgraph} needs.
 *
 * <pre>{@code
 * try (GraphStore store = GraphStore.embedded(dir)) {
 *     SparqlServer server = SparqlServer.start(store, "127.0.0.1", 3030, false, SparqlServer.Limits.DEFAULT);
 *     server.join();
 * }
 * }</pre>
 *
 * <p>No request can take the server away from the others: every query is cancelled by Fuseki's
 * own timeout ({@code arq:queryTimeout} in the query endpoints' context; a client's
 * {@code timeout} parameter may only shorten it), a query returns at most
 * {@link Limits#maxResults()} rows (a {@code LIMIT} is imposed), and a request body larger than
 * {@link Limits#maxRequestBytes()} is refused with HTTP 413.
 */
public final class SparqlServer {
    /** The dataset name in URLs. */
    public static final String DATASET = "newsgraph";

    /**
     * What one request may cost.
     *
     * @param queryTimeoutMillis a query is cancelled after this long (0: never)
     * @param maxResults         at most this many result rows per query (0: no cap)
     * @param maxRequestBytes    a larger request body is refused (0: no limit)
     */
    public record Limits(long queryTimeoutMillis, long maxResults, long maxRequestBytes) {
        public static final Limits DEFAULT = new Limits(60_000, 1_000_000, 100_000_000);
    }

    private final FusekiServer fuseki;
    private final String host;

    private SparqlServer(FusekiServer fuseki, String host) {
        this.fuseki = fuseki;
        this.host = host;
    }

    /**
     * Starts serving; port 0 picks a free port.
     *
     * @throws NewsgraphException if the store is not embedded, the host is unknown or the port is taken
     */
    public static SparqlServer start(GraphStore store, String host, int port, boolean writable) {
        return start(store, host, port, writable, Limits.DEFAULT);
    }

    /** Starts serving with the given limits on each request. */
    public static SparqlServer start(GraphStore store, String host, int port, boolean writable, Limits limits) {
        if (!(store instanceof GraphStore.Tdb2Store tdb)) {
            throw new NewsgraphException(store.describe() + ": serve needs a TDB2 store folder (--store), not an endpoint", null, 2);
        }
        InetAddress address;
        try {
            address = InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new NewsgraphException(host + ": unknown host (--host)", e, 2);
        }
        DataService.Builder service = DataService.newBuilder(tdb.datasetGraph())
                .addEndpoint(queryEndpoint("", limits))
                .addEndpoint(queryEndpoint("sparql", limits));
        if (writable) {
            service.addEndpoint(Operation.Update, "update")
                    .addEndpoint(Operation.GSP_RW, "data");
        }
        FusekiServer fuseki = FusekiServer.create()
                .port(port)
                .loopback(address.isLoopbackAddress())
                .add("/" + DATASET, service)
                .enablePing(true)
                .addFilter("/*", new RequestSizeFilter(limits.maxRequestBytes()))
                .build();
        for (Connector c : fuseki.getJettyServer().getConnectors()) {
            if (c instanceof ServerConnector sc) {
                sc.setHost(host);
            }
        }
        try {
            fuseki.start();
        } catch (RuntimeException e) {
            if (hasCause(e, BindException.class)) {
                throw new NewsgraphException(host + ":" + port + ": cannot listen, the port is in use (choose another with --port)", e);
            }
            throw new NewsgraphException(host + ":" + port + ": cannot start the server: " + e.getMessage(), e);
        }
        return new SparqlServer(fuseki, host);
    }

    /** A query endpoint whose queries Fuseki cancels after the timeout and cuts at the row cap. */
    private static Endpoint queryEndpoint(String name, Limits limits) {
        Context context = new Context();
        if (limits.queryTimeoutMillis() > 0) {
            context.set(ARQ.queryTimeout, Long.toString(limits.queryTimeoutMillis()));
        }
        return Endpoint.create().operation(Operation.Query).endpointName(name).context(context)
                .processor(new CappedQuery(limits.maxResults())).build();
    }

    /** The port it listens on (useful after asking for port 0). */
    public int port() {
        return fuseki.getHttpPort();
    }

    /** The dataset URL, e.g. {@code http://127.0.0.1:3030/newsgraph}: the value for {@code --endpoint}. */
    public String datasetUrl() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return "http://" + h + ":" + port() + "/" + DATASET;
    }

    /** Blocks until the server stops. */
    public void join() {
        fuseki.join();
    }

    /** Stops accepting requests and waits for the server to finish. */
    public void stop() {
        fuseki.stop();
    }

    private static boolean hasCause(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }
}
