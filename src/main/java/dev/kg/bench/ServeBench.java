package dev.kg.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Load benchmark of a SPARQL server: {@code clients} threads, each sending the requests of a mix
 * one after another (each starting at a different one) for a fixed time, every response read to the
 * end (a redirect followed, as one request). Reports throughput, the median and 99th percentile
 * latency, and the errors (a status other than 200, or no answer).
 *
 * <pre>
 *   List&lt;Request&gt; mix = List.of(Request.query("persons", "SELECT …"));
 *   Result r = new ServeBench(mix).run("http://localhost:3030", 8, Duration.ofSeconds(10));
 * </pre>
 */
public final class ServeBench {
    /** One kind of request: a path (and query string) on the server, and what it accepts. */
    public record Request(String name, String pathAndQuery, String accept) {
        public static final String SPARQL_RESULTS = "application/sparql-results+json";

        /** A SPARQL query sent by GET to {@code /kg/sparql}, as a browser's or a library's would be. */
        public static Request query(String name, String dataset, String sparql, String accept) {
            return new Request(name, dataset + "/sparql?query="
                    + URLEncoder.encode(sparql, StandardCharsets.UTF_8), accept);
        }
    }

    /** What one run measured. */
    public record Result(int clients, long requests, long errors, long nanos, long p50Nanos, long p99Nanos) {
        public double perSecond() {
            return requests * 1e9 / Math.max(1, nanos);
        }
    }

    private final List<Request> mix;

    public ServeBench(List<Request> mix) {
        if (mix.isEmpty()) {
            throw new IllegalArgumentException("no requests to send");
        }
        this.mix = List.copyOf(mix);
    }

    public Result run(String root, int clients, Duration duration) {
        // a browser's or a linked-data client's way with a 303 (an entity IRI to its document)
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .version(HttpClient.Version.HTTP_1_1).build();
        List<HttpRequest> requests = mix.stream().map(r -> HttpRequest.newBuilder(URI.create(root + r.pathAndQuery()))
                .header("Accept", r.accept()).timeout(Duration.ofSeconds(60)).GET().build()).toList();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            long start = System.nanoTime();
            long end = start + duration.toNanos();
            List<Future<Client>> running = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                Client client = new Client(http, requests, c % requests.size());
                running.add(pool.submit(() -> client.until(end)));
            }
            List<Client> done = new ArrayList<>();
            for (Future<Client> f : running) {
                done.add(f.get());
            }
            long elapsed = System.nanoTime() - start;
            return summarize(clients, done, elapsed);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("benchmark interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a benchmark client failed", e.getCause());
        } finally {
            pool.shutdownNow();
            try {
                pool.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static Result summarize(int clients, List<Client> done, long elapsed) {
        int n = done.stream().mapToInt(c -> c.count).sum();
        long[] all = new long[n];
        int i = 0;
        long errors = 0;
        for (Client c : done) {
            System.arraycopy(c.latencies, 0, all, i, c.count);
            i += c.count;
            errors += c.errors;
        }
        Arrays.sort(all);
        return new Result(clients, n, errors, elapsed, percentile(all, 0.50), percentile(all, 0.99));
    }

    static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p * sorted.length); // nearest-rank
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
    }

    /** One client: its requests in turn, timing each, until the deadline. */
    private static final class Client {
        private final HttpClient http;
        private final List<HttpRequest> requests;
        private int next;
        private long[] latencies = new long[1024];
        private int count;
        private long errors;

        Client(HttpClient http, List<HttpRequest> requests, int first) {
            this.http = http;
            this.requests = requests;
            this.next = first;
        }

        Client until(long end) {
            while (System.nanoTime() < end) {
                HttpRequest request = requests.get(next);
                next = (next + 1) % requests.size();
                long t0 = System.nanoTime();
                boolean ok;
                try {
                    ok = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
                } catch (IOException e) {
                    ok = false;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
                record(System.nanoTime() - t0);
                errors += ok ? 0 : 1;
            }
            return this;
        }

        private void record(long nanos) {
            if (count == latencies.length) {
                latencies = Arrays.copyOf(latencies, count * 2);
            }
            latencies[count++] = nanos;
        }
    }
}
