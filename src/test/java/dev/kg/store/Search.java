package dev.kg.store;

import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/** Tests' text search: the subjects a {@code text:query} finds, as users query the dataset. */
public final class Search {
    private Search() {}

    public static Set<String> subjects(DatasetGraph dsg, String words) {
        Set<String> found = new TreeSet<>();
        String q = "PREFIX text: <http://jena.apache.org/text#> SELECT ?s { ?s text:query \"" + words + "\" }";
        Txn.executeRead(dsg, () -> {
            try (var qe = QueryExecutionFactory.create(q, DatasetFactory.wrap(dsg))) {
                qe.execSelect().forEachRemaining(r -> found.add(r.getResource("s").getURI()));
            }
        });
        return found;
    }
}
