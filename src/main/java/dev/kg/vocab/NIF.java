package dev.kg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The NLP Interchange Format 2.0 core terms we use for provenance spans. */
public final class NIF {
    public static final String NS = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
    public static final String ITSRDF_NS = "http://www.w3.org/2005/11/its/rdf#";

    private NIF() {}

    public static final Resource Context = ResourceFactory.createResource(NS + "Context");
    public static final Resource Sentence = ResourceFactory.createResource(NS + "Sentence");
    public static final Resource Phrase = ResourceFactory.createResource(NS + "Phrase");
    public static final Resource RFC5147String = ResourceFactory.createResource(NS + "RFC5147String");
    public static final Property isString = ResourceFactory.createProperty(NS + "isString");
    public static final Property beginIndex = ResourceFactory.createProperty(NS + "beginIndex");
    public static final Property endIndex = ResourceFactory.createProperty(NS + "endIndex");
    public static final Property anchorOf = ResourceFactory.createProperty(NS + "anchorOf");
    public static final Property referenceContext = ResourceFactory.createProperty(NS + "referenceContext");
    public static final Property sentence = ResourceFactory.createProperty(NS + "sentence");
    /** itsrdf:taIdentRef: a mention → the entity it names. */
    public static final Property taIdentRef = ResourceFactory.createProperty(ITSRDF_NS + "taIdentRef");
}
