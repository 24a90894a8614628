package dev.kg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kg.SampleGraph;
import dev.kg.convert.ConvertOptions;
import dev.kg.rdf.RdfFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KgDatabaseTest {
    private static final String EX = "https://example.org/";
    private static final Path SEED = Path.of("seeds", "xuzhou-2005.txt");

    @TempDir
    Path tmp;

    @Test
    void theDefaultGraphIsTheUnionOfTheNamedGraphsWithoutCopies() throws IOException {
        Path sample = tmp.resolve("sample.ttl");
        GraphWriter.write(SampleGraph.build(), sample, RdfFormat.TTL);
        Path other = Files.writeString(tmp.resolve("other.ttl"), "<" + EX + "s> <" + EX + "p> 1, 2 .\n");
        try (KgDatabase db = KgDatabase.open(tmp.resolve("db"))) {
            DatasetLoader loader = db.loader(ConvertOptions.defaults());
            loader.load(sample);
            loader.load(other);
            long expected = SampleGraph.build().size() + 2;
            assertEquals(expected, count(db.dataset(), "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"));
            assertEquals(expected, count(db.dataset(), "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }"));
            assertEquals(2, db.graphs());
            assertEquals(expected, db.triples());
            Txn.executeRead(db.dataset(), () -> assertFalse(
                    db.dataset().find(Quad.defaultGraphIRI, Node.ANY, Node.ANY, Node.ANY).hasNext(),
                    "nothing is stored in the real default graph"));
        }
    }

    @Test
    void loadingAGraphAgainReplacesItAndItsIndexEntries() throws IOException {
        Path file = Files.writeString(tmp.resolve("g.ttl"), label("甲省巡回检查组") + triple("p", "1"));
        try (KgDatabase db = KgDatabase.open(tmp.resolve("db"))) {
            DatasetLoader loader = db.loader(ConvertOptions.defaults());
            DatasetLoader.Loaded first = loader.load(file);
            assertFalse(first.replaced());
            assertEquals(Set.of(EX + "s"), search(db.dataset(), "检查组"));
            Files.writeString(file, label("乙市政府办公室") + triple("p", "1"));
            DatasetLoader.Loaded second = loader.load(file);
            assertTrue(second.replaced());
            assertEquals(first.graph(), second.graph());
            assertEquals(1, db.graphs());
            assertEquals(2, db.triples(), "replaced, not added to");
            assertTrue(search(db.dataset(), "检查组").isEmpty(), "the old label left the index");
            assertEquals(Set.of(EX + "s"), search(db.dataset(), "办公室"));
        }
    }

    @Test
    void aFileThatFailsMidwayLeavesTheDatabaseAsItWas() throws IOException {
        Path file = Files.writeString(tmp.resolve("g.ttl"), label("甲市政府办公室"));
        try (KgDatabase db = KgDatabase.open(tmp.resolve("db"))) {
            DatasetLoader loader = db.loader(ConvertOptions.defaults());
            DatasetLoader.Loaded loaded = loader.load(file);
            Graph before = copy(db.dataset(), loaded.graph());
            // valid statements first, so that the parser has deleted the old graph and added some when it fails
            StringBuilder bad = new StringBuilder(label("乙省巡回检查组"));
            for (int i = 0; i < 200; i++) {
                bad.append(triple("p", Integer.toString(i)));
            }
            bad.append("<").append(EX).append("s> <").append(EX).append("p> .\n");
            Files.writeString(file, bad);
            StoreException e = assertThrows(StoreException.class, () -> loader.load(file));
            assertTrue(e.getMessage().startsWith(file + ":202:"), e.getMessage());
            assertTrue(copy(db.dataset(), loaded.graph()).isIsomorphicWith(before), "the old graph is back");
            assertEquals(1, db.triples());
            assertTrue(search(db.dataset(), "检查组").isEmpty(), "nothing of the failed file is indexed");
            assertEquals(Set.of(EX + "s"), search(db.dataset(), "办公室"));

            Path fresh = Files.writeString(tmp.resolve("fresh.ttl"), bad.toString().replace(label("乙省巡回检查组"), ""));
            assertThrows(StoreException.class, () -> loader.load(fresh));
            assertEquals(1, db.graphs(), "a new file that fails adds no graph");
        }
    }

    @Test
    void aFolderKgDidNotCreateIsRefusedAndLeftAlone() throws IOException {
        Path mine = Files.createDirectories(tmp.resolve("my-files"));
        Files.writeString(mine.resolve("notes.txt"), "mine");
        StoreException e = assertThrows(StoreException.class, () -> KgDatabase.open(mine));
        assertTrue(e.getMessage().contains("is not a kg database"), e.getMessage());
        assertEquals(List.of("notes.txt"), names(mine));
        assertEquals("mine", Files.readString(mine.resolve("notes.txt")));

        Path file = Files.writeString(tmp.resolve("data"), "a file");
        assertTrue(assertThrows(StoreException.class, () -> KgDatabase.open(file)).getMessage()
                .contains("is not a kg database"));
        assertEquals("a file", Files.readString(file));
    }

    @Test
    void aNewDatabaseIsMarkedAsOursAndAnEmptyFolderMayBecomeOne() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        try (KgDatabase db = KgDatabase.open(empty)) {
            assertTrue(db.isEmpty());
        }
        assertTrue(names(empty).containsAll(List.of(KgDatabase.MARKER, "tdb2", "text")), names(empty).toString());
    }

    @Test
    void aDatabaseOpenElsewhereIsRefusedAsInUse() {
        Path dir = tmp.resolve("db");
        try (KgDatabase db = KgDatabase.open(dir)) {
            StoreException e = assertThrows(StoreException.class, () -> KgDatabase.open(dir));
            assertTrue(e.getMessage().contains("in use by another kg process") && e.getMessage().contains("stop it first"),
                    e.getMessage());
            assertTrue(db.isEmpty(), "the first one still works");
        }
    }

    @Test
    void textQueryFindsSeedEntitiesAndSentencesAfterLoadAndAfterReopening() {
        Path dir = tmp.resolve("db");
        Set<String> found;
        long triples;
        try (KgDatabase db = KgDatabase.open(dir)) {
            assertTrue(db.isEmpty());
            DatasetLoader.Loaded seed = db.loader(ConvertOptions.defaults()).load(SEED);
            assertFalse(db.isEmpty());
            found = search(db.dataset(), "检查组");
            String article = seed.graph().getURI();
            assertTrue(found.stream().anyMatch(s -> s.matches(article + "/s\\d+")), "a sentence: " + found);
            assertTrue(found.stream().anyMatch(s -> s.startsWith(article + "/org/")), "an organization: " + found);
            triples = db.triples();
        }
        try (KgDatabase db = KgDatabase.open(dir)) {
            assertFalse(db.isEmpty());
            assertEquals(triples, db.triples());
            assertEquals(found, search(db.dataset(), "检查组"));
        }
    }

    @Test
    void inMemoryIsTheSameWithoutAFolder() throws IOException {
        Path file = Files.writeString(tmp.resolve("g.ttl"), label("甲省巡回检查组"));
        try (KgDatabase db = KgDatabase.inMemory()) {
            db.loader(ConvertOptions.defaults()).load(file);
            assertEquals(1, count(db.dataset(), "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"));
            assertEquals(Set.of(EX + "s"), search(db.dataset(), "检查组"));
        }
        assertEquals(List.of("g.ttl"), names(tmp));
    }

    private static String label(String text) {
        return "<" + EX + "s> <http://www.w3.org/2004/02/skos/core#prefLabel> \"" + text + "\"@zh-Hans .\n";
    }

    private static String triple(String p, String o) {
        return "<" + EX + "s> <" + EX + p + "> " + o + " .\n";
    }

    private static Graph copy(DatasetGraph dsg, Node graph) {
        Graph g = GraphFactory.createGraphMem();
        Txn.executeRead(dsg, () -> GraphUtil.addInto(g, dsg.getGraph(graph)));
        return g;
    }

    private static long count(DatasetGraph dsg, String query) {
        return Txn.calculateRead(dsg, () -> {
            try (var qe = QueryExecutionFactory.create(query, DatasetFactory.wrap(dsg))) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    static Set<String> search(DatasetGraph dsg, String words) {
        Set<String> found = new HashSet<>();
        String q = "PREFIX text: <http://jena.apache.org/text#> SELECT ?s { ?s text:query \"" + words + "\" }";
        Txn.executeRead(dsg, () -> {
            try (var qe = QueryExecutionFactory.create(q, DatasetFactory.wrap(dsg))) {
                qe.execSelect().forEachRemaining(r -> found.add(r.getResource("s").getURI()));
            }
        });
        return found;
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }
}
