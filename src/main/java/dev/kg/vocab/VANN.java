package dev.kg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;

/** The VANN terms an ontology header uses to announce its preferred prefix (Jena ships no VANN class). */
public final class VANN {
    public static final String NS = "http://purl.org/vocab/vann/";

    private VANN() {}

    public static final Property preferredNamespacePrefix = ResourceFactory.createProperty(NS + "preferredNamespacePrefix");
    public static final Property preferredNamespaceUri = ResourceFactory.createProperty(NS + "preferredNamespaceUri");
}
