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
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Safe by default, over HTTP against a real server with the UI and the admin module on: no write
 * reaches the data through any public endpoint, every changing admin request is refused without the
 * operator's password (and none is set by default), the UI's own reads stay open, and the read
 * endpoints answer pages of other origins.
 */
class ServerSafetyIT {
    private static final String PASSWORD = "correct horse battery staple";
    private static final String TRIPLE = "<urn:x:s> <urn:x:p> <urn:x:o> .";
    /** Each changing admin request Fuseki 5.6 offers, as method and path. */
    private static final List<String[]> ADMIN_CHANGES = List.of(
            new String[] {"POST", "/$/datasets?dbName=intruder&dbType=mem"},
            new String[] {"DELETE", "/$/datasets/kg"},
            new String[] {"POST", "/$/datasets/kg?state=offline"},
            new String[] {"POST", "/$/backup/kg"},
            new String[] {"POST", "/$/compact/kg"},
            new String[] {"POST", "/$/tasks"},
            new String[] {"PUT", "/$/datasets/kg"},
            new String[] {"POST", "/%24/datasets?dbName=intruder2&dbType=mem"}); // $ percent-encoded

    @TempDir
    Path dir;

    /**
     * A new connection for every request: Jetty closes one after refusing a request whose body it
     * did not read, and a pooled client may try to reuse it.
     */
    private static HttpResponse<String> fresh(HttpRequest request) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void noPublicEndpointWrites() throws IOException, InterruptedException {
        DatasetGraph dsg = sampleDataset();
        long quads = countQuads(dsg);
        KgServer server = KgServer.start(dsg, 0, true);
        try {
            String ds = server.datasetUrl();
            String update = "INSERT DATA { " + TRIPLE + " }";
            List<HttpRequest> writes = List.of(
                    post(ds + "/update", "application/sparql-update", update),
                    post(ds, "application/sparql-update", update),
                    post(ds + "/sparql", "application/x-www-form-urlencoded",
                            "update=" + URLEncoder.encode(update, StandardCharsets.UTF_8)),
                    post(ds + "/query", "application/sparql-update", update),
                    send("PUT", ds + "/get?default", "text/turtle", TRIPLE),
                    send("POST", ds + "/get?default", "text/turtle", TRIPLE),
                    send("DELETE", ds + "/get?default", null, ""),
                    send("PUT", ds + "/data?default", "text/turtle", TRIPLE),
                    send("POST", ds + "/data?graph=urn:x:g", "text/turtle", TRIPLE),
                    send("DELETE", ds + "/data?default", null, ""),
                    send("PUT", ds + "?default", "text/turtle", TRIPLE),
                    send("POST", ds + "?graph=urn:x:g", "text/turtle", TRIPLE),
                    send("POST", ds, "application/n-quads", "<urn:x:s> <urn:x:p> <urn:x:o> <urn:x:g> ."),
                    send("DELETE", ds + "?graph=" + URLEncoder.encode(SampleGraph.BASE + SampleGraph.ID, StandardCharsets.UTF_8), null, ""));
            for (HttpRequest write : writes) {
                int status = fresh(write).statusCode();
                assertTrue(status >= 400 && status < 500, write.method() + " " + write.uri() + " refused, got " + status);
            }
            assertEquals(quads, countQuads(dsg), "the data is unchanged");
        } finally {
            server.stop();
        }
    }

    @Test
    void withoutAPasswordEveryAdminChangeIsForbidden() throws IOException, InterruptedException {
        KgServer server = KgServer.start(sampleDataset(), 0, true);
        try {
            for (String[] change : ADMIN_CHANGES) {
                HttpResponse<String> r = admin(server, change[0], change[1], null);
                assertEquals(403, r.statusCode(), change[0] + " " + change[1]);
            }
            assertDatasetsAreOnlyKg(server);
        } finally {
            server.stop();
        }
    }

    @Test
    void withAPasswordAdminChangesNeedIt() throws IOException, InterruptedException {
        KgServer server = KgServer.start(sampleDataset(), ServerSettings.local(0).withAdmin(AdminAccess.password(PASSWORD)));
        try {
            for (String[] change : ADMIN_CHANGES) {
                assertEquals(401, admin(server, change[0], change[1], null).statusCode(), change[0] + " " + change[1]);
                assertEquals(401, admin(server, change[0], change[1], "wrong").statusCode(), change[0] + " " + change[1]);
            }
            assertDatasetsAreOnlyKg(server);

            // the operator may: create a dataset, see it listed, delete it again
            String created = "/$/datasets?dbName=operator-" + ProcessHandle.current().pid() + "&dbType=mem";
            assertEquals(200, admin(server, "POST", created, PASSWORD).statusCode());
            try {
                String list = admin(server, "GET", "/$/datasets", null).body();
                assertTrue(list.contains("/operator-" + ProcessHandle.current().pid()), list);
            } finally {
                String name = "/$/datasets/operator-" + ProcessHandle.current().pid();
                assertEquals(200, admin(server, "DELETE", name, PASSWORD).statusCode());
            }
            assertDatasetsAreOnlyKg(server);
        } finally {
            server.stop();
        }
    }

