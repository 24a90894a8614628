package dev.kg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kg.bench.LoadBench.Row;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoadBenchTest {
    private static final String BASE = "https://w3id.org/kgnews/id/";

    @TempDir
    Path dir;

    @Test
    void copiesAreNewArticlesAndTheLoadersTakeTurnsOnFreshDatabases() throws IOException {
        Path nq = Files.writeString(dir.resolve("a.nq"),
                "<" + BASE + "a1/s0> <https://example.org/p> <" + BASE + "a1> <" + BASE + "a1> .\n"
                        + "<" + BASE + "a1> <https://example.org/q> \"x\" <" + BASE + "a1> .\n"
                        + "<https://example.org/other> <https://example.org/q> \"y\" <" + BASE + "a2> .\n");
        Path copies = LoadBench.copies(List.of(nq), 3, BASE, dir.resolve("copies.nq"));
        DatasetGraph dsg = RDFDataMgr.loadDatasetGraph(copies.toString());
        Set<String> graphs = new TreeSet<>();
        dsg.listGraphNodes().forEachRemaining(g -> graphs.add(g.getURI()));
        assertEquals(Set.of(BASE + "c0-a1", BASE + "c1-a1", BASE + "c2-a1", BASE + "c0-a2", BASE + "c1-a2", BASE + "c2-a2"), graphs);
        assertTrue(dsg.contains(null, org.apache.jena.graph.NodeFactory.createURI(BASE + "c2-a1/s0"), null,
                org.apache.jena.graph.NodeFactory.createURI(BASE + "c2-a1")), "subjects and objects under the base change too");

        Map<String, LoadBench.Loader> loaders = new LinkedHashMap<>();
        loaders.put("sequential", LoadBench.jena(LoaderFactory::sequentialLoader));
        loaders.put("parallel", LoadBench.jena(LoaderFactory::parallelLoader));
        List<String> progress = new ArrayList<>();
        List<Row> rows = LoadBench.run(copies, nq, loaders, 2, dir, progress::add);
        assertEquals(List.of("sequential", "parallel"), rows.stream().map(Row::loader).toList());
        rows.forEach(r -> {
            assertEquals(9, r.triples());
            assertEquals(2, r.seconds().size());
            assertEquals(r.triples() / r.median(), r.triplesPerSecond(), 1e-6);
        });
        assertEquals(4, progress.size(), String.join("\n", progress));
        assertTrue(progress.get(2).startsWith("run 2: parallel"), "each run starts with the next loader: " + progress);
    }

    @Test
    void theMedianOfAnEvenNumberOfRunsIsTheMeanOfTheMiddleTwo() {
        assertEquals(2.5, LoadBench.median(List.of(4.0, 1.0, 3.0, 2.0)));
        assertEquals(3.0, LoadBench.median(List.of(5.0, 3.0, 1.0)));
    }
}
