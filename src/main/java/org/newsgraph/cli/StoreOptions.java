package org.newsgraph.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.newsgraph.NewsgraphException;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.RemoteEndpoint;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Options every store command shares: where the graph lives (a TDB2 folder or a server), and how much to say. */
public final class StoreOptions {
    /** The environment variable that holds the password for {@code --user}. */
    static final String PASSWORD_VARIABLE = "NEWSGRAPH_PASSWORD";

    @Mixin
    StoreFolderOptions folder;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "A SPARQL 1.1 server instead of the TDB2 folder: query at URL/sparql, update at "
                + "URL/update, Graph Store Protocol at URL/data (Fuseki's layout), e.g. "
                + "http://localhost:3030/newsgraph (see 'newsgraph serve --writable').")
    String endpoint;

    @Option(names = "--query-url", paramLabel = "URL",
            description = "The server's SPARQL query service, where it is not URL/sparql (Virtuoso: http://HOST:8890/sparql).")
    String queryUrl;

    @Option(names = "--update-url", paramLabel = "URL",
            description = "The server's SPARQL update service, where it is not URL/update (Virtuoso: .../sparql-auth).")
    String updateUrl;

    @Option(names = "--gsp-url", paramLabel = "URL",
            description = "The server's Graph Store Protocol service, where it is not URL/data (Virtuoso: .../sparql-graph-crud-auth).")
    String gspUrl;

    @Option(names = "--user", paramLabel = "NAME",
            description = "User on the server (HTTP basic or digest, as the server asks); the password comes from $"
                + PASSWORD_VARIABLE + " or --password-file, never the command line.")
    String user;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "A file whose first line is the password for --user.")
    Path passwordFile;

    boolean verbose() {
        return folder.verbose;
    }

    Path storeFolder() {
        return folder.storeFolder();
    }

    /** True when the store is a server. */
    boolean remote() {
        return endpoint != null || queryUrl != null || updateUrl != null || gspUrl != null;
    }

    GraphStore open() {
        if (remote()) {
            if (folder.store != null) {
                throw new NewsgraphException("give either --store or --endpoint, not both", null, 2);
            }
            return GraphStore.remote(remoteEndpoint());
        }
        if (user != null || passwordFile != null) {
            throw new NewsgraphException("--user and --password-file are for a server (--endpoint or --query-url)", null, 2);
        }
        return folder.open();
    }

    /** Opens a store that must exist: a read-only command does not create an empty one from a typo. */
    GraphStore openExisting() {
        return remote() ? open() : folder.openExisting();
    }

    private RemoteEndpoint remoteEndpoint() {
        RemoteEndpoint e;
        if (endpoint != null) {
            e = RemoteEndpoint.fuseki(endpoint);
        } else if (queryUrl != null && updateUrl != null && gspUrl != null) {
            e = new RemoteEndpoint(queryUrl, updateUrl, gspUrl, null, null);
        } else {
            throw new NewsgraphException("without --endpoint, give all three of --query-url, --update-url and --gsp-url", null, 2);
        }
        if (queryUrl != null) {
            e = e.withQueryUrl(queryUrl);
        }
        if (updateUrl != null) {
            e = e.withUpdateUrl(updateUrl);
        }
        if (gspUrl != null) {
            e = e.withGspUrl(gspUrl);
        }
        if (user == null) {
            if (passwordFile != null) {
                throw new NewsgraphException("--password-file needs --user", null, 2);
            }
            return e;
        }
        return e.withCredentials(user, password());
    }

    private String password() {
        if (passwordFile != null) {
            try {
                return Files.readAllLines(passwordFile, StandardCharsets.UTF_8).stream().findFirst().orElse("");
            } catch (IOException ex) {
                throw new NewsgraphException(passwordFile + ": cannot read the password file (" + ex.getMessage() + ")", ex, 2);
            }
        }
        String env = System.getenv(PASSWORD_VARIABLE);
        if (env == null) {
            throw new NewsgraphException("--user " + user + ": no password; put it in $" + PASSWORD_VARIABLE
                    + " or a file named by --password-file", null, 2);
        }
        return env;
    }
}
