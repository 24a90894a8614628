package dev.kg.link;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;

/** A named graph of a dataset as a model. */
final class ModelOf {
    private ModelOf() {}

    static Model graph(DatasetGraph dsg, String name) {
        return ModelFactory.createModelForGraph(dsg.getGraph(NodeFactory.createURI(name)));
    }
}
