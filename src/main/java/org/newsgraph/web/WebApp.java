package org.newsgraph.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;

import org.newsgraph.store.GraphStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The browser view {@code newsgraph serve} shows at {@code /}: search ({@code /?q=}), entity
 * ({@code /entity?id=person/kim-sung-han}), article ({@code /article?id=<16 hex digits>}) and graph
 * ({@code /graph?id=...}) pages, two JSON calls for the scripts ({@code /api/search},
 * {@code /api/graph}) and the static files. Read only: it answers GET and HEAD, nothing else, and
 * every page reads the store through SPARQL SELECT queries. Every page is sent with a
 * Content-Security-Policy that allows scripts from this server's {@code /static/} files only.
 *
 * <pre>{@code
 * SparqlServer.start(store, "127.0.0.1", 3030, false, SparqlServer.Limits.DEFAULT, Map.of("/*", new WebApp(store, false)));
 * }</pre>
 */
public final class WebApp extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(WebApp.class);
    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /** Static files: name in {@code /static/} to class-path resource and media type. */
    private static final Map<String, String[]> STATIC = Map.of(
            "app.css", new String[] {"static/app.css", "text/css"},
            "search.js", new String[] {"static/search.js", "text/javascript"},
            "graph.js", new String[] {"static/graph.js", "text/javascript"},
            "cytoscape.min.js", new String[] {cytoscapePath(), "text/javascript"});

    private final transient SearchPage search;
    private final transient EntityPage entity;
    private final transient ArticlePage article;
    private final transient GraphPage graph;

    /**
     * @param writable whether the store can change while served (then the search's name index is
     *                 refreshed every minute)
     */
    public WebApp(GraphStore store, boolean writable) {
        StoreQueries queries = new StoreQueries(store);
        this.search = new SearchPage(queries, writable);
        this.entity = new EntityPage(queries);
        this.article = new ArticlePage(queries);
        this.graph = new GraphPage(queries);
        Thread warm = new Thread(() -> {
            try {
                search.warm();
            } catch (RuntimeException e) {
                LOG.warn("reading the names for search: {}", e.toString());
            }
        }, "newsgraph-web-names");
        warm.setDaemon(true);
        warm.start();
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Referrer-Policy", "no-referrer");
        try {
            if (path.startsWith("/static/")) {
                staticFile(path.substring("/static/".length()), resp);
                return;
            }
            String id = req.getParameter("id");
            switch (path) {
                case "/", "/search" -> html(resp, search.html(req.getParameter("q")), "");
                case "/entity" -> html(resp, entity.html(id), "no entity " + id);
                case "/article" -> html(resp, article.html(id), "no article " + id);
                case "/graph" -> html(resp, graph.html(id), "no entity " + id);
                case "/api/search" -> json(resp, search.json(req.getParameter("q")));
                case "/api/graph" -> json(resp, graph.json(id));
                default -> html(resp, null, "no page " + path);
            }
        } catch (RuntimeException e) {
            LOG.warn("{}: {}", path, e.toString(), e);
            if (!resp.isCommitted()) {
                resp.reset();
                send(resp, 500, "text/html", Html.page("Error", "<h1>Something went wrong</h1><p>"
                        + Html.text(e.getMessage()) + "</p>"));
            }
        }
    }

    private static void html(HttpServletResponse resp, String page, String notFound) throws IOException {
        if (page == null) {
            send(resp, 404, "text/html", Html.page("Not found", "<h1>Not found</h1><p>" + Html.text(notFound) + "</p>"));
        } else {
            send(resp, 200, "text/html", page);
        }
    }

    private static void json(HttpServletResponse resp, String json) throws IOException {
        send(resp, json == null ? 404 : 200, "application/json", json == null ? "null" : json);
    }

    private static void send(HttpServletResponse resp, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        resp.setStatus(status);
        resp.setHeader("Content-Security-Policy", CSP);
        resp.setHeader("Cache-Control", "no-store");
        resp.setContentType(type + "; charset=utf-8");
        resp.setContentLength(bytes.length);
        resp.getOutputStream().write(bytes);
    }

    private static void staticFile(String name, HttpServletResponse resp) throws IOException {
        String[] file = STATIC.get(name);
        byte[] bytes = file == null ? null : resource(file[0]);
        if (bytes == null) {
            html(resp, null, "no file " + name);
            return;
        }
        resp.setStatus(200);
        resp.setContentType(file[1] + "; charset=utf-8");
        resp.setHeader("Cache-Control", "max-age=3600");
        resp.setContentLength(bytes.length);
        resp.getOutputStream().write(bytes);
    }

    private static byte[] resource(String path) {
        try (InputStream in = WebApp.class.getResourceAsStream(path)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the cytoscape WebJar keeps its minified build, whatever its version. */
    private static String cytoscapePath() {
        Properties p = new Properties();
        try (InputStream in = WebApp.class.getResourceAsStream("/META-INF/maven/org.webjars.npm/cytoscape/pom.properties")) {
            if (in == null) {
                return "/missing-cytoscape-webjar";
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "/META-INF/resources/webjars/cytoscape/" + p.getProperty("version") + "/dist/cytoscape.min.js";
    }
}
