package dev.kg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kg.SampleGraph;
import dev.kg.convert.ConvertOptions;
import dev.kg.rdf.RdfFormat;
import dev.kg.store.DatasetLoader;
import dev.kg.store.GraphWriter;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The served endpoint answers the competency queries exactly as the same data does locally. */
class KgServerIT {
    private static final List<String> CQS =
            List.of("persons", "organizations", "places", "positions", "events", "participants");
    private static final Path SEED = Path.of("seeds", "xuzhou-2005.txt");

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void competencyQueriesOverHttpEqualLocalResults() {
        DatasetGraph dsg = sampleDataset();
        KgServer server = KgServer.start(dsg, 0, true);
        try {
            assertNotEquals(0, server.port());
            for (String cq : CQS) {
                Query query = cq(cq);
                List<Map<String, RDFNode>> local = rows(local(query, dsg));
                assertFalse(local.isEmpty(), cq + " returns rows on the sample graph");
                // the CQs bind only IRIs and literals, so rows compare by term, in ORDER BY order
                assertEquals(local, rows(remote(query, server.sparqlUrl())), cq);
            }
        } finally {
            server.stop();
        }
    }

    @Test
    void queryEndpointAliasAnswersToo() {
        DatasetGraph dsg = sampleDataset();
        KgServer server = KgServer.start(dsg, 0, true);
        try {
            ResultSetRewindable remote = remote(cq("persons"), server.datasetUrl() + "/query");
            assertEquals(1, remote.size());
        } finally {
            server.stop();
        }
    }

    @Test
    void plainHttpGetIs200AndAMalformedQueryIs400() throws IOException, InterruptedException {
        KgServer server = KgServer.start(sampleDataset(), 0, true);
        try {
            HttpResponse<String> ok = get(server.sparqlUrl() + "?query="
                    + URLEncoder.encode("SELECT ?n WHERE { ?p <http://www.w3.org/2004/02/skos/core#prefLabel> ?n }",
                    StandardCharsets.UTF_8));
            assertEquals(200, ok.statusCode());
            assertTrue(ok.body().contains(SampleGraph.PERSON), ok.body());

            HttpResponse<String> bad = get(server.sparqlUrl() + "?query="
                    + URLEncoder.encode("SELECT ?s WHERE { ?s ", StandardCharsets.UTF_8));
            assertEquals(400, bad.statusCode());
        } finally {
            server.stop();
        }
    }

