package dev.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kg.Fifo;
import dev.kg.SampleGraph;
import dev.kg.convert.ArticleConverter;
import dev.kg.convert.ConvertOptions;
import dev.kg.rdf.RdfFormat;
import dev.kg.source.ArticleReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ConvertCommandTest {
    @TempDir
    Path dir;

    @Test
    void convertsOneArticleToParseableTurtle() throws IOException {
        Path article = article("a.txt");
        Path out = dir.resolve("a.ttl");
        Cli run = Cli.run("convert", article.toString(), "-o", out.toString());
        assertEquals(0, run.exit(), run.err());
        Model written = RDFDataMgr.loadModel(out.toString(), Lang.TURTLE);
        assertTrue(written.isIsomorphicWith(direct(article)), "the file holds what the converter made");
        assertTrue(run.err().contains("converted 1 of 1 article"), run.err());
        assertEquals("", run.out(), "stdout stays clean");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(RdfFormat.class)
    void everyFormatParsesBackToTheConvertersGraph(RdfFormat format) throws IOException {
        Path article = article("a.txt");
        Path out = dir.resolve("a.out");
        Cli run = Cli.run("convert", article.toString(), "-o", out.toString(), "--format", format.toString());
        assertEquals(0, run.exit(), run.err());
        // TriG and N-Quads hold it in the article's named graph: read every graph
        Model back = ModelFactory.createDefaultModel();
        RDFDataMgr.loadDatasetGraph(out.toString(), format.lang()).find().forEachRemaining(q -> back.getGraph().add(q.asTriple()));
        assertTrue(back.isIsomorphicWith(direct(article)), format.toString());
    }

    @Test
    void formatFollowsTheOutputExtensionWhenNotGiven() throws IOException {
        Path out = dir.resolve("a.rdf");
        assertEquals(0, Cli.run("convert", article("a.txt").toString(), "-o", out.toString()).exit());
        assertTrue(Files.readString(out).contains("rdf:RDF"), "RDF/XML expected");
    }

    @Test
    void outputEndingInSlashIsAFolder() throws IOException {
        Path article = article("d07.txt");
        Cli run = Cli.run("convert", article.toString(), "-o", dir.resolve("out") + "/", "-f", "nt");
        assertEquals(0, run.exit(), run.err());
        assertTrue(Files.isRegularFile(dir.resolve("out/d07.nt")));
    }

    @Test
    void badInputExitsOneWithOneLineNamingTheFileAndWritesNothing() throws IOException {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Path out = dir.resolve("empty.ttl");
        Cli run = Cli.run("convert", empty.toString(), "-o", out.toString());
        assertEquals(1, run.exit());
        List<String> problems = run.errLines().stream().filter(l -> l.contains(empty.toString())).toList();
        assertEquals(1, problems.size(), run.err());
        assertTrue(problems.get(0).contains("empty file"), problems.get(0));
        assertFalse(Files.exists(out), "no output for a bad input");
        try (var files = Files.list(dir)) {
            assertEquals(List.of(empty), files.toList(), "no temporary file either");
        }
    }

    @Test
    void severalInputsWithOneBadConvertTheGoodOnesAndNameTheBadOne() throws IOException {
        Path a = article("a.txt");
        Path b = article("b.txt");
        Path gbk = Files.write(dir.resolve("c.txt"), SampleGraph.TEXT.getBytes(Charset.forName("GBK")));
        Path out = dir.resolve("out");
        Cli run = Cli.run("convert", a.toString(), gbk.toString(), b.toString(), "-o", out.toString());
        assertEquals(1, run.exit());
        assertTrue(Files.isRegularFile(out.resolve("a.ttl")));
        assertTrue(Files.isRegularFile(out.resolve("b.ttl")));
        assertFalse(Files.exists(out.resolve("c.ttl")));
        String summary = run.errLines().get(run.errLines().size() - 1);
        assertTrue(summary.startsWith("converted 2 of 3 articles ("), summary);
        assertTrue(summary.contains("; failed: c.txt (not valid UTF-8 at byte"), summary);
    }

    @Test
    void invalidPublishedDateIsAUsageError() throws IOException {
        Cli run = Cli.run("convert", article("a.txt").toString(), "-o", dir.resolve("a.ttl").toString(),
                "--published", "2005-9-14");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("--published") && run.err().contains("YYYY-MM-DD"), run.err());
        assertFalse(Files.exists(dir.resolve("a.ttl")));
    }

    @Test
    void invalidBaseIsAUsageError() throws IOException {
        for (String base : List.of("not an iri", "relative/", "https://example.org/id")) {
            Cli run = Cli.run("convert", article("a.txt").toString(), "-o", dir.resolve("a.ttl").toString(),
                    "--base", base);
            assertEquals(2, run.exit(), base);
            assertTrue(run.err().contains("--base"), run.err());
        }
    }

    @Test
    void severalInputsCannotGoToOneExistingFile() throws IOException {
        Path file = Files.writeString(dir.resolve("out.ttl"), "keep");
        Cli run = Cli.run("convert", article("a.txt").toString(), article("b.txt").toString(), "-o", file.toString());
        assertEquals(2, run.exit());
        assertEquals("keep", Files.readString(file));
    }

    @Test
    void twoInputsWithTheSameNameWouldCollide() throws IOException {
        Path one = article("a.txt");
        Files.createDirectories(dir.resolve("x"));
        Path two = Files.writeString(dir.resolve("x/a.txt"), SampleGraph.TEXT);
        Cli run = Cli.run("convert", one.toString(), two.toString(), "-o", dir.resolve("out").toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("would both be written"), run.err());
    }

    @Test
    void helpWorks() {
        Cli run = Cli.run("convert", "--help");
        assertEquals(0, run.exit());
        assertTrue(run.out().contains("--format") && run.out().contains(ConvertOptions.DEFAULT_BASE + ")"),
                run.out());
    }

    @Test
    void refusesToWriteOverItsInputHoweverTheOutputIsSpelled() throws IOException {
        Path article = article("a.txt");
        Path link = Files.createSymbolicLink(dir.resolve("link.ttl"), article);
        Files.createDirectories(dir.resolve("sub"));
        for (String out : List.of(article.toString(), dir + "/./a.txt", dir + "/sub/../a.txt", link.toString())) {
            Cli run = Cli.run("convert", article.toString(), "-o", out, "--force");
            assertEquals(2, run.exit(), out);
            assertEquals(1, run.errLines().size(), run.err());
            assertTrue(run.err().startsWith("kg: cannot write " + out + ": it is the input " + article), run.err());
            assertEquals(SampleGraph.TEXT, Files.readString(article), "the article is still there");
        }
        assertTrue(Files.isSymbolicLink(link));
    }

    @Test
    void refusesToWriteOverAnInputInFolderModeToo() throws IOException {
        Path article = Files.writeString(dir.resolve("a.ttl"), SampleGraph.TEXT); // an article named .ttl
        Cli run = Cli.run("convert", article.toString(), article("b.txt").toString(), "-o", dir.toString(),
                "--force");
        assertEquals(2, run.exit(), run.err());
        assertTrue(run.err().contains("it is the input " + article), run.err());
        assertEquals(SampleGraph.TEXT, Files.readString(article));
        assertFalse(Files.exists(dir.resolve("b.ttl")), "nothing written when the run is refused");
    }

    @Test
    void refusesToReplaceASymbolicLinkEvenWithForce() throws IOException {
        Path victim = Files.writeString(dir.resolve("victim.ttl"), "keep");
        Path link = Files.createSymbolicLink(dir.resolve("link.ttl"), victim);
        Cli run = Cli.run("convert", article("a.txt").toString(), "-o", link.toString(), "--force");
        assertEquals(2, run.exit());
        assertEquals(List.of("kg: cannot write " + link + ": it is a symbolic link, which kg never replaces"
                + " (write to a path that is not a link)"), run.errLines());
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("keep", Files.readString(victim));
    }

    @Test
    void refusesToWriteIntoAPipe() throws Exception {
        Path fifo = dir.resolve("a.ttl");
        assumeTrue(Fifo.make(fifo), "mkfifo is not available here");
        Cli run = Cli.run("convert", article("a.txt").toString(), "-o", fifo.toString(), "--force");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains(fifo + ": it is not a regular file"), run.err());
        assertFalse(Files.isRegularFile(fifo));
    }

    @Test
    void refusesAnExistingOutputWithoutForceAndReplacesItWithForce() throws IOException {
        Path article = article("a.txt");
        Path out = Files.writeString(dir.resolve("a.ttl"), "keep");
        Cli run = Cli.run("convert", article.toString(), "-o", out.toString());
        assertEquals(2, run.exit());
        assertEquals(List.of("kg: cannot write " + out + ": it exists (give --force to replace it)"), run.errLines());
        assertEquals("keep", Files.readString(out));

        Cli forced = Cli.run("convert", article.toString(), "-o", out.toString(), "--force");
        assertEquals(0, forced.exit(), forced.err());
        assertTrue(RDFDataMgr.loadModel(out.toString(), Lang.TURTLE).isIsomorphicWith(direct(article)));
    }

    @Test
    void refusesExistingOutputsInAFolderBeforeWritingAnything() throws IOException {
        Path a = article("a.txt");
        Path b = article("b.txt");
        Path c = article("c.txt");
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("b.ttl"), "keep b");
        Files.writeString(out.resolve("c.ttl"), "keep c");
        Cli run = Cli.run("convert", a.toString(), b.toString(), c.toString(), "-o", out.toString());
        assertEquals(2, run.exit());
        assertEquals(List.of("kg: cannot write " + out.resolve("b.ttl") + ": it exists (give --force to replace it)"
                + " (and 1 more outputs that cannot be written)"), run.errLines());
        assertFalse(Files.exists(out.resolve("a.ttl")), "nothing written when the run is refused");
        assertEquals("keep b", Files.readString(out.resolve("b.ttl")));

        Cli forced = Cli.run("convert", a.toString(), b.toString(), c.toString(), "-o", out.toString(), "--force");
        assertEquals(0, forced.exit(), forced.err());
        assertTrue(RDFDataMgr.loadModel(out.resolve("c.ttl").toString()).isIsomorphicWith(direct(c)));
    }

    @Test
    void removesTheTemporaryFilesOfAKilledRunAndSaysSo() throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        Cli first = Cli.run("convert", article("a.txt").toString(), article("b.txt").toString(), "-o", out.toString());
        assertEquals(0, first.exit(), first.err());
        // what a run killed while writing b.ttl leaves: the temporary file GraphWriter writes first
        Path stale = out.resolve(".b.ttl." + UUID.randomUUID() + ".kg-tmp");
        Files.writeString(stale, "@prefix half");
        Path someoneElses = Files.writeString(out.resolve(".notes.txt.tmp"), "keep");
        Cli again = Cli.run("convert", dir.resolve("a.txt").toString(), dir.resolve("b.txt").toString(),
                "-o", out.toString(), "--force");
        assertEquals(0, again.exit(), again.err());
        assertFalse(Files.exists(stale));
        assertEquals("keep", Files.readString(someoneElses));
        assertTrue(again.errLines().get(0).startsWith("kg: removed 1 temporary file left in " + out), again.err());
        try (var files = Files.list(out)) {
            assertEquals(List.of(".kg-manifest.tsv", ".notes.txt.tmp", "a.ttl", "b.ttl"),
                    files.map(f -> f.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void aParentThatIsAFileIsTheReasonGiven() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        Path out = empty.resolve("x.ttl");
        Cli run = Cli.run("convert", article("a.txt").toString(), "-o", out.toString());
        assertEquals(2, run.exit());
        assertEquals(List.of("kg: cannot write " + out + ": " + empty + " is a file, not a folder"), run.errLines());
        assertEquals("", Files.readString(empty));
    }

    @Test
    void dashWritesOneArticleToStdoutInUtf8() throws IOException {
        Path article = article("a.txt");
        // RDF goes to stdout as bytes (UTF-8 whatever the locale), so capture the bytes themselves
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        PrintStream original = System.out;
        Cli run;
        try {
            System.setOut(new PrintStream(stdout, true, StandardCharsets.ISO_8859_1));
            run = Cli.run("convert", article.toString(), "-o", "-", "--format", "nt");
        } finally {
            System.setOut(original);
        }
        assertEquals(0, run.exit(), run.err());
        Model printed = ModelFactory.createDefaultModel();
        RDFDataMgr.read(printed, new ByteArrayInputStream(stdout.toByteArray()), Lang.NTRIPLES);
        assertTrue(printed.isIsomorphicWith(direct(article)));
        assertTrue(stdout.toString(StandardCharsets.UTF_8).contains(SampleGraph.TEXT), "the article's text, in UTF-8");
        assertTrue(run.err().contains("converted 1 of 1 article (" + direct(article).size() + " triples) to stdout"), run.err());
        assertFalse(Files.exists(dir.resolve("-")), "no file named -");
    }

    @Test
    void dashTakesOnlyOneInput() throws IOException {
        Cli run = Cli.run("convert", article("a.txt").toString(), article("b.txt").toString(), "-o", "-");
        assertEquals(2, run.exit());
        assertTrue(run.errLines().get(0).contains("-o - (stdout) takes one input, but 2 were given"), run.err());
        assertEquals("", run.out());
    }

    private Path article(String name) throws IOException {
        return Files.writeString(dir.resolve(name), SampleGraph.TEXT, StandardCharsets.UTF_8);
    }

    private static Model direct(Path article) {
        return new ArticleConverter().convert(new ArticleReader().read(article), ConvertOptions.defaults());
    }
}
