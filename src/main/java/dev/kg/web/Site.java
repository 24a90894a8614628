package dev.kg.web;

import dev.kg.vocab.Ontology;
import java.util.List;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.compose.MultiUnion;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * What every page reads: the dataset (its union graph, which is what users query as the default
 * graph, whether TDB2 unions the named graphs or an in-memory dataset holds a copy), the ontology
 * for the concept schemes and the labels of classes and properties, the addresses and the prefixes.
 */
final class Site {
    private final DatasetGraph dsg;
    private final Ontology ontology;
    private final Addresses addresses;
    private final ArticleFigure figure;

    Site(DatasetGraph dsg, Ontology ontology, Addresses addresses, ArticleFigure figure) {
        this.dsg = dsg;
        this.ontology = ontology;
        this.addresses = addresses;
        this.figure = figure;
    }

    DatasetGraph dataset() {
        return dsg;
    }

    Addresses addresses() {
        return addresses;
    }

    ArticleFigure figure() {
        return figure;
    }

    /** The graphs a description is drawn from; use inside {@link #read}. */
    List<Graph> graphs() {
        return List.of(dsg.getUnionGraph(), ontology.model().getGraph());
    }

    /** The ontology's prefixes, then the dataset's (an article's person:, event: …). */
    PrefixMapping prefixes() {
        PrefixMapping pm = PrefixMapping.Factory.create().setNsPrefixes(ontology.model());
        dsg.prefixes().forEach((prefix, uri) -> {
            if (pm.getNsPrefixURI(prefix) == null) {
                pm.setNsPrefix(prefix, uri);
            }
        });
        return pm;
    }

    /** Runs {@code work} in a read transaction, with the data and ontology as one model to read labels from. */
    <T> T read(Function<Terms, T> work) {
        return Txn.calculateRead(dsg, () -> {
            MultiUnion union = new MultiUnion(graphs().toArray(Graph[]::new));
            return work.apply(new Terms(ModelFactory.createModelForGraph(union), addresses, prefixes()));
        });
    }
}
