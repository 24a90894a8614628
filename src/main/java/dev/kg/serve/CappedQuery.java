package dev.kg.serve;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;

/**
 * Fuseki's query operation with the row cap written into the query: a SELECT without LIMIT, or with a
 * larger one, runs with {@code LIMIT maxRows}. Rewriting the limit rather than cutting the results
 * lets Jena plan for it: {@code ORDER BY} with a LIMIT keeps only the top rows, not every row, in memory.
 */
final class CappedQuery extends SPARQL_QueryDataset {
    private final long maxRows;

    CappedQuery(long maxRows) {
        this.maxRows = maxRows;
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        return super.createQueryExec(action, capped(query, maxRows), dataset);
    }

    static Query capped(Query query, long maxRows) {
        if (!query.isSelectType() || (query.hasLimit() && query.getLimit() <= maxRows)) {
            return query;
        }
        Query copy = query.cloneQuery();
        copy.setLimit(maxRows);
        return copy;
    }
}
