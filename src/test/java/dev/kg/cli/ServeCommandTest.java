package dev.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code kg serve} does before it blocks serving; the server itself is tested in KgServerIT. */
class ServeCommandTest {
    @TempDir
    Path dir;

    @Test
    void aPortOutOfRangeIsAUsageError() {
        Cli run = Cli.run("serve", "--port", "70000", "seeds/xuzhou-2005.txt");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("--port"), run.err());
    }

    @Test
    void badLimitsAreUsageErrors() {
        for (String[] bad : new String[][] {{"--timeout", "0"}, {"--max-rows", "0"},
                {"--allow-service", "http://127.0.0.1:8080/sparql"}}) {
            Cli run = Cli.run("serve", "--port", "0", bad[0], bad[1], "seeds/xuzhou-2005.txt");
            assertEquals(2, run.exit(), String.join(" ", bad));
            assertTrue(run.err().contains(bad[0]), run.err());
            assertEquals("", run.out(), "no endpoint announced");
        }
    }

    @Test
    void nothingLoadableMeansNothingServed() throws IOException {
        Path empty = Files.writeString(dir.resolve("e.txt"), " ");
        Cli run = Cli.run("serve", "--mem", "--port", "0", empty.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains(empty + ": empty file"), run.err());
        assertTrue(run.err().contains("nothing to serve"), run.err());
        assertFalse(run.out().contains("SPARQL endpoint"), "no endpoint announced: " + run.out());
    }

    @Test
    void memAndDbExcludeEachOther() {
        Path db = dir.resolve("db");
        Cli run = Cli.run("serve", "--mem", "--db", db.toString(), "--port", "0", "seeds/xuzhou-2005.txt");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("--mem and --db"), run.err());
        assertFalse(Files.exists(db), "no database made");
    }

    @Test
    void aFolderKgDidNotCreateIsNotServedNorWrittenTo() throws IOException {
        Path mine = Files.createDirectories(dir.resolve("mine"));
        Files.writeString(mine.resolve("notes.md"), "mine");
        Cli run = Cli.run("serve", "--db", mine.toString(), "--port", "0");
        assertEquals(2, run.exit());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.err().startsWith("kg: " + mine + " is not a kg database"), run.err());
        try (var list = Files.list(mine)) {
            assertEquals(1, list.count(), "nothing written into it");
        }
    }

    @Test
    void helpNamesTheDefaults() {
        Cli run = Cli.run("serve", "--help");
        assertEquals(0, run.exit());
        assertTrue(run.out().contains("default: 3030") && run.out().contains("seeds/"), run.out());
        assertTrue(run.out().contains("--db=DIR") && run.out().contains("(default: data)") && run.out().contains("--mem"),
                run.out());
        assertTrue(run.out().contains("--timeout=SECONDS") && run.out().contains("(default: 10)"), run.out());
        assertTrue(run.out().contains("(default: 10000)") && run.out().contains("--allow-service"), run.out());
    }

    @Test
    void aBadAdminPasswordIsRefusedBeforeServing() throws IOException {
        Path empty = Files.writeString(dir.resolve("admin-password"), "\n");
        Cli fromFile = Cli.run("serve", "--port", "0", "--admin-password-file", empty.toString(), "seeds/xuzhou-2005.txt");
        assertEquals(2, fromFile.exit(), fromFile.err());
        assertTrue(fromFile.err().contains(empty + ": the first line should be the admin password"), fromFile.err());
        assertEquals("", fromFile.out(), "no endpoint announced");

        Cli missing = Cli.run("serve", "--port", "0", "--admin-password-file", dir.resolve("none").toString(),
                "seeds/xuzhou-2005.txt");
        assertEquals(2, missing.exit(), missing.err());
        assertTrue(missing.err().contains("cannot read the admin password file"), missing.err());

        Cli both = Cli.run("serve", "--port", "0", "--admin-password", "x", "--admin-password-file", empty.toString(),
                "seeds/xuzhou-2005.txt");
        assertEquals(2, both.exit(), both.err());
        assertTrue(both.err().contains("not both"), both.err());
    }
}
