package dev.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvalCommandTest {
    /** Gold names a person the text does not contain, so no converter can reach persons F1 above 0. */
    private static final String GOLD = """
            {"id": "a", "source": null, "published": "2009-03-05",
             "persons": [{"name": "甲乙丙"}], "organizations": [], "places": [],
             "positions": [], "events": []}
            """;

    @TempDir
    Path corpus;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void writeCorpus() throws IOException {
        Files.writeString(corpus.resolve("a.txt"), "今天召开会议。\n");
        Files.writeString(corpus.resolve("a.gold.json"), GOLD);
    }

    private int run(String... args) {
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 1];
        all[0] = "eval";
        System.arraycopy(args, 0, all, 1, args.length);
        return cli.execute(all);
    }

    @Test
    void printsATablePerArticleAndForTheCorpus() {
        assertEquals(0, run(corpus.toString(), "--no-baseline", "--verbose"), err.toString());
        assertTrue(out.toString().contains("== a =="), out.toString());
        assertTrue(out.toString().contains("== corpus: 1 articles, micro-averaged =="), out.toString());
        assertTrue(out.toString().contains("  - missing persons: 甲乙丙"), out.toString());
        assertFalse(out.toString().contains("HanLP"), out.toString());
    }

    @Test
    void aMissedThresholdExitsOneAndSaysWhich() {
        assertEquals(1, run(corpus.toString(), "--no-baseline", "--min-f1", "persons=0.5"));
        assertTrue(err.toString().contains("persons F1 0.000 is below the threshold 0.500"), err.toString());
    }

    @Test
    void aMetThresholdExitsZero() {
        assertEquals(0, run(corpus.toString(), "--no-baseline", "--min-f1", "persons=0,events=1.0"), err.toString());
    }

    @Test
    void markdownGivesCorpusTotalsBesideTheBaseline() {
        assertEquals(0, run(corpus.toString(), "--markdown"), err.toString());
        String md = out.toString();
        assertTrue(md.startsWith("| category | P | R | F1 | HanLP P | HanLP R | HanLP F1 |\n"), md);
        assertTrue(md.contains("\n| persons | 0.00 | 0.00 | 0.00 |"), md);
        assertTrue(md.contains("\n| events | 1.00 | 1.00 | 1.00 | n/a | n/a | n/a |"), md);
    }

    @Test
    void anUnknownCategoryIsAUsageError() {
        assertEquals(2, run(corpus.toString(), "--min-f1", "people=0.5"));
        assertTrue(err.toString().contains("unknown category 'people'"), err.toString());
    }

    @Test
    void aBadValueIsAUsageError() {
        assertEquals(2, run(corpus.toString(), "--min-f1", "persons=high"));
        assertTrue(err.toString().contains("'high' is not a number"), err.toString());
        assertEquals(2, run(corpus.toString(), "--min-f1", "persons=1.5"));
        assertTrue(err.toString().contains("1.5 is not between 0 and 1"), err.toString());
    }

    @Test
    void aCorpusWithoutGoldIsAUsageError(@TempDir Path empty) throws IOException {
        Files.writeString(empty.resolve("b.txt"), "今天召开会议。\n");
        assertEquals(2, run(empty.toString()));
        assertTrue(err.toString().contains("no NAME.txt with a NAME.gold.json beside it"), err.toString());
    }

    @Test
    void aMissingDirectoryIsAUsageError() {
        assertEquals(2, run(corpus.resolve("nowhere").toString()));
        assertTrue(err.toString().contains("not a directory"), err.toString());
    }
}
