package org.newsgraph.store;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;

/**
 * Fuseki's query service with a cap on result rows: a query without a {@code LIMIT}, or with a
 * larger one, gets {@code LIMIT max}. Rows beyond the cap are never computed.
 */
final class CappedQuery extends SPARQL_QueryDataset {
    private final long max;

    CappedQuery(long max) {
        this.max = max;
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        if (max > 0 && (!query.hasLimit() || query.getLimit() > max)) {
            query.setLimit(max);
        }
    }
}
