package dev.kg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The W3C PROV-O terms we use (Jena ships no PROV vocabulary class). */
public final class PROV {
    public static final String NS = "http://www.w3.org/ns/prov#";

    private PROV() {}

    public static final Resource Entity = ResourceFactory.createResource(NS + "Entity");
    public static final Resource SoftwareAgent = ResourceFactory.createResource(NS + "SoftwareAgent");
    public static final Property wasDerivedFrom = ResourceFactory.createProperty(NS + "wasDerivedFrom");
    public static final Property wasAttributedTo = ResourceFactory.createProperty(NS + "wasAttributedTo");
    public static final Property generatedAtTime = ResourceFactory.createProperty(NS + "generatedAtTime");
}
