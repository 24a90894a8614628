package dev.kg.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kg.convert.ArticleConverter;
import dev.kg.convert.ConvertOptions;
import dev.kg.source.Article;
import java.io.IOException;
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The article diagram of the seed article, read back as XML. */
class ArticleDiagramTest {
    private static final String ARTICLE = "https://w3id.org/kgnews/id/xuzhou-2005";
    private static final Function<String, String> HREF =
            iri -> "/page?iri=" + URLEncoder.encode(iri, StandardCharsets.UTF_8) + "&lang=zh";
    private static final String PREFIXES = """
            PREFIX kgo: <https://w3id.org/kgnews/ontology#>
            PREFIX org: <http://www.w3.org/ns/org#>
            PREFIX schema: <https://schema.org/>
            PREFIX foaf: <http://xmlns.com/foaf/0.1/>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            """;
    private static Model seed;
    private static String svg;
    private static Document doc;

    @BeforeAll
    static void draw() throws Exception {
        seed = convertSeed();
        svg = ArticleDiagram.svg(seed.getGraph(), ARTICLE, HREF);
        doc = parse(svg);
    }

    @Test
    void hasALinkedLabelledNodeForEveryPersonOrganizationPlaceAndEvent() {
        Map<String, String> expected = new TreeMap<>();
        for (QuerySolution row : select("""
                SELECT DISTINCT ?x ?kind { VALUES (?type ?kind) { (foaf:Person "person") (org:Organization "organization")
                  (schema:Place "place") (kgo:Event "event") } ?x a ?type }""")) {
            expected.merge(row.getResource("x").getURI(), row.getLiteral("kind").getString(),
                    (a, b) -> a.equals("event") || b.equals("event") ? "event" : a);
        }
        assertTrue(expected.size() >= 20, "seed entities: " + expected);
        Map<String, Element> links = new HashMap<>();
        NodeList as = doc.getElementsByTagName("a");
        for (int i = 0; i < as.getLength(); i++) {
            Element a = (Element) as.item(i);
            links.put(a.getAttribute("href"), a);
        }
        assertEquals(expected.size(), links.size(), "one link per entity");
        for (Map.Entry<String, String> e : expected.entrySet()) {
            Element a = links.get(HREF.apply(e.getKey()));
            assertTrue(a != null, "no node linking to " + e.getKey());
            Resource r = seed.getResource(e.getKey());
            String label = r.listProperties(SKOS.prefLabel).toList().stream()
                    .filter(s -> s.getLanguage().equals("zh-Hans")).map(s -> s.getString()).findFirst()
                    .orElseGet(() -> r.getProperty(FOAF.name).getString());
            assertEquals(label, boldText(a), "label of " + e.getKey());
            String kind = e.getValue();
            if (r.hasProperty(RDF.type, FOAF.Person)) {
                kind = "person";
            }
            assertEquals("kg-" + kind, a.getAttribute("class"), "kind of " + e.getKey());
        }
    }

    @Test
    void hasAnEdgeForEveryPositionInAnOrganizationLabelledWithTheTitle() {
        List<String> expected = new ArrayList<>();
        for (QuerySolution row : select("""
                SELECT DISTINCT ?p ?o ?t { ?m a org:Membership ; org:member ?p ; org:organization ?o ;
                  kgo:titleAsWritten ?t }""")) {
            expected.add(name(row.getResource("p")) + " → " + name(row.getResource("o")) + "（" + row.getLiteral("t").getString() + "）");
        }
        assertTrue(expected.size() >= 4, "positions: " + expected);
        assertEquals(sorted(expected), sorted(edgeTitles("kg-position")));
    }

    @Test
    void hasAnEdgeForEveryParticipationLabelledWithTheRole() {
        List<String> expected = new ArrayList<>();
        for (QuerySolution row : select("""
                SELECT DISTINCT ?a ?e ?r { ?e kgo:participation ?x . ?x kgo:agent ?a ; kgo:role/skos:prefLabel ?r .
                  FILTER(lang(?r) = "zh-Hans") }""")) {
            expected.add(name(row.getResource("a")) + " → " + name(row.getResource("e")) + "（" + row.getLiteral("r").getString() + "）");
        }
        assertTrue(expected.size() >= 15, "participations: " + expected);
        assertEquals(sorted(expected), sorted(edgeTitles("kg-participation")));
    }

    @Test
    void hasAnEdgeForEveryOrganizerAndLocation() {
        int organizers = select("SELECT DISTINCT ?e ?o { ?e a kgo:Event ; schema:organizer ?o }").size();
        int locations = select("SELECT DISTINCT ?e ?o { ?e a kgo:Event ; schema:location ?o }").size();
        assertTrue(organizers >= 5 && locations >= 5, organizers + " " + locations);
        assertEquals(organizers, edgeTitles("kg-organizer").size());
        assertEquals(locations, edgeTitles("kg-location").size());
    }

    @Test
    void titlesHeldInNoNamedOrganizationAppearUnderThePerson() {
        List<QuerySolution> rows = select("""
                SELECT DISTINCT ?p ?t { ?m org:member ?p ; kgo:titleAsWritten ?t FILTER NOT EXISTS { ?m org:organization ?o } }""");
        assertFalse(rows.isEmpty());
        for (QuerySolution row : rows) {
            Element a = linkTo(row.getResource("p").getURI());
            assertTrue(a.getTextContent().contains(row.getLiteral("t").getString()), "title missing under " + boldText(a));
        }
    }

