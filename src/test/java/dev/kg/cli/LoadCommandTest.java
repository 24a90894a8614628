package dev.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kg.store.KgDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
        assertTrue(first.out().contains("Loaded 2 files (2 new graphs, 0 replaced) into " + db
                + ", which now holds 2 graphs, 3 triples."), first.out());

        Files.writeString(a, "<" + EX + "s> <" + EX + "p> 3 .\n");
        Cli again = Cli.run("load", "--db", db.toString(), a.toString());
        assertEquals(0, again.exit(), again.err());
        assertTrue(again.out().contains(a + ": 1 triple in <" + a.toUri() + "> (replaced)"), again.out());
        assertTrue(again.out().contains("which now holds 2 graphs, 2 triples."), again.out());
        assertTrue(Files.isRegularFile(db.resolve(KgDatabase.MARKER)));
    }

    @Test
    void aFailedFileIsReportedAndTheOthersAreStillLoaded() throws IOException {
        Path db = dir.resolve("db");
        Path bad = Files.writeString(dir.resolve("bad.ttl"), "<" + EX + "s> <" + EX + "p> .\n");
        Path good = Files.writeString(dir.resolve("good.ttl"), "<" + EX + "s> <" + EX + "p> 1 .\n");
        Cli run = Cli.run("load", "--db", db.toString(), bad.toString(), good.toString());
        assertEquals(1, run.exit());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.err().startsWith("kg: " + bad + ":1:"), run.err());
        assertTrue(run.out().contains("Loaded 1 of 2 files (1 new graph, 0 replaced)")
                && run.out().contains("holds 1 graph, 1 triple."),
                run.out());
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
