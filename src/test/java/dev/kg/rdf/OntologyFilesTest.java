package dev.kg.rdf;

import dev.kg.vocab.KGO;
import dev.kg.vocab.Ontology;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kg.rdf.validate.ArticleGraphFixture;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.InfModel;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.reasoner.Reasoner;
import org.apache.jena.reasoner.ReasonerRegistry;
import org.apache.jena.reasoner.ValidityReport;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The ontology files: they parse, are consistent, declare every KGO term, and carry their labels. */
class OntologyFilesTest {
    private static final Path DIR = Path.of("ontology");
    private static final Resource ONTOLOGY = ModelFactory.createDefaultModel()
            .createResource("https://w3id.org/kgnews/ontology");
    private static Model kg;
    private static Ontology ontology;

    @BeforeAll
    static void load() {
        kg = RDFDataMgr.loadModel(DIR.resolve("kg.ttl").toString());
        ontology = Ontology.load();
    }

    @ParameterizedTest
    @ValueSource(strings = {"kg.ttl", "roles.ttl", "titles.ttl", "kinds.ttl", "shapes.ttl"})
    void fileParses(String file) {
        Model m = RDFDataMgr.loadModel(DIR.resolve(file).toString());
        assertTrue(m.size() > 20, file + " has only " + m.size() + " triples");
    }

    @Test
    void shapesParseAsShacl() {
        Shapes shapes = Shapes.parse(ontology.shapes().getGraph());
        assertTrue(shapes.numRootShapes() >= 8, "root shapes: " + shapes.numRootShapes());
    }

    @Test
    void ontologyHeader() {
        Resource o = kg.getResource(ONTOLOGY.getURI());
        assertTrue(o.hasProperty(RDF.type, OWL.Ontology));
        assertEquals("0.1.0", o.getProperty(OWL.versionInfo).getString());
        assertEquals("https://w3id.org/kgnews/ontology/0.1.0", o.getPropertyResourceValue(OWL.versionIRI).getURI());
        assertEquals("https://www.apache.org/licenses/LICENSE-2.0", o.getPropertyResourceValue(DCTerms.license).getURI());
        assertEquals("kg project", o.getProperty(DCTerms.creator).getString());
        assertEquals(KGO.PREFIX, o.getProperty(kg.createProperty("http://purl.org/vocab/vann/preferredNamespacePrefix")).getString());
        assertEquals(KGO.NS, o.getProperty(kg.createProperty("http://purl.org/vocab/vann/preferredNamespaceUri")).getString());
    }

    @Test
    void owlReasonerFindsOntologySchemesAndSampleDataConsistent() {
        Model data = ModelFactory.createDefaultModel().add(ontology.model());
        data.add(new ArticleGraphFixture(ontology).model);
        for (Reasoner reasoner : List.of(ReasonerRegistry.getOWLMicroReasoner(), ReasonerRegistry.getOWLMiniReasoner())) {
            InfModel inf = ModelFactory.createInfModel(reasoner.bindSchema(kg), data);
            ValidityReport report = inf.validate();
            List<String> problems = new ArrayList<>();
            report.getReports().forEachRemaining(r -> problems.add(r.toString()));
            assertTrue(report.isValid(), String.join("\n", problems));
            // no warnings either (e.g. a class that is both a subclass of and disjoint with another)
            assertTrue(report.isClean(), String.join("\n", problems));
            // the alignment is live: a report meeting is inferred to be a SEM event
            assertTrue(inf.contains(inf.getResource(ArticleGraphFixture.BASE + "t1/event/1"), RDF.type,
                    inf.getResource("http://semanticweb.cs.vu.nl/2009/11/sem/Event")));
        }
    }

