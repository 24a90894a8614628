package dev.kg.bench;

import dev.kg.KgException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * Cold start of a SPARQL server as a process of its own: the time from starting the process to the
 * first answer (status 200) to a query, asked every 10 ms from the moment the process exists.
 *
 * <pre>
 *   StartBench bench = new StartBench("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", "/kg", Duration.ofMinutes(2));
 *   Start s = bench.time(port -&gt; List.of("java", "-jar", "kg.jar", "serve", "--port", "" + port), log);
 * </pre>
 */
public final class StartBench {
    /** One start: how long until the first answer, and the answer's body. */
    public record Start(long nanos, String answer) {}

    private static final Duration POLL = Duration.ofMillis(10);

    private final String query;
    private final String dataset;
    private final Duration limit;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** @param dataset the dataset's path on the servers, e.g. {@code /kg}: the query goes to its {@code /sparql} */
    public StartBench(String query, String dataset, Duration limit) {
        this.query = query;
        this.dataset = dataset;
        this.limit = limit;
    }

    /**
     * Starts the command made for a free port, waits for its first answer, then stops the process
     * (as Ctrl-C would) and waits for it to end, so that the next start finds the database free.
     *
     * @param log where the process's output goes (shown in the error if it never answers)
     */
    public Start time(IntFunction<List<String>> command, Path log) {
        int port = freePort();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + dataset + "/sparql?query="
                        + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json").timeout(Duration.ofSeconds(30)).GET().build();
        ProcessBuilder builder = new ProcessBuilder(command.apply(port)).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        long t0 = System.nanoTime();
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new KgException("cannot start " + builder.command() + ": " + e.getMessage(), e);
        }
        try {
            long deadline = t0 + limit.toNanos();
            while (System.nanoTime() < deadline) {
                try {
                    HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
                    if (answer.statusCode() == 200) {
                        return new Start(System.nanoTime() - t0, answer.body());
                    }
                } catch (ConnectException e) {
                    // not listening yet
                } catch (IOException e) {
                    // listening, but not answering yet
                }
                if (!process.isAlive()) {
                    throw new KgException("the server ended (exit status " + process.exitValue() + ") before it answered: "
                            + String.join(" ", builder.command()) + "\n" + tail(log));
                }
                Thread.sleep(POLL.toMillis());
            }
            throw new KgException("no answer within " + limit.toSeconds() + " s from " + String.join(" ", builder.command())
                    + "\n" + tail(log));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KgException("interrupted", e);
        } finally {
            stop(process);
        }
    }

    private static void stop(Process process) {
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new KgException("no free port: " + e.getMessage(), e);
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }
}
