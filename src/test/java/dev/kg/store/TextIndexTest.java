package dev.kg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

class TextIndexTest {
    private static final Node G = NodeFactory.createURI("urn:g");

    @Test
    void findsAWordInsideALabelInEitherScriptAndForgetsItWhenDeleted() {
        DatasetGraph dsg = TextIndex.inMemory(DatasetGraphFactory.createTxnMem());
        Node team = NodeFactory.createURI("urn:team");
        Node other = NodeFactory.createURI("urn:other");
        Txn.executeWrite(dsg, () -> {
            dsg.add(G, team, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang("省委第四巡回检查组", "zh-Hans"));
            dsg.add(G, other, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang("市政府办公室", "zh-Hans"));
        });
        assertEquals(Set.of("urn:team"), search(dsg, "检查组"));
        Txn.executeWrite(dsg, () -> dsg.deleteAny(G, team, Node.ANY, Node.ANY));
        assertTrue(search(dsg, "检查组").isEmpty());
        assertEquals(Set.of("urn:other"), search(dsg, "办公室"));
    }

    private static Set<String> search(DatasetGraph dsg, String words) {
        Set<String> found = new HashSet<>();
        String q = "PREFIX text: <http://jena.apache.org/text#> SELECT ?s { ?s text:query \"" + words + "\" }";
        Txn.executeRead(dsg, () -> {
            try (var qe = QueryExecutionFactory.create(q, DatasetFactory.wrap(dsg))) {
                qe.execSelect().forEachRemaining(r -> found.add(r.getResource("s").getURI()));
            }
        });
        return found;
    }
}
