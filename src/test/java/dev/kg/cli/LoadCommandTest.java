package dev.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kg.link.IdentityLinker;
import dev.kg.store.KgDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.SKOS;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoadCommandTest {
    private static final String EX = "https://example.org/";

    @TempDir
    Path dir;

    @Test
    void loadsEachFileSaysWhatItAddedAndReplacesOnReload() throws IOException {
        Path db = dir.resolve("db");
        Path a = Files.writeString(dir.resolve("a.ttl"), "<" + EX + "s> <" + EX + "p> 1, 2 .\n");
        Path b = Files.writeString(dir.resolve("b.nt"), "<" + EX + "s> <" + EX + "p> \"x\" .\n");
        Cli first = Cli.run("load", "--db", db.toString(), a.toString(), b.toString());
        assertEquals(0, first.exit(), first.err());
        assertTrue(first.out().contains(a + ": 2 triples in <" + a.toUri() + "> (new graph)"), first.out());
        assertTrue(first.out().contains(b + ": 1 triple in <" + b.toUri() + "> (new graph)"), first.out());
        assertTrue(first.out().contains("Loaded 2 files (2 new graphs, 0 replaced) into " + db + "."), first.out());
        assertHolds(db, 2, 3);

        Files.writeString(a, "<" + EX + "s> <" + EX + "p> 3 .\n");
        Cli again = Cli.run("load", "--db", db.toString(), a.toString());
        assertEquals(0, again.exit(), again.err());
        assertTrue(again.out().contains(a + ": 1 triple in <" + a.toUri() + "> (replaced)"), again.out());
        assertTrue(again.out().contains("Loaded 1 file (0 new graphs, 1 replaced)"), again.out());
        assertHolds(db, 2, 2);
        assertTrue(Files.isRegularFile(db.resolve(KgDatabase.MARKER)));
    }

    @Test
    void loadingArticlesLinksThemAcrossArticlesInLinksetGraphs() {
        Path db = dir.resolve("db");
        Cli run = Cli.run("load", "--db", db.toString(), "seeds/xuzhou-2005.txt");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("Linked across articles: 3 linkset graphs"), run.out());
        try (KgDatabase database = KgDatabase.open(db)) {
            DatasetGraph dsg = database.dataset();
            long sameAs = Txn.calculateRead(dsg, () -> Iter.count(dsg.find(
                    NodeFactory.createURI(IdentityLinker.IRI), Node.ANY, OWL.sameAs.asNode(), Node.ANY)));
            assertTrue(sameAs > 0, "the seed's persons, organizations and places are linked to corpus resources");
        }
    }

    @Test
    void aBrokenLastFileLeavesTheDatabaseAsItWasAndNamesTheLine() throws IOException {
        Path db = dir.resolve("db");
        Path first = Files.writeString(dir.resolve("first.nq"),
                "<" + EX + "s> <" + SKOS.prefLabel.getURI() + "> \"省委第四巡回检查组\"@zh <" + EX + "g1> .\n");
        assertEquals(0, Cli.run("load", "--db", db.toString(), "--no-link", first.toString()).exit());

        Path replacing = Files.writeString(dir.resolve("replacing.nq"),
                "<" + EX + "s> <" + SKOS.prefLabel.getURI() + "> \"县人民政府\"@zh <" + EX + "g1> .\n"
                        + "<" + EX + "t> <" + EX + "p> \"x\" <" + EX + "g2> .\n");
        Path good = Files.writeString(dir.resolve("good.ttl"), "<" + EX + "s> <" + EX + "p> 1 .\n");
        Path bad = Files.writeString(dir.resolve("bad.ttl"), "<" + EX + "s> <" + EX + "p> 1 .\n<" + EX + "s> <" + EX + "p> .\n");
        Cli run = Cli.run("load", "--db", db.toString(), replacing.toString(), good.toString(), bad.toString());
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.errLines().get(0).startsWith("kg: " + bad + ":2:"), run.err());
        assertTrue(run.err().contains("nothing loaded: the database is as it was"), run.err());
        assertFalse(run.out().contains("Loaded"), run.out());
        assertHolds(db, 1, 1);
        try (KgDatabase database = KgDatabase.open(db)) {
            assertEquals(Set.of(EX + "s"), dev.kg.store.Search.subjects(database.dataset(), "检查组"));
            assertTrue(dev.kg.store.Search.subjects(database.dataset(), "人民政府").isEmpty());
        }
    }

    @Test
    void articlesFromAFolderAndJsonLinesLoadInOneGoAndABadArticleStopsTheLoad() throws IOException {
        Path db = dir.resolve("db");
        Path folder = Files.createDirectories(dir.resolve("news"));
        Files.copy(Path.of("seeds/xuzhou-2005.txt"), folder.resolve("xz.txt"));
        Path jsonl = Files.writeString(dir.resolve("more.jsonl"),
                "{\"id\":\"j1\",\"text\":\"2005年9月14日，徐州市委书记王某在市政府召开座谈会。\","
                        + "\"source\":\"https://example.org/news/j1.html\"}\n");
        Path binary = Files.write(dir.resolve("binary.txt"), new byte[] {0, 1, 2, (byte) 0xff, (byte) 0xfe, 0});
        Cli bad = Cli.run("load", "--db", db.toString(), "--threads", "2", folder.toString(), jsonl.toString(), binary.toString());
        assertEquals(1, bad.exit(), bad.err());
        assertTrue(bad.err().contains("kg: " + binary + ": "), bad.err());
        assertHolds(db, 0, 0);

        Cli run = Cli.run("load", "--db", db.toString(), "--threads", "2", "--no-link", folder.toString(), jsonl.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("Loaded 2 articles (2 new graphs, 0 replaced)"), run.out());
        assertFalse(run.out().contains("Linked across articles"), run.out());
        try (KgDatabase database = KgDatabase.open(db)) {
            assertEquals(2, database.graphs());
            assertFalse(dev.kg.store.Search.subjects(database.dataset(), "座谈会").isEmpty(), "the articles' sentences are indexed");
            String ask = "ASK { ?article <" + org.apache.jena.vocabulary.DCTerms.source.getURI()
                    + "> <https://example.org/news/j1.html> }";
            assertTrue(org.apache.jena.system.Txn.calculateRead(database.dataset(), () -> org.apache.jena.query.QueryExecution
                    .dataset(org.apache.jena.query.DatasetFactory.wrap(database.dataset())).query(ask).ask()), "a JSON Lines source is the article's dcterms:source");
        }
    }

    @Test
    void twoArticlesWithOneIdAreRefusedBeforeAnythingIsLoaded() throws IOException {
        Path db = dir.resolve("db");
        Path folder = Files.createDirectories(dir.resolve("news"));
        Files.writeString(folder.resolve("a1.txt"), "2005年9月14日，市委书记王某在市政府召开座谈会。");
        Path jsonl = Files.writeString(dir.resolve("more.jsonl"),
                "{\"id\":\"b1\",\"text\":\"2005年9月15日，市长李某主持会议。\"}\n"
                        + "{\"id\":\"a1\",\"text\":\"2005年9月16日，市长李某出席会议。\"}\n");
        Cli run = Cli.run("load", "--db", db.toString(), "--no-link", folder.toString(), jsonl.toString());
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().contains(folder.resolve("a1.txt") + " and " + jsonl + ":2 have the same id 'a1'"), run.err());
        assertTrue(run.err().contains("nothing loaded"), run.err());
        assertHolds(db, 0, 0);
    }

    private static void assertHolds(Path db, long graphs, long triples) {
        try (KgDatabase database = KgDatabase.open(db)) {
            assertEquals(graphs, database.graphs());
            assertEquals(triples, database.triples());
        }
    }

    @Test
    void aFolderKgDidNotCreateIsRefused() throws IOException {
        Path mine = Files.createDirectories(dir.resolve("mine"));
        Files.writeString(mine.resolve("notes.md"), "mine");
        Path good = Files.writeString(dir.resolve("good.ttl"), "<" + EX + "s> <" + EX + "p> 1 .\n");
        Cli run = Cli.run("load", "--db", mine.toString(), good.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().startsWith("kg: " + mine + " is not a kg database"), run.err());
        assertFalse(Files.exists(mine.resolve("tdb2")));
    }

    @Test
    void noFileIsAUsageErrorAndHelpShowsExamples() {
        Cli none = Cli.run("load", "--db", dir.resolve("db").toString());
        assertEquals(2, none.exit());
        assertTrue(none.err().contains("FILE"), none.err());
        assertFalse(Files.exists(dir.resolve("db")), "no database made");
        Cli help = Cli.run("load", "--help");
        assertEquals(0, help.exit());
        assertTrue(help.out().contains("--db=DIR") && help.out().contains("(default: data)")
                && help.out().contains("kg load seeds/xuzhou-2005.txt"), help.out());
    }
}
