package dev.kg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BulkLoadTest {
    private static final Node A = NodeFactory.createURI("https://example.org/a");
    private static final Node B = NodeFactory.createURI("https://example.org/b");

    @TempDir
    Path dir;

    @Test
    void aLoadCommitsGraphsAndTheirTextsAndAReloadReplacesBoth() {
        Path db = dir.resolve("db");
        try (KgDatabase database = KgDatabase.open(db)) {
            BulkLoad load = database.bulkLoad();
            load.add(A, labelled(A, "省委第四巡回检查组"));
            load.add(B, labelled(B, "市政府办公室"));
            load.commit();
            assertEquals(2, load.newGraphs());
        }
        try (KgDatabase database = KgDatabase.open(db)) {
            assertEquals(Set.of(A.getURI()), search(database.dataset(), "检查组"));
            BulkLoad load = database.bulkLoad();
            BulkLoad.Added added = load.add(A, labelled(A, "县人民政府"));
            load.commit();
            assertEquals(List.of(A), added.replaced());
            assertEquals(2, database.graphs());
            assertEquals(2, database.triples());
            assertTrue(search(database.dataset(), "检查组").isEmpty(), "the replaced label is unindexed");
            assertEquals(Set.of(A.getURI()), search(database.dataset(), "人民政府"));
            assertEquals(Set.of(B.getURI()), search(database.dataset(), "办公室"));
        }
    }

    @Test
    void anAbortedLoadLeavesTheStoreAndTheIndexAsBefore() {
        Path db = dir.resolve("db");
        try (KgDatabase database = KgDatabase.open(db)) {
            BulkLoad load = database.bulkLoad();
            load.add(A, labelled(A, "省委第四巡回检查组"));
            load.commit();
        }
        try (KgDatabase database = KgDatabase.open(db)) {
            BulkLoad load = database.bulkLoad();
            load.add(A, labelled(A, "县人民政府")); // replaces A: deletes its triples and unindexes them
            load.add(B, labelled(B, "市政府办公室"));
            load.abort(new IllegalStateException("a bad input"));
        }
        try (KgDatabase database = KgDatabase.open(db)) {
            assertEquals(1, database.graphs());
            assertEquals(1, database.triples());
            assertEquals(Set.of(A.getURI()), search(database.dataset(), "检查组"));
            assertTrue(search(database.dataset(), "人民政府").isEmpty());
            assertTrue(search(database.dataset(), "办公室").isEmpty());
        }
    }

    /**
     * The state a kill between the store's commit and the index's leaves: the store has the new load,
     * the index the old one, and the marker. Made on disk: the index folder of before the load is put back.
     */
    @Test
    void anIndexLeftBehindByAKillIsRebuiltWhenTheDatabaseOpens() throws IOException {
        Path db = dir.resolve("db");
        try (KgDatabase database = KgDatabase.open(db)) {
            BulkLoad load = database.bulkLoad();
            load.add(A, labelled(A, "省委第四巡回检查组"));
            load.commit();
        }
        Path before = copy(db.resolve(KgDatabase.TEXT_DIR), dir.resolve("text-before"));
        try (KgDatabase database = KgDatabase.open(db)) {
            BulkLoad load = database.bulkLoad();
            load.add(A, labelled(A, "县人民政府"));
            load.commit();
        }
        assertFalse(Files.exists(db.resolve(KgDatabase.TEXT_STALE)), "a finished load leaves no marker");
        Path text = db.resolve(KgDatabase.TEXT_DIR);
        delete(text);
        copy(before, text);
        try (KgDatabase database = KgDatabase.open(db)) {
            assertEquals(Set.of(A.getURI()), search(database.dataset(), "检查组"), "without the marker: the stale index");
        }
        Files.createFile(db.resolve(KgDatabase.TEXT_STALE));
        try (KgDatabase database = KgDatabase.open(db)) {
            assertTrue(search(database.dataset(), "检查组").isEmpty());
            assertEquals(Set.of(A.getURI()), search(database.dataset(), "人民政府"));
        }
        assertFalse(Files.exists(db.resolve(KgDatabase.TEXT_STALE)), "the rebuild removes the marker");
    }

    @Test
    void aFailedCommitMarkerCannotBeWrittenSoNothingIsLoaded() throws IOException {
        Path db = dir.resolve("db");
        try (KgDatabase database = KgDatabase.open(db)) {
            Files.createDirectory(db.resolve(KgDatabase.TEXT_STALE)); // the marker's path is taken by a folder
            BulkLoad load = database.bulkLoad();
            load.add(A, labelled(A, "省委第四巡回检查组"));
            StoreException e = assertThrows(StoreException.class, load::commit);
            assertTrue(e.getMessage().contains("nothing was loaded"), e.getMessage());
        }
        Files.delete(db.resolve(KgDatabase.TEXT_STALE));
        try (KgDatabase database = KgDatabase.open(db)) {
            assertEquals(0, database.graphs());
            assertTrue(search(database.dataset(), "检查组").isEmpty());
        }
    }

    private static Graph labelled(Node s, String label) {
        Graph g = GraphFactory.createDefaultGraph();
        g.add(s, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang(label, "zh-Hans"));
        return g;
    }

    private static Set<String> search(DatasetGraph dsg, String words) {
        return Search.subjects(dsg, words);
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Files.copy(p, to.resolve(from.relativize(p).toString()));
            }
        }
        return to;
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
