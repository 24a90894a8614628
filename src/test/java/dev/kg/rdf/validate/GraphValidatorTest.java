package dev.kg.rdf.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kg.vocab.KGO;
import dev.kg.vocab.NIF;
import dev.kg.vocab.Ontology;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GraphValidatorTest {
    private static Ontology ontology;
    private static GraphValidator validator;

    @BeforeAll
    static void load() {
        ontology = Ontology.load();
        validator = new GraphValidator(ontology);
    }

    private static ArticleGraphFixture fixture() {
        return new ArticleGraphFixture(ontology);
    }

    /** How the report writes a node whose IRI no prefix abbreviates. */
    private static String iri(Resource r) {
        return "<" + r.getURI() + ">";
    }

    /** The findings on one focus node and path, as lines, so that a failure shows what was found. */
    private static List<ConformanceReport.Finding> findings(ConformanceReport report, String focusNode, String path) {
        return report.findings().stream()
                .filter(f -> f.focusNode().equals(focusNode) && f.path().equals(path))
                .toList();
    }

    @Test
    void acceptsTheValidGraph() {
        ConformanceReport report = validator.validate(fixture().model);
        assertTrue(report.conforms(), () -> String.join("\n", report.lines()));
        assertEquals(0, report.violationCount());
    }

    @Test
    void acceptsAnEventWithoutStartDate() {
        ArticleGraphFixture g = fixture();
        g.event.removeAll(SchemaDO.startDate);
        ConformanceReport report = validator.validate(g.model);
        assertTrue(report.conforms(), () -> String.join("\n", report.lines()));
    }

    @Test
    void reportsAMembershipWithTwoPersons() {
        ArticleGraphFixture g = fixture();
        Resource other = g.model.createResource(ArticleGraphFixture.BASE + "t1/person/li-si")
                .addProperty(RDF.type, FOAF.Person)
                .addProperty(SKOS.prefLabel, "李四", "zh-Hans")
                .addProperty(dev.kg.vocab.PROV.wasDerivedFrom, g.personMention);
        g.membership.addProperty(ORG.member, other);

        ConformanceReport report = validator.validate(g.model);
        assertFalse(report.conforms());
        List<ConformanceReport.Finding> found = findings(report, iri(g.membership), "org:member");
        assertEquals(1, found.size(), () -> String.join("\n", report.lines()));
        assertTrue(found.get(0).isViolation());
        assertTrue(found.get(0).message().contains("exactly one org:member"), found.get(0).line());
        assertEquals(1, report.violationCount(), () -> String.join("\n", report.lines()));
    }

    @Test
    void reportsARoleOutsideTheRolesScheme() {
        ArticleGraphFixture g = fixture();
        Resource foreign = g.model.createResource("https://example.org/roles/boss")
                .addProperty(SKOS.notation, "boss")
                .addProperty(SKOS.inScheme, g.model.createResource("https://example.org/roles/"));
        g.participation.removeAll(KGO.role).addProperty(KGO.role, foreign);

        ConformanceReport report = validator.validate(g.model);
        assertFalse(report.conforms());
        List<ConformanceReport.Finding> found = findings(report, iri(g.participation), "kgo:role");
        assertEquals(1, found.size(), () -> String.join("\n", report.lines()));
        assertTrue(found.get(0).message().contains("roles scheme"), found.get(0).line());
        assertEquals("<https://example.org/roles/boss>", found.get(0).value());
    }

    @Test
    void reportsAMentionEndingBeyondTheText() {
        ArticleGraphFixture g = fixture();
        int beyond = ArticleGraphFixture.TEXT.length() + 5;
        g.personMention.removeAll(NIF.endIndex).addLiteral(NIF.endIndex, g.offset(beyond));

        ConformanceReport report = validator.validate(g.model);
        assertFalse(report.conforms());
        List<ConformanceReport.Finding> beyondText = report.findings().stream()
                .filter(f -> f.message().contains("lies beyond the end of the article text"))
                .toList();
        assertEquals(1, beyondText.size(), () -> String.join("\n", report.lines()));
        assertEquals(iri(g.personMention), beyondText.get(0).focusNode());
        assertTrue(beyondText.get(0).message().contains("(" + ArticleGraphFixture.TEXT.length() + " characters)"),
                beyondText.get(0).line());
    }

    @Test
    void reportsAnAnchorThatIsNotTheTextAtItsOffsets() {
        ArticleGraphFixture g = fixture();
        g.personMention.removeAll(NIF.anchorOf).addProperty(NIF.anchorOf, "李四");

        ConformanceReport report = validator.validate(g.model);
        assertEquals(1, report.findings().size(), () -> String.join("\n", report.lines()));
        assertTrue(report.findings().get(0).message().contains("(\"张三\")"), report.findings().get(0).line());
    }

    @Test
    void reportsBeginNotBeforeEnd() {
        ArticleGraphFixture g = fixture();
        g.personMention.removeAll(NIF.beginIndex).addLiteral(NIF.beginIndex, g.offset(14));

        ConformanceReport report = validator.validate(g.model);
        List<ConformanceReport.Finding> found = findings(report, iri(g.personMention), "nif:beginIndex");
        assertEquals(1, found.size(), () -> String.join("\n", report.lines()));
        assertTrue(found.get(0).message().contains("less than its nif:endIndex"), found.get(0).line());
    }

    @Test
    void reportsAStartDateOfTheWrongDatatype() {
        ArticleGraphFixture g = fixture();
        g.event.removeAll(SchemaDO.startDate).addProperty(SchemaDO.startDate, "9月12日");

        ConformanceReport report = validator.validate(g.model);
        List<ConformanceReport.Finding> found = findings(report, iri(g.event), "schema:startDate");
        assertEquals(1, found.size(), () -> String.join("\n", report.lines()));
        assertTrue(found.get(0).message().contains("xsd:gMonthDay"), found.get(0).line());
    }

    @Test
    void reportsAnEndBeforeTheStart() {
        ArticleGraphFixture g = fixture();
        g.event.addLiteral(SchemaDO.endDate, g.model.createTypedLiteral("--09-11", XSDDatatype.XSDgMonthDay));

        ConformanceReport report = validator.validate(g.model);
        assertEquals(1, report.findings().size(), () -> String.join("\n", report.lines()));
        assertTrue(report.findings().get(0).message().contains("ends"), report.findings().get(0).line());
    }

    @Test
    void reportsAPersonWithoutZhHansNameOrProvenance() {
        ArticleGraphFixture g = fixture();
        g.person.removeAll(SKOS.prefLabel).removeAll(dev.kg.vocab.PROV.wasDerivedFrom);

        ConformanceReport report = validator.validate(g.model);
        assertEquals(1, findings(report, iri(g.person), "skos:prefLabel").size(),
                () -> String.join("\n", report.lines()));
        assertEquals(1, findings(report, iri(g.person), "prov:wasDerivedFrom").size(),
                () -> String.join("\n", report.lines()));
    }

    @Test
    void reportsAParticipationThatNoEventHolds() {
        ArticleGraphFixture g = fixture();
        g.event.removeAll(KGO.participation);

        ConformanceReport report = validator.validate(g.model);
        List<ConformanceReport.Finding> found = findings(report, iri(g.participation), "^kgo:participation");
        assertEquals(1, found.size(), () -> String.join("\n", report.lines()));
    }
}
