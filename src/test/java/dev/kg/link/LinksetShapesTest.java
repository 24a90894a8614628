package dev.kg.link;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kg.rdf.validate.ConformanceReport;
import dev.kg.rdf.validate.GraphValidator;
import dev.kg.vocab.KGO;
import dev.kg.vocab.Ontology;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

/** The identity linkset conforms to ontology/shapes.ttl, and the shapes catch a broken one. */
class LinksetShapesTest {
    private final GraphValidator validator = new GraphValidator(Ontology.standard());

    private static Model linkset() {
        TestArticle a = new TestArticle("a").home("徐州市", "320300");
        a.person("徐鸣", "shi-wei-shu-ji", "徐州市委");
        a.org("人民法院");
        a.place("邳州市", null);
        TestArticle b = new TestArticle("b");
        b.person("徐鸣", "shi-wei-shu-ji", "徐州市委");
        return new IdentityLinker(TestArticle.BASE).link(List.of(a.model(), b.model()), LocalDate.of(2026, 12, 1));
    }

    @Test
    void theLinksetConforms() {
        ConformanceReport report = validator.validate(linkset());
        assertTrue(report.conforms(), () -> String.join("\n", report.lines()));
    }

    @Test
    void evidenceOfALinkThatIsNotThereIsAViolation() {
        Model m = linkset();
        Statement link = m.listStatements(null, OWL.sameAs, (Resource) null).toList().get(0);
        m.remove(link);
        ConformanceReport report = validator.validate(m);
        assertFalse(report.conforms());
        assertTrue(report.lines().stream().anyMatch(l -> l.contains("is not in the graph")), () -> String.join("\n", report.lines()));
    }

    @Test
    void aSameAsWithAProbableScoreIsAViolation() {
        Model m = linkset();
        Resource e = m.listResourcesWithProperty(RDF.predicate, OWL.sameAs).toList().get(0);
        e.removeAll(KGO.score).addLiteral(KGO.score, m.createTypedLiteral(new BigDecimal("0.5")));
        ConformanceReport report = validator.validate(m);
        assertFalse(report.conforms());
        assertTrue(report.lines().stream().anyMatch(l -> l.contains("at least 0.9")), () -> String.join("\n", report.lines()));
    }

    @Test
    void aDivisionCodeInTheSixDigitFormIsAViolation() {
        Model m = linkset();
        Resource place = m.listResourcesWithProperty(KGO.divisionCode).toList().get(0);
        place.removeAll(KGO.divisionCode).addProperty(KGO.divisionCode, "320300");
        assertFalse(validator.validate(m).conforms());
    }
}
