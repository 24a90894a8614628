package dev.kg.serve;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Closure;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.VOID;

/**
 * What the VoID description counts, read by SPARQL from the dataset as users query it (its default
 * graph: the union of the named graphs), in one read transaction: triples per property, entities per
 * class (with one IRI of each as an example), the entities under the base IRI, and the
 * {@code void:Linkset} descriptions that the linker writes into the named graphs.
 */
record DatasetStatistics(long entities, Map<String, Long> classes, Map<String, String> examples,
        Map<String, Long> properties, Model linksets) {

    private static final String NO_TIMEOUT = "-1";
    private static final String PROPERTIES = "SELECT ?p (COUNT(*) AS ?n) { ?s ?p ?o } GROUP BY ?p";
    private static final String CLASSES =
            "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) (MAX(?s) AS ?example) { ?s a ?c } GROUP BY ?c";
    private static final String ENTITIES =
            "SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s ?p ?o FILTER(isIRI(?s) && STRSTARTS(STR(?s), ?base)) }";
    private static final String LINKSETS = "SELECT DISTINCT ?g ?linkset { GRAPH ?g { ?linkset a ?type } }";

    /** Counts {@code dsg}; {@code base} is the namespace of the entities (the converter's {@code --base}). */
    static DatasetStatistics of(DatasetGraph dsg, String base) {
        return Txn.calculateRead(dsg, () -> {
            Map<String, Long> properties = new TreeMap<>();
            select(dsg, PROPERTIES).forEach(row -> properties.put(row.getResource("p").getURI(), row.getLiteral("n").getLong()));
            Map<String, Long> classes = new TreeMap<>();
            Map<String, String> examples = new TreeMap<>();
            select(dsg, CLASSES).forEach(row -> {
                String c = row.getResource("c").getURI();
                classes.put(c, row.getLiteral("n").getLong());
                // MAX: IRIs order after blank nodes, so a class with any IRI gives one
                if (row.get("example").isURIResource()) {
                    examples.put(c, row.getResource("example").getURI());
                }
            });
            ParameterizedSparqlString entities = new ParameterizedSparqlString(ENTITIES);
            entities.setLiteral("base", base);
            long entityCount = select(dsg, entities.toString()).get(0).getLiteral("n").getLong();
            return new DatasetStatistics(entityCount, classes, examples, properties, linksets(dsg));
        });
    }

    /** The number of triples: the sum over the property partitions, which cover every triple once. */
    long triples() {
        return properties.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Each linkset's description as its own graph states it: its triples and the blank nodes below them. */
    private static Model linksets(DatasetGraph dsg) {
        ParameterizedSparqlString query = new ParameterizedSparqlString(LINKSETS);
        query.setIri("type", VOID.Linkset.getURI());
        Model out = ModelFactory.createDefaultModel();
        for (QuerySolution row : select(dsg, query.toString())) {
            Model graph = ModelFactory.createModelForGraph(dsg.getGraph(row.getResource("g").asNode()));
            Resource linkset = graph.asRDFNode(row.getResource("linkset").asNode()).asResource();
            out.add(Closure.closure(linkset, false));
        }
        return out;
    }

    private static List<QuerySolution> select(DatasetGraph dsg, String query) {
        // computed once for the server's life: not bound by the timeout that protects user queries
        try (QueryExecution exec = QueryExecution.dataset(DatasetFactory.wrap(dsg)).query(query)
                .set(ARQ.queryTimeout, NO_TIMEOUT).build()) {
            return ResultSetFormatter.toList(exec.execSelect());
        }
    }
}
