package dev.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kg.SampleGraph;
import dev.kg.convert.ArticleConverter;
import dev.kg.convert.ConvertOptions;
import dev.kg.convert.Manifest;
import dev.kg.source.ArticleReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Re-running {@code kg convert} into the same folder converts only what changed (the folder's manifest). */
class SkipUnchangedTest {
    private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2001-01-01T00:00:00Z"));

    @TempDir
    Path dir;
    Path in;
    Path out;

    @BeforeEach
    void firstRun() throws IOException {
        in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), SampleGraph.TEXT);
        Files.writeString(in.resolve("b.txt"), "4" + SampleGraph.TEXT);
        out = dir.resolve("out");
        Cli first = convert();
        assertEquals(0, first.exit(), first.err());
        assertTrue(Files.isRegularFile(out.resolve(Manifest.NAME)), "the manifest is written");
        for (String name : List.of("a.ttl", "b.ttl")) {
            Files.setLastModifiedTime(out.resolve(name), LONG_AGO); // a rewrite would change it
        }
    }

    @Test
    void aRerunSkipsUnchangedArticlesAndSaysHowMany() throws IOException {
        Cli again = convert();
        assertEquals(0, again.exit(), again.err());
        assertTrue(summary(again).startsWith("converted 0 of 2 articles (0 triples) into " + out
                + "; 2 unchanged since the last run, skipped"), again.err());
        assertEquals(LONG_AGO, Files.getLastModifiedTime(out.resolve("a.ttl")), "not written again");
        assertEquals(LONG_AGO, Files.getLastModifiedTime(out.resolve("b.ttl")), "not written again");
    }

    @Test
    void aChangedArticleIsConvertedAgainAndOnlyIt() throws IOException {
        Files.writeString(in.resolve("b.txt"), "5" + SampleGraph.TEXT);
        Cli again = convert();
        assertEquals(0, again.exit(), again.err());
        assertTrue(summary(again).startsWith("converted 1 of 2 articles"), again.err());
        assertTrue(summary(again).contains("; 1 unchanged since the last run, skipped"), again.err());
        assertEquals(LONG_AGO, Files.getLastModifiedTime(out.resolve("a.ttl")));
        assertTrue(graph("b.ttl").isIsomorphicWith(direct("b.txt", ConvertOptions.defaults())), "b holds the new text");
    }

    @Test
    void aDeletedOutputIsMadeAgain() throws IOException {
        Files.delete(out.resolve("a.ttl"));
        Cli again = convert();
        assertEquals(0, again.exit(), again.err());
        assertTrue(summary(again).startsWith("converted 1 of 2 articles"), again.err());
        assertTrue(graph("a.ttl").isIsomorphicWith(direct("a.txt", ConvertOptions.defaults())));
    }

    @Test
    void forceConvertsEveryArticleAgain() throws IOException {
        Cli again = convert("--force");
        assertEquals(0, again.exit(), again.err());
        assertTrue(summary(again).startsWith("converted 2 of 2 articles"), again.err());
        assertFalse(summary(again).contains("skipped"), again.err());
        assertFalse(LONG_AGO.equals(Files.getLastModifiedTime(out.resolve("a.ttl"))), "written again");
    }

    @Test
    void anOptionThatChangesTheGraphConvertsAgain() throws IOException {
        Cli again = convert("--base", "https://example.org/id/");
        assertEquals(0, again.exit(), again.err());
        assertTrue(summary(again).startsWith("converted 2 of 2 articles"), again.err());
        assertTrue(graph("a.ttl").isIsomorphicWith(
                direct("a.txt", new ConvertOptions("https://example.org/id/", java.util.Optional.empty()))));
    }

    /** A run killed after claiming a.ttl but before recording its hash: a.ttl may be stale, so it is made again. */
    @Test
    void anOutputClaimedButNotRecordedByAKilledRunIsMadeAgain() throws IOException {
        Files.writeString(out.resolve("a.ttl"), "@prefix half");
        Files.writeString(out.resolve(Manifest.NAME), "a\t-\ta.ttl\n", StandardOpenOption.APPEND);
        Cli again = convert();
        assertEquals(0, again.exit(), again.err());
        assertTrue(summary(again).startsWith("converted 1 of 2 articles"), again.err());
        assertTrue(graph("a.ttl").isIsomorphicWith(direct("a.txt", ConvertOptions.defaults())));
        assertEquals(LONG_AGO, Files.getLastModifiedTime(out.resolve("b.ttl")));
    }

    @Test
    void anOutputKgDidNotRecordIsStillRefusedWithoutForce() throws IOException {
        Files.writeString(in.resolve("c.txt"), SampleGraph.TEXT);
        Files.writeString(out.resolve("c.ttl"), "mine");
        Cli again = convert();
        assertEquals(2, again.exit(), again.err());
        assertTrue(again.err().contains("cannot write " + out.resolve("c.ttl") + ": it exists"), again.err());
        assertEquals("mine", Files.readString(out.resolve("c.ttl")));
    }

    @Test
    void aManifestKgDidNotWriteIsNeitherReadNorReplaced() throws IOException {
        Files.writeString(out.resolve(Manifest.NAME), "my own notes\n");
        Cli again = convert("--force");
        assertEquals(2, again.exit(), again.err());
        assertTrue(again.err().contains("it was not written by kg convert"), again.err());
        assertEquals("my own notes\n", Files.readString(out.resolve(Manifest.NAME)));
    }

    private Cli convert(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("convert", in.toString(), "-o", out.toString()));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    private Model graph(String name) {
        return RDFDataMgr.loadModel(out.resolve(name).toString());
    }

    private Model direct(String name, ConvertOptions options) {
        return new ArticleConverter().convert(new ArticleReader().read(in.resolve(name)), options);
    }

    private static String summary(Cli run) {
        return run.errLines().get(run.errLines().size() - 1);
    }
}