    @Test
    void theEndpointIsReadOnly() throws IOException, InterruptedException {
        DatasetGraph dsg = sampleDataset();
        long before = Txn.calculateRead(dsg, () -> dsg.getDefaultGraph().size());
        KgServer server = KgServer.start(dsg, 0, true);
        try {
            HttpRequest update = HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/update"))
                    .header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <urn:x:s> <urn:x:p> <urn:x:o> }"))
                    .build();
            int status = http.send(update, HttpResponse.BodyHandlers.ofString()).statusCode();
            assertTrue(status >= 400, "update refused, got " + status);
            long after = Txn.calculateRead(dsg, () -> dsg.getDefaultGraph().size());
            assertEquals(before, after);
        } finally {
            server.stop();
        }
    }

    @Test
    void theConvertedSeedIsServedWithTheSameCountsAsLocally() {
        Assumptions.assumeTrue(Files.isRegularFile(SEED), "seed article present");
        DatasetLoader loader = new DatasetLoader(ConvertOptions.defaults());
        loader.load(SEED);
        DatasetGraph dsg = loader.dataset();
        KgServer server = KgServer.start(dsg, 0, true);
        try {
            for (String cq : CQS) {
                Query query = cq(cq);
                assertEquals(local(query, dsg).size(), remote(query, server.sparqlUrl()).size(), cq);
            }
        } finally {
            server.stop();
        }
    }

    @Test
    void aTakenPortIsAClearError() {
        KgServer first = KgServer.start(sampleDataset(), 0, true);
        try {
            ServeException e = assertThrows(ServeException.class,
                    () -> KgServer.start(sampleDataset(), first.port(), true).stop());
            assertTrue(e.getMessage().contains("already in use"), e.getMessage());
        } finally {
            first.stop();
        }
    }

    private DatasetGraph sampleDataset() {
        Path file = dir.resolve("sample.ttl");
        GraphWriter.write(SampleGraph.build(), file, RdfFormat.TTL);
        DatasetLoader loader = new DatasetLoader(ConvertOptions.defaults());
        loader.load(file);
        return loader.dataset();
    }

    private static Query cq(String name) {
        try (InputStream in = KgServerIT.class.getResourceAsStream("/queries/cq/" + name + ".rq")) {
            if (in == null) {
                throw new IllegalStateException("competency query not on the classpath: " + name);
            }
            return QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ResultSetRewindable local(Query query, DatasetGraph dsg) {
        Dataset ds = DatasetFactory.wrap(dsg);
        return Txn.calculateRead(dsg, () -> {
            try (QueryExecution exec = QueryExecution.dataset(ds).query(query).build()) {
                return ResultSetFactory.copyResults(exec.execSelect());
            }
        });
    }

    private static ResultSetRewindable remote(Query query, String url) {
        try (QueryExecution exec = QueryExecutionHTTP.service(url).query(query).build()) {
            return ResultSetFactory.copyResults(exec.execSelect());
        }
    }

    private static List<Map<String, RDFNode>> rows(ResultSetRewindable results) {
        results.reset();
        List<Map<String, RDFNode>> rows = new ArrayList<>();
        results.forEachRemaining(solution -> {
            Map<String, RDFNode> row = new TreeMap<>();
            solution.varNames().forEachRemaining(v -> row.put(v, solution.get(v)));
            rows.add(row);
        });
        return rows;
    }

    @Test
    void theRootIsTheFusekiUiAndOtherPathsStayNotFound() throws IOException, InterruptedException {
        KgServer server = KgServer.start(sampleDataset(), 0, true);
        try {
            HttpResponse<String> ui = get(server.rootUrl(), "text/html");
            assertEquals(200, ui.statusCode());
            assertTrue(ui.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
            assertTrue(ui.body().contains("<title>Apache Jena Fuseki UI</title>"), ui.body());
            // the UI's scripts are served from the UI jar too
            String script = ui.body().replaceAll("(?s).*src=\"\\./(static/[^\"]+\\.js)\".*", "$1");
            assertEquals(200, get(server.rootUrl() + script).statusCode(), script);
            assertEquals(404, get(server.rootUrl() + "no-such-page").statusCode());
        } finally {
            server.stop();
        }
    }

    @Test
    void theOntologyIsServedByContentNegotiation() throws IOException, InterruptedException {
        KgServer server = KgServer.start(sampleDataset(), 0, true);
        try {
            HttpResponse<String> turtle = get(server.ontologyUrl(), "text/turtle");
            assertEquals(200, turtle.statusCode());
            assertTrue(turtle.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
            org.apache.jena.rdf.model.Model parsed = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
            org.apache.jena.riot.RDFParser.fromString(turtle.body(), org.apache.jena.riot.Lang.TURTLE).parse(parsed);
            assertTrue(parsed.contains(dev.kg.vocab.KGO.Event, org.apache.jena.vocabulary.RDF.type,
                    org.apache.jena.vocabulary.OWL.Class), "kgo:Event is declared in the served ontology");

            HttpResponse<String> jsonld = get(server.ontologyUrl(), "application/ld+json");
            assertEquals(200, jsonld.statusCode());
            assertTrue(jsonld.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));

            HttpResponse<String> html = get(server.ontologyUrl(), "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");
            assertEquals(200, html.statusCode());
            assertTrue(html.body().contains("id=\"Event\""), "the HTML reference has an anchor per term");

            HttpResponse<String> svg = get(server.ontologyUrl() + ".svg");
            assertEquals(200, svg.statusCode());
            assertTrue(svg.body().contains("<svg"));

            assertEquals(406, get(server.ontologyUrl(), "image/png").statusCode());
        } finally {
            server.stop();
        }
    }

    private HttpResponse<String> get(String url, String accept) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
