package dev.kg.cli;

import dev.kg.bench.StartBench;
import dev.kg.bench.StartBench.Start;
import dev.kg.serve.KgServer;
import dev.kg.store.KgDatabase;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import org.apache.jena.fuseki.main.cmds.FusekiMainCmd;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kg bench start}: how long a second start of {@code kg serve} takes to answer, against a bare Fuseki. */
@Command(name = "start", mixinStandardHelpOptions = true,
        description = {"Time the cold start of 'kg serve' on an existing database, against a bare Fuseki.",
                "Starts, --runs times each and in alternating order, 'java -jar kg.jar serve --db DIR' and a bare "
                        + "Fuseki ('java -cp kg.jar " + "org.apache.jena.fuseki.main.cmds.FusekiMainCmd --loc DIR/tdb2'), "
                        + "each a process of its own on a free loopback port, and measures the time from starting the "
                        + "process to the first answered SPARQL query. Prints each run and the medians."},
        footer = {"",
                "Examples:",
                "  kg bench start                       # a database made from the seed, 5 runs",
                "  kg bench start --db data --runs 9    # your database (served as kg serve would)",
                "",
                "Without --db the database is made from FILE(s) in a temporary folder first (not timed).",
                "Both processes get the same JVM options (--java-option, default -Xmx1g); the query counts",
                "the named graphs, so both servers must answer it the same."})
public final class StartBenchCommand implements Callable<Integer> {
    /** Answered by both servers alike (bare Fuseki has no union default graph): it reads the data. */
    static final String QUERY = "SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?s ?p ?o } }";

    @Spec
    CommandSpec spec;

    @Mixin
    ArticleOptions article;

    @Option(names = "--db", paramLabel = "DIR",
            description = "An existing kg database to start on, as kg serve would (default: one made from FILEs in a temporary folder).")
    Path db;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "5",
            description = "Starts of each server; the median is reported (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--jar", paramLabel = "JAR",
            description = "The kg jar both processes run (default: the jar kg runs from, else target/kg.jar).")
    Path jar;

    @Option(names = "--java-option", paramLabel = "OPT", defaultValue = "-Xmx1g",
            description = "JVM options of both processes (default: ${DEFAULT-VALUE}).")
    List<String> javaOptions;

    @Option(names = "--timeout", paramLabel = "S", defaultValue = "180",
            description = "Give up on a start after S seconds (default: ${DEFAULT-VALUE}).")
    int timeout;

    @Parameters(arity = "0..*", paramLabel = "FILE", defaultValue = "seeds/xuzhou-2005.txt",
            description = "Articles (.txt) or RDF files of the database made when there is no --db (default: ${DEFAULT-VALUE}).")
    List<Path> files;

    @Override
    public Integer call() throws Exception {
        if (runs < 1 || timeout < 1) {
            throw new ParameterException(spec.commandLine(), "--runs and --timeout must be at least 1");
        }
        Path kgJar = jar();
        String java = ProcessHandle.current().info().command().orElse("java");
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path logs = Files.createTempDirectory("kg-bench-start-");
        try (BenchDatabase database = BenchDatabase.of(spec, db, files, article.toOptions())) {
            String dir = database.dir().toAbsolutePath().toString();
            List<String> ours = new ArrayList<>(List.of(java));
            ours.addAll(javaOptions);
            ours.addAll(List.of("-jar", kgJar.toString(), "serve", "--db", dir));
            List<String> bare = new ArrayList<>(List.of(java));
            bare.addAll(javaOptions);
            // the jar logs through slf4j-simple; this tells Fuseki's command not to set up log4j2 itself
            bare.addAll(List.of("-Dlog4j2.configurationFile=none", "-cp", kgJar.toString(), FusekiMainCmd.class.getName(),
                    "--loc", Path.of(dir, KgDatabase.TDB2_DIR).toString()));
            StartBench bench = new StartBench(QUERY, KgServer.DATASET, Duration.ofSeconds(timeout));
            long[] kg = new long[runs];
            long[] fuseki = new long[runs];
            out.printf(Locale.ROOT, "%4s %9s %9s %6s%n", "run", "kg_ms", "bare_ms", "ratio");
            out.flush();
            for (int i = 0; i < runs; i++) {
                err.println("kg bench start: run " + (i + 1) + " of " + runs);
                err.flush();
                Start k;
                Start b;
                // alternate which server starts first, so that a drift of the machine's load evens out
                if (i % 2 == 0) {
                    k = bench.time(port -> plus(ours, "--port", "" + port), logs.resolve("kg.log"));
                    b = bench.time(port -> plus(bare, "--port=" + port, KgServer.DATASET), logs.resolve("bare.log"));
                } else {
                    b = bench.time(port -> plus(bare, "--port=" + port, KgServer.DATASET), logs.resolve("bare.log"));
                    k = bench.time(port -> plus(ours, "--port", "" + port), logs.resolve("kg.log"));
                }
                long graphs = graphs(k.answer());
                if (graphs != graphs(b.answer())) {
                    throw new IllegalStateException("the servers answered differently: kg " + k.answer() + " bare " + b.answer());
                }
                kg[i] = k.nanos();
                fuseki[i] = b.nanos();
                out.printf(Locale.ROOT, "%4d %9.0f %9.0f %6.2f%n", i + 1, kg[i] / 1e6, fuseki[i] / 1e6, (double) kg[i] / fuseki[i]);
                out.flush();
            }
            long kgMedian = median(kg);
            long bareMedian = median(fuseki);
            out.printf(Locale.ROOT, "%4s %9.0f %9.0f %6.2f%n", "p50", kgMedian / 1e6, bareMedian / 1e6, (double) kgMedian / bareMedian);
            out.println("(ms from starting the process to the first answer to: " + QUERY + "; ratio = kg / bare)");
            out.flush();
        } finally {
            try (var walk = Files.walk(logs)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return 0;
    }

    private static List<String> plus(List<String> command, String... more) {
        List<String> all = new ArrayList<>(command);
        all.addAll(List.of(more));
        return all;
    }

    private static long graphs(String json) {
        ResultSet rows = ResultSetMgr.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
        return rows.next().getLiteral("n").getLong();
    }

    static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(sorted.length - 1) / 2];
    }

    /** Whether {@code path} is a jar that {@code java -jar} runs (the shaded one, not Maven's plain jar). */
    private static boolean runnable(Path path) {
        if (!path.toString().endsWith(".jar") || !Files.isRegularFile(path)) {
            return false;
        }
        try (JarFile jar = new JarFile(path.toFile())) {
            return jar.getManifest() != null && jar.getManifest().getMainAttributes().getValue(Attributes.Name.MAIN_CLASS) != null;
        } catch (IOException e) {
            return false;
        }
    }

    /** The jar kg runs from, else target/kg.jar; a usage error if there is none. */
    private Path jar() throws URISyntaxException {
        Path found = jar;
        if (found == null) {
            Path running = Path.of(StartBenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            found = runnable(running) ? running : Path.of("target", "kg.jar");
        }
        if (!Files.isRegularFile(found)) {
            throw new ParameterException(spec.commandLine(), "no kg jar at " + found + " (build it with 'mvn package', or give --jar)");
        }
        return found.toAbsolutePath();
    }
}
