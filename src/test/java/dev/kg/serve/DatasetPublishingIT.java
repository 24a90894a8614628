package dev.kg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kg.SampleGraph;
import dev.kg.convert.ConvertOptions;
import dev.kg.rdf.RdfFormat;
import dev.kg.store.DatasetLoader;
import dev.kg.store.GraphWriter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /.well-known/void} and {@code /dumps/…} over HTTP on a real server holding the seed article,
 * the sample graph and a linkset: the description's counts are those SPARQL gives on the served data,
 * its URLs work on the host asked, and every dump parses back to the served quads.
 */
class DatasetPublishingIT {
    private static final Path SEED = Path.of("seeds", "xuzhou-2005.txt");
    private static final Path LINKSET = Path.of("src", "test", "resources", "void", "linkset.trig");
    private static final String LINKSET_IRI = "https://w3id.org/kgnews/linkset/fixture-persons";

    @TempDir
    static Path dir;

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static KgServer server;
    private static String root;

    @BeforeAll
    static void start() {
        Path sample = dir.resolve("sample.ttl");
        GraphWriter.write(SampleGraph.build(), sample, RdfFormat.TTL);
        DatasetLoader loader = new DatasetLoader(ConvertOptions.defaults());
        loader.load(SEED);
        loader.load(sample);
        loader.load(LINKSET);
        server = KgServer.start(loader.dataset(), 0, true);
        root = "http://localhost:" + server.port();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void voidCountsAreTheServedDataCounts() throws Exception {
        Model v = voidAs(root, "text/turtle", Lang.TURTLE);
        Resource ds = dataset(v);
        assertEquals(count("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"), ds.getProperty(VOID.triples).getLong());
        ParameterizedSparqlString entities = new ParameterizedSparqlString(
                "SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s ?p ?o FILTER(isIRI(?s) && STRSTARTS(STR(?s), ?base)) }");
        entities.setLiteral("base", ConvertOptions.DEFAULT_BASE);
        assertEquals(count(entities.toString()), ds.getProperty(VOID.entities).getLong());

        List<Statement> partitions = ds.listProperties(VOID.classPartition).toList();
        assertEquals(count("SELECT (COUNT(DISTINCT ?c) AS ?n) { ?s a ?c }"), partitions.size());
        Set<String> classes = new HashSet<>();
        for (Statement p : partitions) {
            Resource c = p.getResource().getPropertyResourceValue(VOID._class);
            classes.add(c.getURI());
            ParameterizedSparqlString q = new ParameterizedSparqlString("SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s a ?c }");
            q.setIri("c", c.getURI());
            assertEquals(count(q.toString()), p.getResource().getProperty(VOID.entities).getLong(), c.getURI());
        }
        assertTrue(classes.containsAll(List.of(FOAF.Person.getURI(), "http://www.w3.org/ns/org#Organization",
                "https://schema.org/Place", "https://w3id.org/kgnews/ontology#Event")), classes.toString());
        for (Statement p : ds.listProperties(VOID.propertyPartition).toList()) {
            Resource property = p.getResource().getPropertyResourceValue(VOID.property);
            ParameterizedSparqlString q = new ParameterizedSparqlString("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }");
            q.setIri("p", property.getURI());
            assertEquals(count(q.toString()), p.getResource().getProperty(VOID.triples).getLong(), property.getURI());
        }
    }

    @Test
    void exampleResourcesAndVocabulariesComeFromTheData() throws Exception {
        Resource ds = dataset(voidAs(root, "text/turtle", Lang.TURTLE));
        List<Statement> examples = ds.listProperties(VOID.exampleResource).toList();
        assertTrue(examples.size() >= 4, "examples: " + examples);
        for (Statement e : examples) {
            assertEquals(1, count("SELECT (COUNT(*) AS ?n) { FILTER EXISTS { <" + e.getResource().getURI() + "> a ?c } }"),
                    e.getResource().getURI() + " is in the data");
        }
        Set<String> vocabularies = new HashSet<>();
        ds.listProperties(VOID.vocabulary).forEachRemaining(s -> vocabularies.add(s.getResource().getURI()));
        assertTrue(vocabularies.containsAll(Set.of(FOAF.NS, "https://w3id.org/kgnews/ontology#")), vocabularies.toString());
    }

    @Test
    void theEndpointIsTheOneOnTheHostAskedAndAnswers() throws Exception {
        for (String host : List.of("localhost", "127.0.0.1")) {
            String asked = "http://" + host + ":" + server.port();
            Model v = voidAs(asked, "text/turtle", Lang.TURTLE);
            Resource endpoint = dataset(v).getPropertyResourceValue(VOID.sparqlEndpoint);
            assertEquals(asked + "/kg/sparql", endpoint.getURI());
            Resource service = v.listSubjectsWithProperty(RDF.type, DCAT.DataService).next();
            assertEquals(endpoint, service.getPropertyResourceValue(DCAT.endpointURL));
            try (QueryExecution q = QueryExecution.service(endpoint.getURI()).query("ASK { ?s a ?c }").build()) {
                assertTrue(q.execAsk());
            }
        }
    }

    @Test
    void everySyntaxGivesTheSameDescriptionAndOthersAre406() throws Exception {
        Model turtle = voidAs(root, "text/turtle", Lang.TURTLE);
        assertTrue(turtle.isIsomorphicWith(voidAs(root, null, Lang.TURTLE)), "Turtle is the default");
        assertTrue(turtle.isIsomorphicWith(voidAs(root, "application/ld+json", Lang.JSONLD)), "JSON-LD");
        assertTrue(turtle.isIsomorphicWith(voidAs(root, "application/n-triples", Lang.NTRIPLES)), "N-Triples");
        assertTrue(turtle.isIsomorphicWith(voidAs(root, "application/rdf+xml", Lang.RDFXML)), "RDF/XML");
        assertEquals(406, get(root + "/.well-known/void", "image/png").statusCode());
    }

    @Test
    void theLinksetIsASubsetWithItsOwnDescription() throws Exception {
        Model v = voidAs(root, "text/turtle", Lang.TURTLE);
        Resource linkset = v.getResource(LINKSET_IRI);
        assertTrue(linkset.hasProperty(RDF.type, VOID.Linkset));
        assertTrue(dataset(v).hasProperty(VOID.subset, linkset));
        assertEquals(OWL.sameAs.getURI(), linkset.getPropertyResourceValue(VOID.linkPredicate).getURI());
        assertEquals(1, linkset.getProperty(VOID.triples).getLong());
        Resource source = linkset.getPropertyResourceValue(org.apache.jena.vocabulary.DCTerms.source);
        assertTrue(source.hasProperty(org.apache.jena.vocabulary.DCTerms.title), "the blank node below is copied too");
    }

    @Test
    void theDumpsAreTheDescribedDistributionsAndParseBackToTheServedData() throws Exception {
        Model v = voidAs(root, "text/turtle", Lang.TURTLE);
        Set<String> dumps = new HashSet<>();
        dataset(v).listProperties(VOID.dataDump).forEachRemaining(s -> dumps.add(s.getResource().getURI()));
        assertEquals(Set.of(root + "/dumps/kg.trig", root + "/dumps/kg.nq", root + "/dumps/kg.ttl"), dumps);
        for (String dump : dumps) {
            assertTrue(v.getResource(dump).hasProperty(RDF.type, DCAT.Distribution), dump);
            assertTrue(v.getResource(dump).hasProperty(DCAT.downloadURL, v.getResource(dump)), dump);
        }

        long quads = count("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }");
        long graphs = count("SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { } }");
        for (String file : List.of("kg.trig", "kg.nq")) {
            HttpResponse<byte[]> r = dump(file, file.endsWith("trig") ? "application/trig" : "application/n-quads");
            DatasetGraph back = DatasetGraphFactory.createGeneral();
            RDFParser.fromString(new String(r.body(), java.nio.charset.StandardCharsets.UTF_8),
                    file.endsWith("trig") ? Lang.TRIG : Lang.NQUADS).parse(back);
            long parsed = org.apache.jena.atlas.iterator.Iter.count(back.find());
            assertEquals(quads, parsed, file + " holds every quad of the named graphs");
            assertEquals(0, back.getDefaultGraph().size(), file + " has no default graph of its own");
            Set<Node> names = new HashSet<>();
            back.listGraphNodes().forEachRemaining(names::add);
            assertEquals(graphs, names.size(), file + " keeps every graph name");
            assertTrue(names.stream().anyMatch(n -> n.getURI().equals(LINKSET_IRI)), file + " has the linkset graph");
            assertFalse(back.find(Quad.defaultGraphIRI, null, null, null).hasNext());
        }
        HttpResponse<byte[]> ttl = dump("kg.ttl", "text/turtle");
        Model union = ModelFactory.createDefaultModel();
        RDFParser.fromString(new String(ttl.body(), java.nio.charset.StandardCharsets.UTF_8), Lang.TURTLE).parse(union);
        assertEquals(count("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"), union.size(), "kg.ttl is the union graph");
        assertEquals(dataset(v).getProperty(VOID.triples).getLong(), union.size());
        assertEquals(404, get(root + "/dumps/other.ttl", "*/*").statusCode());
        HttpResponse<byte[]> head = HTTP.send(HttpRequest.newBuilder(URI.create(root + "/dumps/kg.nq"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, head.statusCode());
        assertEquals("attachment; filename=\"kg.nq\"", head.headers().firstValue("Content-Disposition").orElse(""));
        assertEquals(0, head.body().length);
    }

    private static HttpResponse<byte[]> dump(String file, String contentType) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = HTTP.send(HttpRequest.newBuilder(URI.create(root + "/dumps/" + file)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode(), file);
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(contentType),
                file + ": " + r.headers().firstValue("Content-Type"));
        assertEquals("attachment; filename=\"" + file + "\"", r.headers().firstValue("Content-Disposition").orElse(""));
        return r;
    }

    private static Model voidAs(String host, String accept, Lang lang) throws IOException, InterruptedException {
        HttpResponse<String> r = get(host + "/.well-known/void", accept);
        assertEquals(200, r.statusCode(), accept + ": " + r.body());
        if (accept != null) {
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(accept),
                    r.headers().firstValue("Content-Type").toString());
        }
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.body(), lang).parse(m);
        return m;
    }

    private static Resource dataset(Model v) {
        List<Resource> datasets = v.listSubjectsWithProperty(RDF.type, VOID.Dataset).toList();
        assertEquals(1, datasets.size(), "one void:Dataset: " + datasets);
        assertTrue(datasets.get(0).hasProperty(RDF.type, DCAT.Dataset), "it is a dcat:Dataset too");
        return datasets.get(0);
    }

    private static HttpResponse<String> get(String url, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url));
        if (accept != null) {
            b.header("Accept", accept);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A count as the served SPARQL endpoint gives it. */
    private static long count(String query) {
        try (QueryExecution q = QueryExecution.service(server.sparqlUrl()).query(query).build()) {
            List<QuerySolution> rows = ResultSetFormatter.toList(q.execSelect());
            return rows.get(0).getLiteral("n").getLong();
        }
    }
}
