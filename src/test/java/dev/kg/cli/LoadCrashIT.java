package dev.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kg.store.KgDatabase;
import dev.kg.store.Search;
import dev.kg.vocab.KGO;
import dev.kg.vocab.NIF;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills {@code kg load} (a real process, {@code target/kg.jar}) in the middle of a large load and
 * checks that the database answers exactly as before it; then loads again to the end.
 */
class LoadCrashIT {
    private static final String BASE = "https://w3id.org/kgnews/id/";
    /** Articles in the first load, and in the one that is killed (large enough to take several seconds). */
    private static final int FIRST = 200;
    private static final int SECOND = 6000;
    private static final int SENTENCES = 12;

    @TempDir
    Path dir;

    @Test
    void aKilledLoadLeavesTheDatabaseAsBeforeAndALaterLoadCompletesIt() throws Exception {
        Path db = dir.resolve("db");
        Path first = corpus(dir.resolve("first.nq"), 0, FIRST);
        Path second = corpus(dir.resolve("second.nq"), FIRST, FIRST + SECOND);
        Child load = kg("load", "--db", db.toString(), "--no-link", first.toString());
        assertEquals(0, load.exit(), load.err());

        Answers before = answers(db);
        assertEquals(FIRST, before.quadsPerGraph().size());
        assertFalse(before.search().isEmpty());

        Child killed = kg("load", "--db", db.toString(), "--no-link", "--progress-every", "1", second.toString());
        assertTrue(killed.awaitLine("kg: progress:"), "no progress line: " + killed.err());
        assertTrue(killed.process.isAlive(), "the load ended before it could be killed: make the corpus larger");
        killed.process.destroyForcibly();
        assertNotEquals(0, killed.exit());
        assertEquals(before, answers(db), "after the kill; its stderr: " + killed.err());

        Child again = kg("load", "--db", db.toString(), "--no-link", second.toString());
        assertEquals(0, again.exit(), again.err());
        Answers after = answers(db);
        assertEquals(FIRST + SECOND, after.quadsPerGraph().size());
        after.quadsPerGraph().values().forEach(n -> assertEquals(triplesPerArticle(), n));
        assertEquals(before.search().size() * (FIRST + SECOND) / FIRST, after.search().size(),
                "every article's sentences are searchable");

        Path more = corpus(dir.resolve("more.nq"), FIRST + SECOND, FIRST + SECOND + 100);
        Path broken = Files.writeString(dir.resolve("broken.nq"), "<" + BASE + "x> <" + BASE + "p> \"x\" <" + BASE + "g> .\n"
                + "<" + BASE + "x> <" + BASE + "p> .\n"); // no object
        Child failing = kg("load", "--db", db.toString(), "--no-link", more.toString(), broken.toString());
        assertEquals(1, failing.exit(), failing.err());
        assertTrue(failing.err().contains("kg: " + broken + ":2:"), failing.err());
        assertEquals(after, answers(db), "a load whose last file is broken changes nothing");
    }

    /** What the database answers: quads per graph, the rows of a SPARQL query, and a text:query's subjects. */
    record Answers(Map<String, Long> quadsPerGraph, List<String> labels, List<String> search) {}

    private static Answers answers(Path db) {
        try (KgDatabase database = KgDatabase.open(db)) {
            DatasetGraph dsg = database.dataset();
            Map<String, Long> perGraph = new TreeMap<>();
            List<String> labels = new ArrayList<>();
            Txn.executeRead(dsg, () -> {
                try (var qe = QueryExecutionFactory.create(
                        "SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g", DatasetFactory.wrap(dsg))) {
                    qe.execSelect().forEachRemaining(r -> perGraph.put(r.getResource("g").getURI(), r.getLiteral("n").getLong()));
                }
                try (var qe = QueryExecutionFactory.create("SELECT ?s ?l { ?s <" + SKOS.prefLabel.getURI() + "> ?l }"
                        + " ORDER BY ?s ?l", DatasetFactory.wrap(dsg))) {
                    qe.execSelect().forEachRemaining(r -> labels.add(r.get("s") + " " + r.get("l")));
                }
            });
            return new Answers(perGraph, labels, new ArrayList<>(Search.subjects(dsg, "检查组")));
        }
    }

    /** Articles {@code from}..{@code to}-1, each a named graph of sentences and labels, as N-Quads. */
    private static Path corpus(Path file, int from, int to) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            StreamRDF w = StreamRDFWriter.getWriterStream(out, Lang.NQUADS);
            w.start();
            for (int i = from; i < to; i++) {
                Node article = NodeFactory.createURI(BASE + "a" + i);
                w.quad(Quad.create(article, article, RDF.type.asNode(), KGO.Article.asNode()));
                for (int j = 0; j < SENTENCES; j++) {
                    Node s = NodeFactory.createURI(BASE + "a" + i + "/s" + j);
                    w.quad(Quad.create(article, s, RDF.type.asNode(), NIF.Sentence.asNode()));
                    w.quad(Quad.create(article, s, NIF.referenceContext.asNode(), article));
                    w.quad(Quad.create(article, s, NIF.beginIndex.asNode(), NodeFactory.createLiteralString(String.valueOf(j * 20))));
                    w.quad(Quad.create(article, s, NIF.anchorOf.asNode(), NodeFactory.createLiteralString(
                            "第" + i + "篇第" + j + "句：" + (j == 0 ? "省委检查组" : "市政府") + "在徐州召开第" + j + "次座谈会。")));
                }
                Node person = NodeFactory.createURI(BASE + "a" + i + "/person/p");
                w.quad(Quad.create(article, person, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang("王某" + i, "zh-Hans")));
            }
            w.finish();
        }
        return file;
    }

    private static long triplesPerArticle() {
        return 1 + 4L * SENTENCES + 1;
    }

    /** {@code kg ARGS} as a process of its own, as users run it; its stderr is collected. */
    private static Child kg(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-cp", Path.of("target", "kg.jar").toString(), "dev.kg.cli.Main"));
        command.addAll(List.of(args));
        return new Child(new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start());
    }

    /** A running kg and the lines it has written on stderr so far. */
    private static final class Child {
        final Process process;
        private final List<String> lines = new ArrayList<>();
        private final CompletableFuture<Void> reading;

        Child(Process process) {
            this.process = process;
            this.reading = CompletableFuture.runAsync(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                    for (String line = r.readLine(); line != null; line = r.readLine()) {
                        synchronized (lines) {
                            lines.add(line);
                        }
                    }
                } catch (IOException e) {
                    // killed
                }
            });
        }

        int exit() throws InterruptedException {
            int exit = process.waitFor();
            reading.join();
            return exit;
        }

        String err() {
            synchronized (lines) {
                return String.join("\n", lines);
            }
        }

        /** Blocks until a stderr line starts with {@code prefix}; false if the process ended first. */
        boolean awaitLine(String prefix) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
            while (System.nanoTime() < deadline) {
                synchronized (lines) {
                    if (lines.stream().anyMatch(l -> l.startsWith(prefix))) {
                        return true;
                    }
                }
                if (!process.isAlive()) {
                    return false;
                }
                Thread.sleep(20);
            }
            return false;
        }
    }
}
