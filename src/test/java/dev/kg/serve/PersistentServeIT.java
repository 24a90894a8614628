package dev.kg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kg.convert.ConvertOptions;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kg serve} as a user runs it ({@code java -jar target/kg.jar}, a process of its own): the first
 * start makes the database from the seeds, a second start serves it again without converting anything,
 * and while one runs no other kg process may open the database.
 */
class PersistentServeIT {
    private static final Path JAR = Path.of("target", "kg.jar");
    private static final String ARTICLE = ConvertOptions.DEFAULT_BASE + "xuzhou-2005";
    private static final String COUNT = "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }";
    private static final String GRAPHS = "SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?s ?p ?o } }";
    private static final String SEARCH = "PREFIX text: <http://jena.apache.org/text#> SELECT ?s { ?s text:query \"检查组\" }";

    @TempDir
    Path dir;

    @Test
    void aSecondStartReusesTheDatabaseAndAnswersTheSame() throws Exception {
        Path db = dir.resolve("db");
        long triples;
        Set<String> found;
        try (Served first = Served.start(db, dir.resolve("first.log"))) {
            assertTrue(first.output().contains("New database in " + db), first.output());
            assertTrue(first.output().contains("seeds/xuzhou-2005.txt: "), first.output());
            assertTrue(first.log().contains("ArticleConverter - xuzhou-2005"), "the seed was converted");
            triples = count(first.endpoint(), COUNT);
            assertTrue(triples > 1000, "the union default graph holds the article: " + triples);
            assertEquals(1 + 3, count(first.endpoint(), GRAPHS), "the article's graph and the 3 linksets of kg link");
            found = search(first.endpoint());
            assertTrue(found.stream().anyMatch(s -> s.startsWith(ARTICLE + "/org/")), "an organization: " + found);
            assertTrue(found.stream().anyMatch(s -> s.matches(ARTICLE + "/s\\d+")), "a sentence: " + found);

            Process load = kg(dir.resolve("load.log"), "load", "--db", db.toString(), "seeds/xuzhou-2005.txt");
            assertTrue(load.waitFor(120, TimeUnit.SECONDS));
            assertEquals(2, load.exitValue());
            String err = new String(load.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                    + Files.readString(dir.resolve("load.log"));
            assertTrue(err.contains("in use by another kg process") && err.contains("stop it first"), err);
            assertFalse(err.contains("Exception"), "a message, not a stack trace: " + err);
            assertEquals(triples, count(first.endpoint(), COUNT), "still served, unchanged");
        }
        try (Served second = Served.start(db, dir.resolve("second.log"))) {
            assertTrue(second.output().contains("Reusing the database in " + db + "; nothing to convert"), second.output());
            assertFalse(second.output().contains("seeds/xuzhou-2005.txt"), second.output());
            assertFalse(second.log().contains("ArticleConverter"), "nothing converted: " + second.log());
            assertEquals(triples, count(second.endpoint(), COUNT));
            assertEquals(found, search(second.endpoint()));
        }
    }

    private static long count(String endpoint, String query) {
        try (QueryExecution exec = QueryExecutionHTTP.service(endpoint).query(query).build()) {
            return exec.execSelect().next().getLiteral("n").getLong();
        }
    }

    private static Set<String> search(String endpoint) {
        Set<String> found = new HashSet<>();
        try (QueryExecution exec = QueryExecutionHTTP.service(endpoint).query(SEARCH).build()) {
            exec.execSelect().forEachRemaining(r -> found.add(r.getResource("s").getURI()));
        }
        return found;
    }

    /** {@code kg ARGS} in a process of its own, run from the project folder; stderr goes to {@code log}. */
    private static Process kg(Path log, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"), "-Xmx512m", "-jar", JAR.toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(log.toFile()).start();
    }

    /** A running {@code kg serve --port 0 --db DB}, stopped as Ctrl-C would (SIGTERM) when closed. */
    private record Served(Process process, Path logFile, String endpoint, String output) implements AutoCloseable {
        static Served start(Path db, Path log) throws IOException, InterruptedException {
            assertTrue(Files.isRegularFile(JAR), "the integration tests run after 'package' made " + JAR);
            Process p = kg(log, "serve", "--db", db.toString(), "--port", "0");
            BlockingQueue<String> lines = new LinkedBlockingQueue<>();
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = in.readLine()) != null; ) {
                        lines.add(line);
                    }
                } catch (IOException e) {
                    // the process ended
                }
            });
            reader.setDaemon(true);
            reader.start();
            StringBuilder output = new StringBuilder();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
            while (System.nanoTime() < deadline) {
                String line = lines.poll(1, TimeUnit.SECONDS);
                if (line == null) {
                    if (!p.isAlive()) {
                        break;
                    }
                    continue;
                }
                output.append(line).append('\n');
                if (line.startsWith("SPARQL endpoint: ")) {
                    return new Served(p, log, line.substring("SPARQL endpoint: ".length()).strip(), output.toString());
                }
            }
            p.destroyForcibly();
            throw new AssertionError("kg serve did not announce its endpoint:\n" + output + Files.readString(log));
        }

        String log() throws IOException {
            return Files.readString(logFile);
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }
}
