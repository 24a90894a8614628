package dev.kg.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kg.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job on Spark's {@code local[2]} master (two executor threads in this JVM, the UI off), against
 * {@code kg convert} run in-process on the same inputs: the same N-Quads, byte for byte once sorted.
 */
class ConvertJobTest {
    /** The repository root: Maven runs the module's tests in {@code spark/}. */
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static JavaSparkContext sc;

    @TempDir
    Path tmp;

    @BeforeAll
    static void start() {
        SparkConf conf = new SparkConf().setMaster("local[2]").setAppName("ConvertJobTest")
                .set("spark.ui.enabled", "false")
                .set("spark.ui.showConsoleProgress", "false")
                .set("spark.driver.host", "127.0.0.1")
                .set("spark.driver.bindAddress", "127.0.0.1");
        sc = new JavaSparkContext(conf);
    }

    @AfterAll
    static void stop() {
        sc.close();
    }

    /** The result of one run: exit status, stderr, and the sorted N-Quads lines of the *.nq files in OUT. */
    private record Run(int status, String err, List<String> quads) {
    }

    private Run job(String... args) throws IOException {
        StringWriter err = new StringWriter();
        int status = ConvertJob.commandLine(sc).setErr(new PrintWriter(err, true)).execute(args);
        System.err.print(err);
        return new Run(status, err.toString(), List.of());
    }

