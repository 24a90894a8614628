package dev.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kg.SampleGraph;
import dev.kg.convert.ArticleConverter;
import dev.kg.convert.ConvertOptions;
import dev.kg.rdf.RdfFormat;
import dev.kg.source.ArticleReader;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
        assertTrue(summary.startsWith("converted 2 of 3 articles; failed: c.txt (not valid UTF-8 at byte"), summary);
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

    private Path article(String name) throws IOException {
        return Files.writeString(dir.resolve(name), SampleGraph.TEXT, StandardCharsets.UTF_8);
    }

    private static Model direct(Path article) {
        return new ArticleConverter().convert(new ArticleReader().read(article), ConvertOptions.defaults());
    }
}
