package dev.kg.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.semanticweb.HermiT.ReasonerFactory;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.model.OWLClass;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyCreationException;
import org.semanticweb.owlapi.profiles.OWL2DLProfile;
import org.semanticweb.owlapi.profiles.OWLProfileViolation;
import org.semanticweb.owlapi.reasoner.OWLReasoner;

/**
 * {@code ontology/kg.ttl} as OWL tools other than Jena read it (Protégé uses the OWL API): in the
 * OWL 2 DL profile, so that DL reasoners accept it, and consistent with every class satisfiable by
 * HermiT. The concept schemes are SKOS data, not part of the ontology (it does not import them).
 */
class OwlDlProfileTest {
    private static OWLOntology ontology;

    @BeforeAll
    static void load() throws OWLOntologyCreationException {
        ontology = OWLManager.createOWLOntologyManager()
                .loadOntologyFromOntologyDocument(new File("ontology/kg.ttl"));
    }

    @Test
    void inOwl2DlProfile() {
        List<OWLProfileViolation> violations = new OWL2DLProfile().checkOntology(ontology).getViolations();
        String listed = violations.stream().map(Object::toString).collect(Collectors.joining("\n"));
        assertEquals(0, violations.size(), violations.size() + " OWL 2 DL violations:\n" + listed);
    }

    @Test
    void hermitFindsItConsistentWithNoUnsatisfiableClass() {
        OWLReasoner hermit = new ReasonerFactory().createReasoner(ontology);
        try {
            assertTrue(hermit.isConsistent(), "HermiT: ontology/kg.ttl is inconsistent");
            Set<OWLClass> unsatisfiable = hermit.getUnsatisfiableClasses().getEntitiesMinusBottom();
            assertTrue(unsatisfiable.isEmpty(), "HermiT: unsatisfiable classes " + unsatisfiable);
            // the reasoner saw our classes: a sanity check that the file was read as an ontology
            assertTrue(ontology.classesInSignature().count() > 20, "classes read: " + ontology.classesInSignature().count());
        } finally {
            hermit.dispose();
        }
    }
}
