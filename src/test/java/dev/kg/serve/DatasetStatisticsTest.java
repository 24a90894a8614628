package dev.kg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.Test;

/** The statistics behind the VoID description, on small hand-made datasets. */
class DatasetStatisticsTest {
    private static final String BASE = "https://example.org/id/";
    private static final Node G = NodeFactory.createURI("https://example.org/graph/a");
    private static final Node LINKSET = NodeFactory.createURI("https://example.org/linkset/1");

    @Test
    void countsClassesPropertiesAndEntitiesUnderTheBase() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Node a = NodeFactory.createURI(BASE + "a");
        Node b = NodeFactory.createURI(BASE + "b");
        Node outside = NodeFactory.createURI("https://elsewhere.org/c");
        Node blank = NodeFactory.createBlankNode();
        Txn.executeWrite(dsg, () -> {
            add(dsg, G, a, RDF.type.asNode(), FOAF.Person.asNode());
            add(dsg, G, b, RDF.type.asNode(), FOAF.Person.asNode());
            add(dsg, G, blank, RDF.type.asNode(), FOAF.Person.asNode());
            add(dsg, G, outside, RDF.type.asNode(), FOAF.Person.asNode());
            add(dsg, G, a, FOAF.knows.asNode(), b);
        });
        DatasetStatistics stats = DatasetStatistics.of(dsg, BASE);
        assertEquals(5, stats.triples());
        assertEquals(4L, stats.classes().get(FOAF.Person.getURI()));
        assertEquals(4L, stats.properties().get(RDF.type.getURI()));
        assertEquals(1L, stats.properties().get(FOAF.knows.getURI()));
        assertEquals(2, stats.entities(), "only the IRIs under the base");
        assertTrue(stats.examples().get(FOAF.Person.getURI()).startsWith("http"), "an IRI, never the blank node");
    }

    @Test
    void copiesEachLinksetDescriptionWithTheBlankNodesBelowIt() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Node source = NodeFactory.createBlankNode();
        Txn.executeWrite(dsg, () -> {
            dsg.add(LINKSET, LINKSET, RDF.type.asNode(), VOID.Linkset.asNode());
            dsg.add(LINKSET, LINKSET, VOID.linkPredicate.asNode(), OWL.sameAs.asNode());
            dsg.add(LINKSET, LINKSET, DCTerms.source.asNode(), source);
            dsg.add(LINKSET, source, DCTerms.title.asNode(), NodeFactory.createLiteralString("curated"));
            dsg.add(LINKSET, NodeFactory.createURI(BASE + "a"), OWL.sameAs.asNode(), NodeFactory.createURI(BASE + "b"));
        });
        DatasetStatistics stats = DatasetStatistics.of(dsg, BASE);
        Resource linkset = stats.linksets().getResource(LINKSET.getURI());
        assertTrue(linkset.hasProperty(RDF.type, VOID.Linkset));
        assertTrue(linkset.getPropertyResourceValue(DCTerms.source).hasProperty(DCTerms.title));
        assertEquals(4, stats.linksets().size(), "the description, not the links: " + stats.linksets());
    }

    @Test
    void theServersQueryTimeoutDoesNotCutTheStatistics() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        int n = 20_000;
        Txn.executeWrite(dsg, () -> {
            for (int i = 0; i < n; i++) {
                dsg.add(Quad.defaultGraphIRI, NodeFactory.createURI(BASE + i), FOAF.name.asNode(),
                        NodeFactory.createLiteralString("n" + i));
            }
        });
        dsg.getContext().set(ARQ.queryTimeout, "1");   // 1 ms, as KgServer sets the server's timeout
        assertThrows(QueryCancelledException.class, () -> Txn.executeRead(dsg, () -> {
            try (QueryExecution q = QueryExecution.dataset(DatasetFactory.wrap(dsg))
                    .query("SELECT ?p (COUNT(*) AS ?n) { ?s ?p ?o } GROUP BY ?p").build()) {
                q.execSelect().forEachRemaining(row -> {});
            }
        }), "a user's query over this dataset is cut at 1 ms");
        DatasetStatistics stats = DatasetStatistics.of(dsg, BASE);
        assertEquals(n, stats.triples());
        assertEquals(n, stats.entities());
    }

    private static void add(DatasetGraph dsg, Node g, Node s, Node p, Node o) {
        dsg.add(g, s, p, o);
        dsg.add(Quad.defaultGraphIRI, s, p, o);   // the union, as DatasetLoader copies it
    }
}
