package dev.kg.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kg.cli.Main;
import dev.kg.diagram.ElkLayout;
import dev.kg.diagram.Labels;
import dev.kg.diagram.Xml;
import dev.kg.vocab.KGO;
import dev.kg.vocab.Ontology;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xml.sax.InputSource;

/** The committed docs/ontology.html and docs/ontology.svg are exactly what {@code kg docs} generates now. */
class GeneratedDocsTest {
    private static final Path DOCS = Path.of("docs");
    private static Ontology ontology;
    private static Map<String, String> generated;

    @BeforeAll
    static void generate() {
        ontology = Ontology.load();
        generated = new DocsGenerator(ontology).render();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {DocsGenerator.HTML, DocsGenerator.SVG})
    void committedFileIsUpToDate(String file, @TempDir Path tmp) throws IOException {
        StringWriter out = new StringWriter();
        var cli = Main.commandLine();
        cli.setOut(new PrintWriter(out));
        assertEquals(0, cli.execute("docs", "-o", tmp.toString()), out.toString());
        String fresh = Files.readString(tmp.resolve(file), StandardCharsets.UTF_8);
        String committed = Files.readString(DOCS.resolve(file), StandardCharsets.UTF_8);
        assertTrue(fresh.equals(committed), "docs/" + file + " is stale: the ontology (or the generator) changed since it was generated. "
                + "Run `bin/kg docs` or `java -jar target/kg.jar docs` and commit the result.");
    }

    @Test
    void generationIsDeterministic() {
        assertEquals(generated, new DocsGenerator(Ontology.load()).render());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {DocsGenerator.HTML, DocsGenerator.SVG})
    void isWellFormedXml(String file) throws Exception {
        // well-formedness proves every text and attribute value was escaped
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.newDocumentBuilder().parse(new InputSource(new StringReader(generated.get(file))));
    }

    @Test
    void everyKgoTermHasAnAnchorAndBothLabels() throws IllegalAccessException {
        String html = generated.get(DocsGenerator.HTML);
        List<String> missing = new ArrayList<>();
        for (Field f : KGO.class.getFields()) {
            if (!Modifier.isStatic(f.getModifiers()) || !(f.get(null) instanceof Resource r) || !r.isURIResource()
                    || !r.getURI().startsWith(KGO.NS) || r.getURI().equals(KGO.NS)) {
                continue;
            }
            String local = r.getURI().substring(KGO.NS.length());
            int at = html.indexOf("id=\"" + local + "\"");
            if (at < 0) {
                missing.add(local);
                continue;
            }
            String section = html.substring(at, html.indexOf("</article>", at));
            Resource term = ontology.model().getResource(r.getURI());
            for (String lang : List.of("en", "zh-Hans")) {
                String label = Labels.get(term, org.apache.jena.vocabulary.RDFS.label, lang).orElseThrow();
                String comment = Labels.get(term, org.apache.jena.vocabulary.RDFS.comment, lang).orElseThrow();
                assertTrue(section.contains(Xml.escape(label)), local + " lacks its " + lang + " label");
                assertTrue(section.contains(Xml.escape(comment)), local + " lacks its " + lang + " comment");
            }
        }
        assertEquals(List.of(), missing, "terms without an anchor in ontology.html");
    }

    @Test
    void everyConceptOfTheSchemesIsARowWithItsLabels() {
        String html = generated.get(DocsGenerator.HTML);
        List<Resource> concepts = ontology.model().listSubjectsWithProperty(SKOS.inScheme).toList();
        assertTrue(concepts.size() > 50, "concepts: " + concepts.size());
        for (Resource c : concepts) {
            String notation = c.getProperty(SKOS.notation).getString();
            int at = html.indexOf("><code>" + notation + "</code></a></td>");
            assertTrue(at > 0, "no row for " + c.getURI());
            String row = html.substring(at, html.indexOf("</tr>", at));
            for (String lang : List.of("zh-Hans", "zh-Hant", "zh-Latn-pinyin", "en")) {
                String label = Labels.get(c, SKOS.prefLabel, lang).orElseThrow();
                assertTrue(row.contains(">" + Xml.escape(label) + "<"), c.getURI() + " lacks its " + lang + " label");
            }
        }
    }

    @Test
    void diagramShowsEveryKgoClassAndItsAlignments() {
        String svg = generated.get(DocsGenerator.SVG);
        for (Resource c : ontology.model().listSubjectsWithProperty(RDF.type, org.apache.jena.vocabulary.OWL.Class).toList()) {
            if (c.isURIResource() && c.getURI().startsWith(KGO.NS)) {
                assertTrue(svg.contains(">kgo:" + c.getLocalName() + "</text>"), "no box for " + c.getURI());
            }
        }
        for (String external : List.of("sem:Event", "schema:NewsArticle", "org:Membership", "foaf:Person", "nif:Phrase")) {
            assertTrue(svg.contains(">" + external + "</text>"), "no box for " + external);
        }
        for (String property : List.of("kgo:participation", "kgo:agent", "kgo:role", "kgo:eventKind", "org:member",
                "schema:location", "prov:wasDerivedFrom")) {
            assertTrue(svg.contains(">" + property + "</text>"), "no labelled edge " + property);
        }
    }

    @Test
    void escapesMarkupInTheOntologyText() {
        OntologyDoc.Header h = new OntologyDoc.Header("https://example.org/o", "A <b>&</b> \"title\"", "标题", "", "",
                "1", "", "", "", "x", "https://example.org/o#");
        String html = new HtmlPage(new OntologyDoc(h, List.of(), List.of(), List.of(), List.of(), List.of()), "").render();
        assertTrue(html.contains("A &lt;b&gt;&amp;&lt;/b&gt; &quot;title&quot;"), "unescaped title");
        assertFalse(html.contains("<b>&</b>"));
    }

    @Test
    void layoutHasNoOverlappingBoxesOrLabelsAndRoutesEveryEdge() {
        OntologyDocReader reader = new OntologyDocReader(ontology);
        reader.read();
        ClassDiagram diagram = ClassDiagram.of(ontology, reader.names());
        ElkLayout.Result layout = new SvgDiagram(diagram, "t").layout();
        List<ElkLayout.Box> boxes = new ArrayList<>(layout.boxes().values());
        layout.routes().forEach(r -> r.label().ifPresent(boxes::add));
        assertEquals(diagram.nodes().size(), layout.boxes().size());
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                assertFalse(boxes.get(i).overlaps(boxes.get(j)), "overlap: " + boxes.get(i) + " and " + boxes.get(j));
            }
        }
        assertEquals(diagram.edges().size(), layout.routes().size());
        for (int i = 0; i < diagram.edges().size(); i++) {
            ClassDiagram.Edge e = diagram.edges().get(i);
            ElkLayout.Route r = layout.routes().get(i);
            assertTrue(r.points().size() >= 2, "no route for " + e);
            assertEquals(e.kind() == ClassDiagram.Kind.PROPERTY, r.label().isPresent(), "label of " + e);
        }
        // superclasses above subclasses, so the subclass arrows all point up
        for (int i = 0; i < diagram.edges().size(); i++) {
            ClassDiagram.Edge e = diagram.edges().get(i);
            if (e.kind() == ClassDiagram.Kind.SUBCLASS) {
                assertTrue(layout.boxes().get(e.to()).y() < layout.boxes().get(e.from()).y(), e + " does not point up");
            }
        }
    }
}
