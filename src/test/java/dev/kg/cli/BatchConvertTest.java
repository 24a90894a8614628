package dev.kg.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kg.SampleGraph;
import dev.kg.convert.ArticleConverter;
import dev.kg.convert.ConvertOptions;
import dev.kg.convert.Manifest;
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
                ConvertOptions.defaults().withPublished(LocalDate.of(2005, 3, 6)).withSource("http://example.org/1"));
        assertTrue(n1.isIsomorphicWith(expected));
        Model undated = new ArticleConverter().convert(new Article("n1", "x", SampleGraph.TEXT),
                ConvertOptions.defaults().withSource("http://example.org/1"));
        assertFalse(n1.isIsomorphicWith(undated), "the date makes a difference to this article");
    }

    @Test
    void aLinesSourceBecomesTheArticlesDctermsSourceAndAnythingButAnHttpIriIsRefused() throws IOException {
        String text = "\",\"text\":\"" + SampleGraph.TEXT + "\"";
        Path jsonl = Files.writeString(dir.resolve("news.jsonl"), String.join("\n",
                "{\"id\":\"s1\",\"source\":\"https://news.example.org/2005/03/06/1.html" + text + "}",
                "{\"id\":\"s2\",\"source\":\"news/1.html" + text + "}",
                "{\"id\":\"s3\",\"source\":\"ftp://example.org/1.txt" + text + "}",
                "{\"id\":\"s4\",\"source\":\"人民日报" + text + "}",
                "{\"id\":\"s5" + text + "}") + "\n");
        Path out = dir.resolve("out");
        Cli run = Cli.run("convert", jsonl.toString(), "-o", out.toString());
        assertEquals(1, run.exit(), run.err());
        assertEquals(List.of("s1.ttl", "s5.ttl"), names(out));
        for (int line : List.of(2, 3, 4)) {
            assertTrue(run.errLines().stream().anyMatch(l -> l.startsWith("kg: " + jsonl + ":" + line + ": \"source\" ")
                    && l.contains("is not an absolute http(s) IRI")), line + "\n" + run.err());
        }
        Model s1 = RDFDataMgr.loadModel(out.resolve("s1.ttl").toString());
        org.apache.jena.rdf.model.Resource article = s1.createResource(ConvertOptions.DEFAULT_BASE + "s1");
        assertEquals(s1.createResource("https://news.example.org/2005/03/06/1.html"),
                article.getPropertyResourceValue(org.apache.jena.vocabulary.DCTerms.source));
        assertTrue(new dev.kg.rdf.validate.GraphValidator(dev.kg.vocab.Ontology.load()).validate(s1).conforms(),
                "conforms to the shapes");
        Model s5 = RDFDataMgr.loadModel(out.resolve("s5.ttl").toString());
        assertFalse(s5.createResource(ConvertOptions.DEFAULT_BASE + "s5").hasProperty(org.apache.jena.vocabulary.DCTerms.source),
                "no source, no dcterms:source");
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

    @Test
    void manySmallJsonLinesArticlesStreamThroughEveryThread() throws IOException {
        StringBuilder lines = new StringBuilder();
        int n = 150;
        for (int i = 0; i < n; i++) {
            lines.append("{\"id\":\"m").append(i).append("\",\"text\":\"").append(i).append("日，")
                    .append(SampleGraph.TEXT).append("\"}\n");
        }
        Path jsonl = Files.writeString(dir.resolve("many.jsonl"), lines);
        Path out = dir.resolve("out");
        Cli run = Cli.run("convert", jsonl.toString(), "-o", out.toString(), "--threads", "2");
        assertEquals(0, run.exit(), run.err());
        assertEquals(n, names(out).size());
        assertTrue(run.errLines().get(run.errLines().size() - 1).startsWith("converted " + n + " of " + n + " articles"),
                run.err());
    }

    @Test
    void anNqOutputHoldsEveryArticleAsItsNamedGraphTheSameOnEveryThreadCount() throws IOException {
        Path one = dir.resolve("one.nq");
        Path four = dir.resolve("four.nq");
        Cli a = Cli.run("convert", SEED.toString(), INVENTED.toString(), "-o", one.toString(), "--threads", "1");
        Cli b = Cli.run("convert", SEED.toString(), INVENTED.toString(), "-o", four.toString(), "--threads", "4");
        assertEquals(0, a.exit(), a.err());
        assertEquals(0, b.exit(), b.err());
        assertArrayEquals(Files.readAllBytes(one), Files.readAllBytes(four), "blank-node-free output is deterministic");
        assertEquals(List.of("four.nq", "one.nq"), names(dir), "no temporary file left");
        assertEachArticleIsItsGraph(one);
    }

    @Test
    void aTrigOutputParsesAsOneDatasetWithAGraphPerArticle() throws IOException {
        Path trig = dir.resolve("corpus.trig");
        Cli run = Cli.run("convert", SEED.toString(), INVENTED.toString(), "-o", trig.toString(), "--threads", "2");
        assertEquals(0, run.exit(), run.err());
        assertEachArticleIsItsGraph(trig);
    }

    @Test
    void stdoutTakesSeveralArticlesAsNQuadsAndRefusesThemAsTurtle() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), SampleGraph.TEXT);
        Files.writeString(in.resolve("b.txt"), "4" + SampleGraph.TEXT);
        java.io.PrintStream stdout = System.out;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        Cli run;
        try {
            System.setOut(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
            run = Cli.run("convert", in.toString(), "-o", "-", "--format", "nq");
        } finally {
            System.setOut(stdout);
        }
        assertEquals(0, run.exit(), run.err());
        org.apache.jena.query.Dataset ds = org.apache.jena.query.DatasetFactory.create();
        org.apache.jena.riot.RDFParser.fromString(captured.toString(java.nio.charset.StandardCharsets.UTF_8),
                org.apache.jena.riot.Lang.NQUADS).parse(ds);
        assertEquals(2, names(ds).size());
        Cli ttl = Cli.run("convert", in.toString(), "-o", "-");
        assertEquals(2, ttl.exit());
        assertTrue(ttl.err().contains("give --format nq or trig"), ttl.err());
    }

    @Test
    void aStreamIsPlacedOnlyWhenCompleteAndNotAtAllWhenNothingConverted() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.write(in.resolve("a.txt"), new byte[0]);
        Files.writeString(in.resolve("b.txt"), "no Chinese here");
        Path nq = dir.resolve("corpus.nq");
        Cli run = Cli.run("convert", in.toString(), "-o", nq.toString());
        assertEquals(1, run.exit(), run.err());
        assertEquals(List.of("in"), names(dir), "no output, no temporary file");
        Files.writeString(nq, "mine");
        Files.writeString(in.resolve("c.txt"), SampleGraph.TEXT);
        Cli refused = Cli.run("convert", in.toString(), "-o", nq.toString());
        assertEquals(2, refused.exit(), refused.err());
        assertTrue(refused.err().contains("it exists (give --force"), refused.err());
        assertEquals("mine", Files.readString(nq), "a file kg did not create is left alone");
    }

    private static void assertEachArticleIsItsGraph(Path file) throws IOException {
        org.apache.jena.query.Dataset ds = RDFDataMgr.loadDataset(file.toString());
        List<String> expected;
        try (Stream<Path> texts = Files.list(INVENTED)) {
            expected = Stream.concat(Stream.of(SEED), texts.filter(p -> p.toString().endsWith(".txt")))
                    .map(p -> ConvertOptions.DEFAULT_BASE + ArticleReader.idOf(p)).sorted().toList();
        }
        assertEquals(expected, names(ds));
        ArticleConverter converter = new ArticleConverter();
        for (Path p : List.of(SEED, INVENTED.resolve("details-01.txt"))) {
            Model alone = converter.convert(new ArticleReader().read(p), ConvertOptions.defaults());
            assertTrue(ds.getNamedModel(ConvertOptions.DEFAULT_BASE + ArticleReader.idOf(p)).isIsomorphicWith(alone),
                    p + " in " + file);
        }
    }

    private static List<String> names(org.apache.jena.query.Dataset ds) {
        List<String> names = new java.util.ArrayList<>();
        ds.listNames().forEachRemaining(names::add);
        return names.stream().sorted().toList();
    }

    /** The files in the folder, but the manifest kg keeps there (see {@link SkipUnchangedTest}). */
    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> !n.equals(Manifest.NAME)).sorted().toList();
        }
    }
}