    private static List<String> sortedQuads(Path folder) throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".nq")).sorted().toList()) {
                lines.addAll(Files.readAllLines(f, StandardCharsets.UTF_8));
            }
        }
        lines.sort(null);
        return lines;
    }

    /** kg convert, as the CLI runs it: one .nq file per article into {@code out}. */
    private static int kgConvert(Path input, Path out) {
        return Main.commandLine().execute("convert", input.toString(), "-o", out + "/", "--format", "nq", "--threads", "1");
    }

    private static List<String> failedLines(Path out) throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.list(out)) {
            for (Path f : files.filter(p -> p.getFileName().toString().matches("failed-.*\\.tsv")).sorted().toList()) {
                lines.addAll(Files.readAllLines(f, StandardCharsets.UTF_8));
            }
        }
        return lines;
    }

    private static DatasetGraph parse(List<String> quads) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        RDFParser.fromString(String.join("\n", quads) + "\n", Lang.NQUADS).parse(dsg);
        return dsg;
    }

    @Test
    void devCorpusAndSeedGiveTheSameQuadsAsKgConvert() throws IOException {
        Path in = tmp.resolve("in");
        Path corpus = ROOT.resolve("../shared/corpus/dev").normalize();
        List<Path> sources = new ArrayList<>();
        if (Files.isDirectory(corpus)) {
            sources.add(corpus);
        } else {
            System.out.println("ConvertJobTest: no dev corpus at " + corpus
                    + "; using seeds/ and src/test/resources/corpus/invented instead");
            sources.add(ROOT.resolve("src/test/resources/corpus/invented"));
        }
        int articles = 0;
        for (Path source : sources) {
            try (Stream<Path> files = Files.list(source)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    if (!f.getFileName().toString().equals("URLS.txt")) { // a list of sources, not an article
                        Files.createDirectories(in);
                        Files.copy(f, in.resolve(f.getFileName()));
                        articles++;
                    }
                }
            }
        }
        // the seed one folder down: folders are searched recursively, as kg convert searches them
        Files.createDirectories(in.resolve("seeds"));
        Files.copy(ROOT.resolve("seeds/xuzhou-2005.txt"), in.resolve("seeds/xuzhou-2005.txt"));
        articles++;

        Path out = tmp.resolve("out");
        Run run = job("--partitions", "3", in.toString(), "-o", out.toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.err().contains("converted " + articles + " of " + articles + " articles"), run.err());
        List<Path> parts;
        try (Stream<Path> files = Files.list(out)) {
            parts = files.filter(p -> p.getFileName().toString().matches("part-r-\\d{5}\\.nq")).toList();
        }
        assertTrue(parts.size() >= 2 && parts.size() <= 3, "one file per partition: " + parts);
        assertTrue(failedLines(out).isEmpty());

        Path expected = tmp.resolve("kg");
        assertEquals(0, kgConvert(in, expected));
        List<String> quads = sortedQuads(out);
        List<String> kg = sortedQuads(expected);
        assertFalse(kg.isEmpty());
        assertEquals(String.join("\n", kg), String.join("\n", quads), "the job's N-Quads differ from kg convert's");
        assertEquals(articles, countGraphs(parse(quads)), "one named graph per article");
    }

    private static int countGraphs(DatasetGraph dsg) {
        int n = 0;
        for (var it = dsg.listGraphNodes(); it.hasNext(); it.next()) {
            n++;
        }
        return n;
    }

    @Test
    void jsonLinesGiveTheSameQuadsAsKgConvertAndABadLineIsReported() throws IOException {
        String seed = Files.readString(ROOT.resolve("seeds/xuzhou-2005.txt"));
        String invented = Files.readString(ROOT.resolve("src/test/resources/corpus/invented/details-01.txt"));
        Path jsonl = tmp.resolve("archive.jsonl");
        Files.writeString(jsonl, String.join("\n",
                "{\"id\":\"xuzhou\",\"text\":" + quoted(seed) + ",\"published\":\"2005-09-14\",\"source\":\"https://example.org/news/xuzhou.html\"}",
                "",
                "{\"id\":\"broken\",\"text\":}",
                "{\"id\":\"details\",\"text\":" + quoted(invented) + "}") + "\n");

        Path out = tmp.resolve("out");
        Run run = job(jsonl.toString(), "-o", out.toString(), "--partitions", "2");
        assertEquals(1, run.status(), run.err());
        assertTrue(run.err().contains("converted 2 of 3 articles"), run.err());
        List<String> failed = failedLines(out);
        assertEquals(1, failed.size(), failed.toString());
        assertTrue(failed.get(0).matches("-\t\\S*archive\\.jsonl:3\tnot JSON: .*"), failed.get(0));

        Path expected = tmp.resolve("kg");
        assertEquals(1, kgConvert(jsonl, expected)); // kg convert reports the same line and converts the rest
        assertEquals(String.join("\n", sortedQuads(expected)), String.join("\n", sortedQuads(out)));
        assertEquals(2, countGraphs(parse(sortedQuads(out))));
    }

    @Test
    void baseAndPublishedMeanWhatTheyMeanInKgConvert() throws IOException {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        for (String name : List.of("details-01.txt", "details-03.txt")) {
            Files.copy(ROOT.resolve("src/test/resources/corpus/invented/" + name), in.resolve(name));
        }
        Path out = tmp.resolve("out");
        String[] options = {"--base", "https://example.org/news/", "--published", "2021-06-30"};
        Run run = job(options[0], options[1], options[2], options[3], in.toString(), "-o", out.toString());
        assertEquals(0, run.status(), run.err());

        Path expected = tmp.resolve("kg");
        assertEquals(0, Main.commandLine().execute("convert", in.toString(), "-o", expected + "/", "--format", "nq",
                options[0], options[1], options[2], options[3]));
        List<String> quads = sortedQuads(out);
        assertEquals(String.join("\n", sortedQuads(expected)), String.join("\n", quads));
        assertTrue(quads.stream().allMatch(q -> q.contains("<https://example.org/news/details-0")), "graphs under --base");
        assertFalse(String.join("\n", quads).equals(String.join("\n", sortedQuads(convertedWithDefaults(in)))),
                "the options change the graph");
    }

    private Path convertedWithDefaults(Path in) throws IOException {
        Path out = tmp.resolve("defaults");
        assertEquals(0, job(in.toString(), "-o", out.toString()).status());
        return out;
    }

    private static String quoted(String text) {
        return new com.google.gson.Gson().toJson(text);
    }

    @Test
    void badFilesAreReportedWithTheirReasonsAndTheGoodOnesConverted() throws IOException {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        Files.copy(ROOT.resolve("src/test/resources/corpus/invented/details-02.txt"), in.resolve("good.txt"));
        Files.write(in.resolve("gbk.txt"), "县委巡察组进驻石桥镇。".getBytes(Charset.forName("GBK")));
        Files.write(in.resolve("empty.txt"), new byte[0]);
        Files.writeString(in.resolve("page.txt"), "<!DOCTYPE html><html><body>县委巡察组</body></html>");

        Path out = tmp.resolve("out");
        Run run = job(in.toString(), "-o", out.toString(), "--partitions", "2");
        assertEquals(1, run.status(), run.err());
        assertTrue(run.err().contains("converted 1 of 4 articles"), run.err());
        List<String> failed = failedLines(out);
        failed.sort(null);
        assertEquals(3, failed.size(), failed.toString());
        assertTrue(failed.get(0).matches("empty\t\\S*/empty\\.txt\tempty file"), failed.get(0));
        assertTrue(failed.get(1).matches("gbk\t\\S*/gbk\\.txt\tnot valid UTF-8 at byte \\d+"), failed.get(1));
        assertTrue(failed.get(2).matches("page\t\\S*/page\\.txt\tHTML, not plain text"), failed.get(2));
        DatasetGraph graphs = parse(sortedQuads(out));
        assertEquals(1, countGraphs(graphs));
        assertTrue(graphs.listGraphNodes().next().getURI().endsWith("/good"));
    }

    @Test
    void refusesAnOutputFolderItDidNotCreate() throws IOException {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        Files.copy(ROOT.resolve("seeds/xuzhou-2005.txt"), in.resolve("xuzhou-2005.txt"));
        Path out = tmp.resolve("existing");
        Files.createDirectories(out);
        Files.writeString(out.resolve("notes.txt"), "mine");

        Run run = job(in.toString(), "-o", out.toString());
        assertEquals(2, run.status(), run.err());
        assertTrue(run.err().contains(out + " exists"), run.err());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of(out.resolve("notes.txt")), files.toList());
        }
        assertEquals("mine", Files.readString(out.resolve("notes.txt")));
    }

    @Test
    void refusesArticlesThatShareAnId() throws IOException {
        Path in = tmp.resolve("in");
        Files.createDirectories(in.resolve("a"));
        Files.createDirectories(in.resolve("b"));
        Files.copy(ROOT.resolve("seeds/xuzhou-2005.txt"), in.resolve("a/x.txt"));
        Files.copy(ROOT.resolve("src/test/resources/corpus/invented/details-01.txt"), in.resolve("b/x.txt"));

        Path out = tmp.resolve("out");
        Run run = job(in.toString(), "-o", out.toString());
        assertEquals(2, run.status(), run.err());
        assertTrue(run.err().contains("x (2 articles)"), run.err());
        assertFalse(Files.exists(out), "nothing is written");
    }

    @Test
    void helpNamesTheOptions() {
        StringWriter out = new StringWriter();
        int status = ConvertJob.commandLine(sc).setOut(new PrintWriter(out, true)).execute("--help");
        assertEquals(0, status);
        for (String option : List.of("--output", "--partitions", "--base", "--published", "--master")) {
            assertTrue(out.toString().contains(option), option + " in " + out);
        }
    }
}
