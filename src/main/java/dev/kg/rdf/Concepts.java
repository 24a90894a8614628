package dev.kg.rdf;

import java.io.InputStream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;

/**
 * The SKOS concept schemes of {@code ontology/} (titles, roles, event kinds), loaded once, so that
 * each emitted graph can carry the description of every concept it references and stay
 * self-contained.
 */
final class Concepts {
    private static final String[] FILES = {"/ontology/titles.ttl", "/ontology/roles.ttl", "/ontology/kinds.ttl"};
    private static final Model SCHEMES = load();

    private Concepts() {}

    private static Model load() {
        Model m = ModelFactory.createDefaultModel();
        for (String f : FILES) {
            try (InputStream in = Concepts.class.getResourceAsStream(f)) {
                if (in != null) {
                    RDFDataMgr.read(m, in, Lang.TURTLE);
                }
            } catch (java.io.IOException e) {
                throw new dev.kg.KgException("cannot read " + f + ": " + e.getMessage(), e);
            }
        }
        return m;
    }

    /** Copies the concept's own statements (labels, notation, scheme, broader) into {@code target}. */
    static void copy(Resource concept, Model target) {
        Resource r = SCHEMES.getResource(concept.getURI());
        for (Statement s : r.listProperties().toList()) {
            target.add(s);
        }
    }
}