    @Test
    void theUisReadsStayOpen() throws IOException, InterruptedException {
        KgServer server = KgServer.start(sampleDataset(), 0, true);
        try {
            for (String read : List.of("/$/ping", "/$/server", "/$/datasets", "/$/datasets/kg", "/$/stats/kg", "/$/tasks")) {
                HttpResponse<String> r = admin(server, "GET", read, null);
                assertEquals(200, r.statusCode(), read + ": " + r.body());
            }
            // the query editor checks a query by sending it to the validator: parsing changes nothing
            HttpResponse<String> validated = fresh(post(server.rootUrl() + "$/validate/query",
                    "application/x-www-form-urlencoded", "query=" + URLEncoder.encode("SELECT * { ?s ?p ?o }",
                            StandardCharsets.UTF_8)));
            assertEquals(200, validated.statusCode(), validated.body());
        } finally {
            server.stop();
        }
    }

    @Test
    void theReadEndpointsAllowOtherOrigins() throws IOException, InterruptedException {
        KgServer server = KgServer.start(sampleDataset(), 0, true);
        try {
            String origin = "https://example.org";
            HttpRequest preflight = HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                    .header("Origin", origin)
                    .header("Access-Control-Request-Method", "POST")
                    .header("Access-Control-Request-Headers", "Content-Type")
                    .build();
            HttpResponse<String> pre = fresh(preflight);
            assertTrue(pre.statusCode() < 300, "preflight answered, got " + pre.statusCode());
            assertEquals(origin, pre.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
            assertTrue(pre.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("POST"));
            assertFalse(pre.headers().firstValue("Access-Control-Allow-Credentials").orElse("").equals("true"));

            HttpRequest query = HttpRequest.newBuilder(URI.create(server.sparqlUrl() + "?query="
                            + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8)))
                    .header("Origin", origin).header("Accept", "application/sparql-results+json").GET().build();
            HttpResponse<String> answer = fresh(query);
            assertEquals(200, answer.statusCode());
            assertEquals(origin, answer.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
            assertTrue(answer.body().contains("\"boolean\""), answer.body());
        } finally {
            server.stop();
        }
    }

    private void assertDatasetsAreOnlyKg(KgServer server) throws IOException, InterruptedException {
        HttpResponse<String> list = admin(server, "GET", "/$/datasets", null);
        assertEquals(200, list.statusCode());
        assertTrue(list.body().contains("\"/kg\""), list.body());
        assertFalse(list.body().contains("intruder"), list.body());
        assertFalse(list.body().contains("operator-"), list.body());
        // and the dataset is still active and answering
        HttpResponse<String> ask = fresh(HttpRequest.newBuilder(URI.create(server.sparqlUrl() + "?query="
                + URLEncoder.encode("ASK { ?s ?p ?o }", StandardCharsets.UTF_8))).GET().build());
        assertEquals(200, ask.statusCode(), ask.body());
    }

    private HttpResponse<String> admin(KgServer server, String method, String path, String password)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.rootUrl() + path.substring(1)))
                .method(method, BodyPublishers.noBody());
        if (password != null) {
            String token = AdminAccess.USER + ":" + password;
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8)));
        }
        return fresh(b.build());
    }

    private static HttpRequest post(String url, String contentType, String body) {
        return send("POST", url, contentType, body);
    }

    private static HttpRequest send(String method, String url, String contentType, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).method(method, BodyPublishers.ofString(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return b.build();
    }

    private static long countQuads(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            long n = 0;
            for (var it = dsg.find(); it.hasNext(); it.next()) {
                n++;
            }
            return n;
        });
    }

    private DatasetGraph sampleDataset() throws IOException {
        Path file = dir.resolve("sample.ttl");
        if (!Files.exists(file)) {
            GraphWriter.write(SampleGraph.build(), file, RdfFormat.TTL);
        }
        DatasetLoader loader = new DatasetLoader(ConvertOptions.defaults());
        loader.load(file);
        return loader.dataset();
    }
}
