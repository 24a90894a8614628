package dev.kg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kg.convert.ConvertOptions;
import dev.kg.store.DatasetLoader;
import dev.kg.store.TextIndex;
import dev.kg.vocab.KGO;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Fuseki started from the shipped standalone configuration {@code kg-fuseki.ttl} serves a kg
 * database (TDB2 and text index made by our code): its default graph is the union of the articles,
 * {@code text:query} finds Chinese words, and it refuses updates.
 */
class StandaloneConfigIT {
    private static final Path SEED = Path.of("seeds", "xuzhou-2005.txt");
    private static final String WORD = "检查组";

    @TempDir
    Path dir;

    @Test
    void stockFusekiServesTheDatabaseReadOnlyWithSearch() throws IOException, InterruptedException {
        Assumptions.assumeTrue(Files.isRegularFile(SEED), "seed article present");
        Path db = dir.resolve("data");
        fill(db);

        FusekiServer fuseki = FusekiServer.create().port(0).loopback(true)
                .parseConfigFile(configFor(db)).build().start();
        try {
            String endpoint = "http://localhost:" + fuseki.getHttpPort() + "/kg/sparql";
            List<String> articles = column(endpoint,
                    "SELECT ?a { ?a a <" + KGO.Article.getURI() + "> }", "a"); // default graph, no GRAPH clause
            assertEquals(1, articles.size(), "the union default graph holds the seed article");

            List<String> hits = column(endpoint, "PREFIX text: <http://jena.apache.org/text#>\n"
                    + "SELECT ?s { ?s text:query \"" + WORD + "\" }", "s");
            assertFalse(hits.isEmpty(), "text:query finds " + WORD);

            HttpClient http = HttpClient.newHttpClient();
            for (String path : List.of("/kg/update", "/kg", "/kg/sparql")) {
                HttpRequest update = HttpRequest.newBuilder(URI.create("http://localhost:" + fuseki.getHttpPort() + path))
                        .header("Content-Type", "application/sparql-update")
                        .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <urn:x:s> <urn:x:p> <urn:x:o> }"))
                        .build();
                int status = http.send(update, HttpResponse.BodyHandlers.ofString()).statusCode();
                assertTrue(status >= 400 && status < 500, path + ": update refused, got " + status);
            }
            HttpRequest put = HttpRequest.newBuilder(URI.create("http://localhost:" + fuseki.getHttpPort() + "/kg/get?default"))
                    .header("Content-Type", "text/turtle")
                    .PUT(HttpRequest.BodyPublishers.ofString("<urn:x:s> <urn:x:p> <urn:x:o> ."))
                    .build();
            int status = http.send(put, HttpResponse.BodyHandlers.ofString()).statusCode();
            assertTrue(status >= 400 && status < 500, "GSP write refused, got " + status);
            assertTrue(column(endpoint, "SELECT ?s { ?s ?p <urn:x:o> }", "s").isEmpty(), "nothing was written");
        } finally {
            fuseki.stop();
        }
    }

    /** The seed article in a TDB2 database with its text index, in {@code db/tdb2} and {@code db/text}. */
    private static void fill(Path db) {
        DatasetLoader loader = new DatasetLoader(ConvertOptions.defaults());
        loader.load(SEED);
        DatasetGraph source = loader.dataset();
        DatasetGraph target = TextIndex.onDisk(DatabaseMgr.connectDatasetGraph(db.resolve("tdb2").toString()),
                db.resolve("text"));
        Txn.executeWrite(target, () -> Txn.executeRead(source, () -> {
            List<Node> graphs = new ArrayList<>();
            source.listGraphNodes().forEachRemaining(graphs::add);
            graphs.forEach(g -> target.addGraph(g, source.getGraph(g)));
        }));
        target.close(); // releases the Lucene index's write lock for the server
    }

    /** The shipped configuration, its relative locations pointed at {@code db}. */
    private Path configFor(Path db) throws IOException {
        String config;
        try (InputStream in = StandaloneConfigIT.class.getResourceAsStream(StandaloneConfigTest.CONFIG)) {
            config = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String tdb = "\"data/tdb2\"";
        String text = "\"data/text\"";
        assertTrue(config.contains(tdb) && config.contains(text), "the configuration's locations are as documented");
        Path copy = dir.resolve("kg-fuseki.ttl");
        Files.writeString(copy, config
                .replace(tdb, "\"" + db.resolve("tdb2").toAbsolutePath() + "\"")
                .replace(text, "\"" + db.resolve("text").toAbsolutePath() + "\""));
        return copy;
    }

    private static List<String> column(String endpoint, String query, String var) {
        try (QueryExecution exec = QueryExecutionHTTP.service(endpoint).query(query).build()) {
            ResultSet rows = exec.execSelect();
            List<String> values = new ArrayList<>();
            rows.forEachRemaining((QuerySolution row) -> values.add(row.get(var).toString()));
            return values;
        }
    }
}