    /** Every kgo constant of {@link KGO}, by reflection, so a new constant cannot go undeclared. */
    private static List<Resource> kgoConstants() throws IllegalAccessException {
        List<Resource> terms = new ArrayList<>();
        for (Field f : KGO.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && Resource.class.isAssignableFrom(f.getType())) {
                Resource r = (Resource) f.get(null);
                if (r.getURI().startsWith(KGO.NS) && r.getURI().length() > KGO.NS.length()) {
                    terms.add(r);
                }
            }
        }
        return terms;
    }

    @Test
    void everyKgoConstantIsDeclared() throws IllegalAccessException {
        List<Resource> constants = kgoConstants();
        assertEquals(36, constants.size(), "KGO constants seen by reflection");
        for (Resource term : constants) {
            Resource declared = kg.getResource(term.getURI());
            if (term instanceof Property) {
                assertTrue(declared.hasProperty(RDF.type, OWL.ObjectProperty)
                        || declared.hasProperty(RDF.type, OWL.DatatypeProperty), term + " is not declared as a property");
            } else {
                assertTrue(declared.hasProperty(RDF.type, OWL.Class), term + " is not declared as a class");
            }
        }
    }

    @Test
    void kgTtlDeclaresNoTermWithoutAKgoConstant() throws IllegalAccessException {
        Set<String> constants = new TreeSet<>();
        kgoConstants().forEach(r -> constants.add(r.getURI()));
        Set<String> declared = new TreeSet<>();
        kg.listSubjects().forEachRemaining(s -> {
            if (s.isURIResource() && s.getURI().startsWith(KGO.NS)) {
                declared.add(s.getURI());
            }
        });
        assertEquals(constants, declared);
    }

    @Test
    void everyTermHasLabelAndCommentInEnglishAndSimplifiedChinese() {
        List<String> missing = new ArrayList<>();
        kg.listSubjects().forEachRemaining(s -> {
            if (s.isURIResource() && s.getURI().startsWith(KGO.NS)) {
                for (Property p : List.of(RDFS.label, RDFS.comment)) {
                    for (String lang : List.of("en", "zh-Hans")) {
                        if (literalsIn(s, p, lang).size() != 1) {
                            missing.add(s.getLocalName() + " " + p.getLocalName() + "@" + lang);
                        }
                    }
                }
            }
        });
        assertEquals(List.of(), missing);
    }

    @Test
    void conceptSchemesOfKgoAreDeclared() {
        Model m = ontology.model();
        for (Resource scheme : List.of(KGO.RoleScheme, KGO.TitleScheme, KGO.KindScheme)) {
            assertTrue(m.contains(scheme, RDF.type, SKOS.ConceptScheme), scheme + " is not a skos:ConceptScheme");
        }
    }

    @Test
    void roleAndKindCodesAreTheGoldFormatsCodes() {
        assertEquals(Set.of("chair", "reporter", "speaker", "attendee", "accompany", "listener", "inspector",
                "organizer", "visitor"), notations(KGO.RoleScheme, KGO.ParticipantRole));
        assertEquals(Set.of("inspection", "meeting", "visit", "speech", "report", "other"),
                notations(KGO.KindScheme, KGO.EventKind));
    }

    @Test
    void everyConceptIsNamedByItsNotationAndLabelledInFourScripts() {
        Model m = ontology.model();
        List<String> problems = new ArrayList<>();
        m.listSubjectsWithProperty(SKOS.inScheme).forEachRemaining(c -> {
            String scheme = c.getPropertyResourceValue(SKOS.inScheme).getURI();
            if (!c.getURI().equals(scheme + c.getProperty(SKOS.notation).getString())) {
                problems.add(c + ": IRI is not scheme + notation");
            }
            for (String lang : List.of("zh-Hans", "zh-Hant", "zh-Latn-pinyin", "en")) {
                if (literalsIn(c, SKOS.prefLabel, lang).size() != 1) {
                    problems.add(c + ": prefLabel@" + lang);
                }
            }
            Literal pinyin = literalsIn(c, SKOS.prefLabel, "zh-Latn-pinyin").stream().findFirst().orElse(null);
            if (pinyin != null && !pinyin.getString().matches("[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü' ]+")) {
                problems.add(c + ": pinyin " + pinyin.getString());
            }
        });
        assertEquals(List.of(), problems);
    }

    private static Set<String> notations(Resource scheme, Resource type) {
        Set<String> codes = new TreeSet<>();
        ontology.model().listSubjectsWithProperty(SKOS.inScheme, scheme).forEachRemaining(c -> {
            assertTrue(c.hasProperty(RDF.type, type), c + " is not a " + type);
            codes.add(c.getProperty(SKOS.notation).getString());
        });
        return codes;
    }

    private static List<Literal> literalsIn(Resource s, Property p, String lang) {
        return s.listProperties(p).toList().stream()
                .map(st -> st.getObject())
                .filter(RDFNode::isLiteral)
                .map(RDFNode::asLiteral)
                .filter(l -> l.getLanguage().equals(lang))
                .toList();
    }

    @Test
    void languagesAreWellFormedTags() {
        assertFalse(literalsIn(kg.getResource(KGO.Forum.getURI()), RDFS.label, "zh-Hans").isEmpty());
        assertEquals("座谈会", literalsIn(kg.getResource(KGO.Forum.getURI()), RDFS.label, "zh-Hans").get(0).getString());
        assertEquals("汇报会", literalsIn(kg.getResource(KGO.ReportMeeting.getURI()), RDFS.label, "zh-Hans").get(0).getString());
    }
}
