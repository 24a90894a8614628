package dev.kg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.kg.SampleGraph;
import dev.kg.convert.ConvertOptions;
import dev.kg.rdf.RdfFormat;
import dev.kg.store.GraphWriter;
import dev.kg.store.KgDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The queries of issue 8 that took the server down, sent to a real one: each is cut at the timeout
 * with an error status while another client is answered, SERVICE calls no one it was not allowed
 * to, SELECTs are capped, and the server's heap does not grow with the cross product.
 */
class ServerLimitsIT {
    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    /** Slack for a loaded two-core machine: the cut must come at the timeout, not after the work. */
    private static final Duration SLACK = Duration.ofSeconds(4);
    private static final String CROSS = "SELECT * { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?a";
    private static final String COUNT = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
    /** Filler triples: with the sample's, the cross product has over 10^9 rows, minutes of work. */
    private static final int FILLER = 1000;

    @TempDir
    Path dir;

    private final List<KgDatabase> databases = new ArrayList<>();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void crossProductsAreCutAtTheTimeoutWhileAnotherClientIsAnswered() throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        memory.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        KgServer server = KgServer.start(largeDataset(), ServerSettings.local(0).withLimits(new ServerLimits(TIMEOUT, ServerLimits.DEFAULT_MAX_ROWS, Set.of())));
        try {
            long start = System.nanoTime();
            List<CompletableFuture<Timed>> heavy = List.of(send(server, CROSS), send(server, COUNT));
            Thread.sleep(300);  // both are running now
            Timed persons = send(server, cq("persons")).get();
            assertEquals(200, persons.status(), persons.body());
            assertTrue(persons.body().contains(SampleGraph.PERSON), persons.body());
            assertTrue(persons.elapsed().compareTo(TIMEOUT) < 0,
                    "the competency query is answered while the cross products run: " + persons.elapsed());
            for (CompletableFuture<Timed> f : heavy) {
                Timed cut = f.get();
                assertEquals(503, cut.status(), "cut as cancelled: " + cut.body());
                assertTrue(cut.elapsed().compareTo(TIMEOUT.plus(SLACK)) < 0, "cut at the timeout: " + cut.elapsed());
                assertTrue(cut.elapsed().compareTo(TIMEOUT) >= 0, "ran until the timeout: " + cut.elapsed());
            }
            // the work has stopped: the server answers at once, and no query thread is still busy
            Timed ask = send(server, "ASK {}").get();
            assertEquals(200, ask.status());
            assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(TIMEOUT.plus(SLACK)) < 0);
        } finally {
            server.stop();
        }
        // The IT JVM runs with the server's heap cap (-Xmx1g, failsafe's argLine): the server answered
        // 503s and the competency query above, not an OutOfMemoryError. Its queries left nothing behind:
        // the ORDER BY ran as a top-10000 sort, and a cancelled query's rows are garbage once it is cut.
        memory.gc();
        long retained = memory.getHeapMemoryUsage().getUsed() - before;
        long max = memory.getHeapMemoryUsage().getMax();
        assertTrue(max <= 1L << 30, "the test runs under the server's heap cap: " + (max >> 20) + " MiB");
        assertTrue(retained < 128L << 20, "heap retained after the queries: " + (retained >> 20) + " MiB");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void theWorkStopsAfterTheClientHasGone() throws Exception {
        KgServer server = KgServer.start(largeDataset(), ServerSettings.local(0).withLimits(new ServerLimits(TIMEOUT, ServerLimits.DEFAULT_MAX_ROWS, Set.of())));
        try {
            HttpRequest impatient = HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .timeout(Duration.ofMillis(300))
                    .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(COUNT, StandardCharsets.UTF_8)))
                    .build();
            CompletableFuture<HttpResponse<String>> gone = http.sendAsync(impatient, HttpResponse.BodyHandlers.ofString());
            assertTrue(gone.handle((r, e) -> e != null).get(), "the client gave up");
            assertTrue(queryThreads() > 0, "the query still runs just after its client left");
            Thread.sleep(TIMEOUT.plus(SLACK).toMillis());
            assertEquals(0, queryThreads(), "no thread still evaluates the abandoned query");
        } finally {
            server.stop();
        }
    }

    /** Threads now inside ARQ's query engine. */
    private static long queryThreads() {
        return Thread.getAllStackTraces().values().stream()
                .filter(stack -> Arrays.stream(stack)
                        .anyMatch(f -> f.getClassName().startsWith("org.apache.jena.sparql.engine.")))
                .count();
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void serviceIsRefusedWithoutARequest() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        HttpServer target = listener(calls);
        KgServer server = KgServer.start(sampleDataset(), 0, true);
        try {
            Timed refused = send(server, serviceQuery(target)).get();
            assertEquals(422, refused.status(), "refused as denied: " + refused.body());
            assertTrue(refused.body().contains("refused"), refused.body());
            // SILENT may hide the refusal, and an endpoint bound at run time is checked as well
            String endpoint = "<http://127.0.0.1:" + target.getAddress().getPort() + "/sparql>";
            send(server, "SELECT * { SERVICE SILENT " + endpoint + " { ?s ?p ?o } }").get();
            Timed bound = send(server, "SELECT * { VALUES ?e { " + endpoint + " } SERVICE ?e { ?s ?p ?o } }").get();
            assertEquals(422, bound.status(), bound.body());
            assertEquals(0, calls.get(), "no request reached the SERVICE target");
        } finally {
            server.stop();
            target.stop(0);
        }
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void serviceGoesOnlyToTheListedHosts() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        HttpServer target = listener(calls);
        KgServer other = KgServer.start(sampleDataset(), ServerSettings.local(0).withLimits(new ServerLimits(TIMEOUT, 100, Set.of("example.org"))));
        KgServer listed = KgServer.start(sampleDataset(), ServerSettings.local(0).withLimits(new ServerLimits(TIMEOUT, 100, Set.of("127.0.0.1"))));
        try {
            Timed refused = send(other, serviceQuery(target)).get();
            assertEquals(422, refused.status(), "a host not listed is refused: " + refused.body());
            assertEquals(0, calls.get());

            Timed allowed = send(listed, serviceQuery(target)).get();
            assertEquals(200, allowed.status(), allowed.body());
            assertEquals(1, calls.get(), "the listed host was called");
        } finally {
            other.stop();
            listed.stop();
            target.stop(0);
        }
    }

    @Test
    void selectsAreCappedAtMaxRows() throws Exception {
        KgServer server = KgServer.start(sampleDataset(), ServerSettings.local(0).withLimits(new ServerLimits(TIMEOUT, 5, Set.of())));
        try {
            assertEquals(5, rows(send(server, "SELECT * { ?s ?p ?o }").get()));
            assertEquals(5, rows(send(server, "SELECT * { ?s ?p ?o } ORDER BY ?s LIMIT 50").get()));
            assertEquals(3, rows(send(server, "SELECT * { ?s ?p ?o } LIMIT 3").get()));
            Timed count = send(server, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }").get();
            assertTrue(count.body().contains("\"n\""), count.body());
        } finally {
            server.stop();
        }
    }

    private record Timed(int status, String body, Duration elapsed) {}

    private CompletableFuture<Timed> send(KgServer server, String query) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build();
        long start = System.nanoTime();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .thenApply(r -> new Timed(r.statusCode(), r.body(), Duration.ofNanos(System.nanoTime() - start)));
    }

    private static int rows(Timed result) {
        assertEquals(200, result.status(), result.body());
        return result.body().split("\"s\"\\s*:\\s*\\{", -1).length - 1;
    }

    /** A loopback HTTP listener that counts requests and answers an empty SELECT result. */
    private static HttpServer listener(AtomicInteger calls) throws IOException {
        HttpServer target = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        target.createContext("/", exchange -> {
            calls.incrementAndGet();
            byte[] body = "{\"head\":{\"vars\":[\"s\"]},\"results\":{\"bindings\":[]}}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/sparql-results+json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        target.start();
        return target;
    }

    private static String serviceQuery(HttpServer target) {
        return "SELECT * { SERVICE <http://127.0.0.1:" + target.getAddress().getPort() + "/sparql> { ?s ?p ?o } }";
    }

    private DatasetGraph sampleDataset() {
        return load(SampleGraph.build());
    }

    private DatasetGraph largeDataset() {
        Model m = SampleGraph.build();
        Property p = m.createProperty("urn:x:p");
        for (int i = 0; i < FILLER; i++) {
            m.createResource("urn:x:s" + i).addLiteral(p, (long) i);
        }
        return load(m);
    }

    /** The model in a kg database on disk (TDB2, union default graph, text index), as {@code kg serve} serves it. */
    private DatasetGraph load(Model model) {
        Path file = dir.resolve("sample-" + model.size() + ".ttl");
        GraphWriter.write(model, file, RdfFormat.TTL);
        KgDatabase db = KgDatabase.open(dir.resolve("db-" + databases.size()));
        databases.add(db);
        db.loader(ConvertOptions.defaults()).load(file);
        return db.dataset();
    }

    @AfterEach
    void closeDatabases() {
        databases.forEach(KgDatabase::close);
    }

    private static String cq(String name) throws IOException {
        try (InputStream in = ServerLimitsIT.class.getResourceAsStream("/queries/cq/" + name + ".rq")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
