package dev.kg.web;

import dev.kg.vocab.NIF;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * What a served IRI's RDF document holds: every triple with the IRI as subject or object, the triples
 * of the hash IRIs it is the document of (an article's mentions, {@code article#char=b,e}), and the
 * labels of every node it links to, so that a client can show the description without asking again.
 * Read inside a read transaction.
 */
final class Description {
    private static final List<Node> LABELS = List.of(SKOS.prefLabel.asNode(), FOAF.name.asNode(), RDFS.label.asNode());

    private Description() {}

    /** @param data the union of the article graphs, and the ontology for the concept schemes */
    static Graph of(Node iri, List<Graph> data) {
        Graph g = GraphFactory.createDefaultGraph();
        for (Graph d : data) {
            d.find(iri, Node.ANY, Node.ANY).forEachRemaining(g::add);
            d.find(Node.ANY, Node.ANY, iri).forEachRemaining(g::add);
        }
        String fragments = iri.getURI() + "#";
        for (Graph d : data) {
            d.find(Node.ANY, NIF.referenceContext.asNode(), iri).forEachRemaining(t -> {
                if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(fragments)) {
                    d.find(t.getSubject(), Node.ANY, Node.ANY).forEachRemaining(g::add);
                }
            });
        }
        Set<Node> linked = new HashSet<>();
        g.find().forEachRemaining(t -> {
            linked.add(t.getSubject());
            if (!t.getObject().isLiteral()) {
                linked.add(t.getObject());
            }
        });
        linked.remove(iri);
        for (Node n : linked) {
            for (Graph d : data) {
                for (Node p : LABELS) {
                    d.find(n, p, Node.ANY).forEachRemaining(g::add);
                }
            }
        }
        return g;
    }

    static boolean known(Node iri, List<Graph> data) {
        return data.stream().anyMatch(d -> d.contains(iri, Node.ANY, Node.ANY) || d.contains(Node.ANY, Node.ANY, iri));
    }
}