    @Test
    void nodesAndEdgeLabelsDoNotOverlapAndEveryEdgeIsRouted() {
        Map<String, ArticleDiagram.Node> nodes = ArticleDiagram.nodes(seed);
        List<ArticleDiagram.Edge> edges = ArticleDiagram.edges(seed, nodes);
        ElkLayout.Result layout = ArticleDiagram.layout(nodes, edges);
        List<ElkLayout.Box> boxes = new ArrayList<>(layout.boxes().values());
        layout.routes().forEach(r -> r.label().ifPresent(boxes::add));
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                assertFalse(boxes.get(i).overlaps(boxes.get(j)), "overlap: " + boxes.get(i) + " and " + boxes.get(j));
            }
        }
        assertEquals(edges.size(), layout.routes().size());
        layout.routes().forEach(r -> assertTrue(r.points().size() >= 2, "no route for " + r.edge()));
        // persons left of the events they take part in, events left of their organizers
        for (ArticleDiagram.Edge e : edges) {
            if (e.link() == ArticleDiagram.Link.PARTICIPATION || e.link() == ArticleDiagram.Link.ORGANIZER) {
                assertTrue(layout.boxes().get(e.from()).x() < layout.boxes().get(e.to()).x(), e + " points left");
            }
        }
    }

    @Test
    void sameGraphSameBytesWhateverTheTripleOrder() throws IOException {
        assertEquals(svg, ArticleDiagram.svg(convertSeed().getGraph(), ARTICLE, HREF));
        List<Triple> triples = new ArrayList<>(seed.getGraph().find().toList());
        java.util.Collections.reverse(triples);
        Graph reversed = GraphFactory.createDefaultGraph();
        triples.forEach(reversed::add);
        assertEquals(svg, ArticleDiagram.svg(reversed, ARTICLE, HREF));
    }

    @Test
    void escapesLabelsAndLinks() throws Exception {
        Model m = ModelFactory.createDefaultModel();
        m.createResource("https://example.org/p/1").addProperty(RDF.type, FOAF.Person)
                .addProperty(SKOS.prefLabel, "<b>王&\"李'</b>", "zh-Hans");
        String out = ArticleDiagram.svg(m.getGraph(), "https://example.org/a?x=<1>", iri -> iri + "?a=1&b=\"2\"");
        Document d = parse(out);
        Element a = (Element) d.getElementsByTagName("a").item(0);
        assertEquals("https://example.org/p/1?a=1&b=\"2\"", a.getAttribute("href"));
        assertEquals("<b>王&\"李'</b>", boldText(a));
        assertFalse(out.contains("<b>"));
    }

    @Test
    void anEmptyGraphGivesAnEmptyDiagramWithItsLegend() throws Exception {
        Document d = parse(ArticleDiagram.svg(GraphFactory.createDefaultGraph(), ARTICLE, HREF));
        assertEquals(0, d.getElementsByTagName("a").getLength());
        assertTrue(d.getDocumentElement().getTextContent().contains("person"));
    }

    // ---- helpers --------------------------------------------------------------------------------

    private static Model convertSeed() throws IOException {
        Path text = Path.of("seeds/xuzhou-2005.txt");
        return new ArticleConverter().convert(new Article("xuzhou-2005", text.toString(),
                Files.readString(text, StandardCharsets.UTF_8)), ConvertOptions.defaults());
    }

    private static Document parse(String xml) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    private static List<QuerySolution> select(String query) {
        List<QuerySolution> rows = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.model(seed).query(PREFIXES + query).build()) {
            qe.execSelect().forEachRemaining(rows::add);
        }
        return rows;
    }

    /** The node's name as drawn: its bold lines, joined (long names wrap over several lines). */
    private static String boldText(Element a) {
        StringBuilder s = new StringBuilder();
        NodeList texts = a.getElementsByTagName("text");
        for (int i = 0; i < texts.getLength(); i++) {
            Element t = (Element) texts.item(i);
            if (t.getAttribute("font-weight").equals("bold")) {
                s.append(t.getTextContent());
            }
        }
        return s.toString();
    }

    private static Element linkTo(String iri) {
        NodeList as = doc.getElementsByTagName("a");
        for (int i = 0; i < as.getLength(); i++) {
            Element a = (Element) as.item(i);
            if (a.getAttribute("href").equals(HREF.apply(iri))) {
                return a;
            }
        }
        throw new AssertionError("no node for " + iri);
    }

    private static String name(Resource r) {
        return boldText(linkTo(r.getURI()));
    }

    /** The tooltips of the edges of one kind: "from → to（label）". */
    private static List<String> edgeTitles(String cssClass) {
        List<String> titles = new ArrayList<>();
        NodeList paths = doc.getElementsByTagName("path");
        for (int i = 0; i < paths.getLength(); i++) {
            Element p = (Element) paths.item(i);
            if (p.getAttribute("class").equals(cssClass)) {
                titles.add(p.getElementsByTagName("title").item(0).getTextContent());
            }
        }
        return titles;
    }

    private static List<String> sorted(List<String> l) {
        return l.stream().sorted().toList();
    }
}
