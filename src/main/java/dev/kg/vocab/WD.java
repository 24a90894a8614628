package dev.kg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The Wikidata terms the linker and the federated queries use (items {@code wd:}, direct properties {@code wdt:}). */
public final class WD {
    /** Items: {@code wd:Q57719}. */
    public static final String NS = "http://www.wikidata.org/entity/";
    /** Direct ("truthy") properties: {@code wdt:P442}. */
    public static final String DIRECT_NS = "http://www.wikidata.org/prop/direct/";
    /** Wikidata Query Service, the endpoint the federated queries name. */
    public static final String ENDPOINT = "https://query.wikidata.org/sparql";
    /** GeoNames feature IRIs, built from a P1566 id: {@code https://sws.geonames.org/1787227/}. */
    public static final String GEONAMES_NS = "https://sws.geonames.org/";

    private WD() {}

    public static Resource item(String qid) {
        return ResourceFactory.createResource(NS + qid);
    }

    private static Property direct(String pid) {
        return ResourceFactory.createProperty(DIRECT_NS + pid);
    }

    /** instance of */
    public static final Property P31 = direct("P31");
    /** position held (persons) */
    public static final Property P39 = direct("P39");
    /** China administrative division code, GB/T 2260 spaced with trailing zero pairs dropped ("32 03") */
    public static final Property P442 = direct("P442");
    /** GeoNames ID */
    public static final Property P1566 = direct("P1566");
    /** human (the P31 of every person item) */
    public static final Resource Q5 = item("Q5");
}
