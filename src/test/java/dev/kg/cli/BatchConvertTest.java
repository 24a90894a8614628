package dev.kg.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kg.SampleGraph;
import dev.kg.convert.ArticleConverter;
import dev.kg.convert.ConvertOptions;
import dev.kg.source.Article;
import dev.kg.source.ArticleReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kg convert} over folders and JSON Lines, on several threads. */
class BatchConvertTest {
    private static final Path INVENTED = Path.of("src/test/resources/corpus/invented");
    private static final Path SEED = Path.of("seeds/xuzhou-2005.txt");

    @TempDir
    Path dir;

    @Test
    void aFolderConvertsEveryTxtInsideRecursivelyAndNothingElse() throws IOException {
        Path in = dir.resolve("in");
        Files.createDirectories(in.resolve("sub/deeper"));
        Files.writeString(in.resolve("a.txt"), SampleGraph.TEXT);
        Files.writeString(in.resolve("sub/deeper/b.txt"), SampleGraph.TEXT);
        Files.writeString(in.resolve("sub/b.gold.json"), "{}");
        Files.writeString(in.resolve("sub/notes.md"), "# 示例");
        Path out = dir.resolve("out");
        Cli run = Cli.run("convert", in.toString(), "-o", out.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals(List.of("a.ttl", "b.ttl"), names(out));
        Model b = RDFDataMgr.loadModel(out.resolve("b.ttl").toString());
        assertTrue(b.isIsomorphicWith(new ArticleConverter().convert(
                new ArticleReader().read(in.resolve("sub/deeper/b.txt")), ConvertOptions.defaults())));
    }

    @Test
    void jsonLinesConvertTheGoodLinesAndNameEachBadOneWithItsLine() throws IOException {
        Path jsonl = dir.resolve("news.jsonl");
        Files.writeString(jsonl, String.join("\n",
                "{\"id\":\"n1\",\"text\":\"" + SampleGraph.TEXT + "\",\"published\":\"2005-03-06\",\"source\":\"http://example.org/1\"}",
                "{\"id\":\"n2\",\"text\":",
                "{\"id\":\"n3\"}",
                "{\"id\":\"../n4\",\"text\":\"" + SampleGraph.TEXT + "\"}",
                "",
                "{\"id\":\"n6\",\"text\":\"" + SampleGraph.TEXT + "\",\"published\":\"6 March\"}",
                "{\"id\":\"n7\",\"text\":\"" + SampleGraph.TEXT + "\"}") + "\n");
        Path out = dir.resolve("out");
        Cli run = Cli.run("convert", jsonl.toString(), "-o", out.toString());
        assertEquals(1, run.exit(), run.err());
        assertEquals(List.of("n1.ttl", "n7.ttl"), names(out));
        for (String bad : List.of(":2: not JSON", ":3: no \"text\"", ":4: id \"../n4\" is not safe",
                ":6: \"published\" 6 March is not a date")) {
            assertTrue(run.errLines().stream().anyMatch(l -> l.startsWith("kg: " + jsonl + bad)), bad + "\n" + run.err());
        }
        String summary = run.errLines().get(run.errLines().size() - 1);
        assertTrue(summary.startsWith("converted 2 of 6 articles ("), summary);
        // the line's own publication date reaches the converter, as --published would
        Model n1 = RDFDataMgr.loadModel(out.resolve("n1.ttl").toString());
        Model expected = new ArticleConverter().convert(new Article("n1", "x", SampleGraph.TEXT),
                ConvertOptions.defaults().withPublished(LocalDate.of(2005, 3, 6)));
        assertTrue(n1.isIsomorphicWith(expected));
        Model undated = new ArticleConverter().convert(new Article("n1", "x", SampleGraph.TEXT), ConvertOptions.defaults());
        assertFalse(n1.isIsomorphicWith(undated), "the date makes a difference to this article");
    }

    @Test
    void duplicateIdsAreRefusedNamingBothAndNothingIsWritten() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), SampleGraph.TEXT);
        Path jsonl = Files.writeString(dir.resolve("more.jsonl"),
                "{\"id\":\"a\",\"text\":\"" + SampleGraph.TEXT + "\"}\n");
        Path out = dir.resolve("out");
        Cli run = Cli.run("convert", in.toString(), jsonl.toString(), "-o", out.toString());
        assertEquals(2, run.exit(), run.err());
        String line = run.errLines().get(0);
        assertTrue(line.contains(in.resolve("a.txt").toString()) && line.contains(jsonl + ":1")
                && line.contains("same id 'a'"), line);
        assertFalse(Files.exists(out), "nothing converted");
    }

    @Test
    void fourThreadsWriteTheSameBytesAsOne() throws IOException {
        Path one = dir.resolve("one");
        Path four = dir.resolve("four");
        Cli a = Cli.run("convert", SEED.toString(), INVENTED.toString(), "-o", one.toString(), "--threads", "1");
        Cli b = Cli.run("convert", SEED.toString(), INVENTED.toString(), "-o", four.toString(), "--threads", "4");
        assertEquals(0, a.exit(), a.err());
        assertEquals(0, b.exit(), b.err());
        List<String> names = names(one);
        assertTrue(names.size() > 20, names.toString());
        assertEquals(names, names(four));
        for (String name : names) {
            assertArrayEquals(Files.readAllBytes(one.resolve(name)), Files.readAllBytes(four.resolve(name)), name);
        }
        assertEquals(a.errLines().get(a.errLines().size() - 1).replace(one.toString(), "OUT"),
                b.errLines().get(b.errLines().size() - 1).replace(four.toString(), "OUT"), "the same summary");
    }

    @Test
    void theSummaryCountsArticlesAndTriples() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), SampleGraph.TEXT);
        Files.copy(SEED, in.resolve("b.txt"));
        Files.write(in.resolve("c.txt"), new byte[0]);
        Path out = dir.resolve("out");
        Cli run = Cli.run("convert", in.toString(), "-o", out.toString(), "--threads", "2");
        assertEquals(1, run.exit(), run.err());
        long triples = 0;
        for (String name : List.of("a.ttl", "b.ttl")) {
            triples += RDFDataMgr.loadModel(out.resolve(name).toString()).size();
        }
        assertEquals("converted 2 of 3 articles (" + triples + " triples) into " + out + "; failed: "
                + in.resolve("c.txt") + " (empty file)", run.errLines().get(run.errLines().size() - 1));
    }

    @Test
    void anEmptyFolderIsReported() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Cli run = Cli.run("convert", in.toString(), "-o", dir.resolve("out").toString());
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().contains(in + ": no *.txt files in this folder"), run.err());
    }

    @Test
    void threadsBelowOneIsAUsageError() {
        Cli run = Cli.run("convert", SEED.toString(), "-o", dir.resolve("x.ttl").toString(), "--threads", "0");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("--threads must be at least 1"), run.err());
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
