package org.newsgraph.store;

import java.net.URI;
import java.net.URISyntaxException;

import org.newsgraph.NewsgraphException;

/**
 * Where a SPARQL 1.1 server's three services are, and whom to be there: the query service, the
 * update service and the Graph Store Protocol service, each a full URL. {@link #fuseki} lays them
 * out as Fuseki does under a dataset URL; any of them can be set apart (Virtuoso, for one, answers
 * queries at {@code /sparql} and graphs at {@code /sparql-graph-crud-auth}). With a user, requests
 * answer the server's challenge for HTTP basic or digest authentication.
 *
 * @param password null without a user; never taken from the command line
 */
public record RemoteEndpoint(String queryUrl, String updateUrl, String gspUrl, String user, String password) {

    public RemoteEndpoint {
        queryUrl = checked(queryUrl, "--query-url");
        updateUrl = checked(updateUrl, "--update-url");
        gspUrl = checked(gspUrl, "--gsp-url");
    }

    /** Fuseki's layout: {@code URL/sparql}, {@code URL/update}, {@code URL/data}. */
    public static RemoteEndpoint fuseki(String datasetUrl) {
        String base = checked(datasetUrl, "--endpoint");
        return new RemoteEndpoint(base + "/sparql", base + "/update", base + "/data", null, null);
    }

    public RemoteEndpoint withQueryUrl(String url) {
        return new RemoteEndpoint(url, updateUrl, gspUrl, user, password);
    }

    public RemoteEndpoint withUpdateUrl(String url) {
        return new RemoteEndpoint(queryUrl, url, gspUrl, user, password);
    }

    public RemoteEndpoint withGspUrl(String url) {
        return new RemoteEndpoint(queryUrl, updateUrl, url, user, password);
    }

    public RemoteEndpoint withCredentials(String name, String secret) {
        return new RemoteEndpoint(queryUrl, updateUrl, gspUrl, name, secret);
    }

    /** The services for messages: the query URL, and the others where they differ from Fuseki's layout. */
    public String describe() {
        String base = queryUrl.endsWith("/sparql") ? queryUrl.substring(0, queryUrl.length() - "/sparql".length()) : null;
        if (base != null && updateUrl.equals(base + "/update") && gspUrl.equals(base + "/data")) {
            return base;
        }
        return queryUrl + " (update " + updateUrl + ", graphs " + gspUrl + ")";
    }

    @Override
    public String toString() { // no password in logs
        return "RemoteEndpoint[" + describe() + (user == null ? "" : ", user " + user) + "]";
    }

    private static String checked(String url, String option) {
        String u = url.strip().replaceFirst("/+$", "");
        try {
            URI uri = new URI(u);
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new NewsgraphException(url + ": " + option + " takes an http(s) URL, e.g. "
                        + "http://localhost:3030/newsgraph", null, 2);
            }
            if (uri.getUserInfo() != null) {
                throw new NewsgraphException(option + ": give the user with --user and the password in $NEWSGRAPH_PASSWORD "
                        + "or --password-file, not in the URL", null, 2);
            }
        } catch (URISyntaxException e) {
            throw new NewsgraphException(url + ": " + option + " is not a valid URL (" + e.getMessage() + ")", e, 2);
        }
        return u;
    }
}
