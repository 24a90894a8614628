package dev.kg.cli;

import dev.kg.bench.LoadBench;
import dev.kg.bench.LoadBench.Row;
import dev.kg.convert.ConvertOptions;
import dev.kg.link.Linking;
import dev.kg.store.KgDatabase;
import dev.kg.store.StoreException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.jena.tdb2.loader.LoaderFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kg bench load}: kg load's throughput against Jena's TDB2 loaders driven directly, on the same N-Quads. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Measure the load throughput (triples/s) of 'kg load' against Jena's TDB2 loaders.",
                "Loads the same N-Quads, --runs times, into a fresh database each time: 'kg load' (TDB2's sequential "
                        + "loader in one transaction, the text index, graph replacement), the same sequential loader driven "
                        + "directly as tdb2.tdbloader --loader=sequential does, and tdb2.tdbloader's parallel and phased "
                        + "loaders, and that loader followed by a text index built as jena-text's textindexer builds it. "
                        + "One untimed run of each on one copy first; the loaders take turns within each run. Prints each run, then the medians and the "
                        + "ratio of kg load's rate to each; then times the linking that 'kg load' does after a load."},
        footer = {"",
                "Examples:",
                "  kg convert ../corpus/dev -o dev/ --format nq",
                "  kg bench load --copies 80 dev/           # 80 copies of the corpus, other ids in each",
                "  kg bench load --runs 5 big.nq",
                "",
                "Copies change every IRI under --base (c<k>- before the article id), so each is new articles.",
                "Progress goes to stderr, the table to stdout."})
public final class LoadBenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "NQ", description = "N-Quads files (.nq), or folders of them.")
    List<Path> inputs;

    @Option(names = "--copies", paramLabel = "N", defaultValue = "1",
            description = "Load N copies of the input, ids changed in each (default: ${DEFAULT-VALUE}).")
    int copies;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "3",
            description = "Runs of each loader; medians are reported (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--work", paramLabel = "DIR",
            description = "Folder for the corpus and the databases (default: a temporary folder, removed after).")
    Path work;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = ConvertOptions.DEFAULT_BASE,
            description = "The IRIs' namespace, whose ids the copies change (default: ${DEFAULT-VALUE}).")
    String base;

    @Override
    public Integer call() throws IOException {
        if (runs < 1 || copies < 1) {
            throw new ParameterException(spec.commandLine(), "--runs and --copies must be at least 1");
        }
        List<Path> nquads = nquads();
        Path folder = work != null ? Files.createDirectories(work) : Files.createTempDirectory("kg-bench-load");
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            Path corpus = LoadBench.copies(nquads, copies, base, folder.resolve("corpus.nq"));
            Map<String, LoadBench.Loader> loaders = new LinkedHashMap<>();
            loaders.put("kg load", (nq, db) -> kgLoad(nq, db, false));
            loaders.put("jena sequential", LoadBench.jena(LoaderFactory::sequentialLoader));
            loaders.put("jena seq + text", LoadBench.withTextIndex(LoadBench.jena(LoaderFactory::sequentialLoader)));
            loaders.put("jena parallel", LoadBench.jena(LoaderFactory::parallelLoader));
            loaders.put("jena phased", LoadBench.jena(LoaderFactory::phasedLoader));
            Path warmup = LoadBench.copies(nquads, 1, base, folder.resolve("warmup.nq"));
            List<Row> rows = LoadBench.run(corpus, warmup, loaders, runs, folder, line -> say(err, line));
            double kg = rows.get(0).triplesPerSecond();
            out.printf(Locale.ROOT, "%-16s %10s %10s %12s %9s%n", "loader", "triples", "median_s", "triples/s", "kg/this");
            for (Row row : rows) {
                out.printf(Locale.ROOT, "%-16s %10d %10.2f %12.0f %9.2f%n", row.loader(), row.triples(), row.median(),
                        row.triplesPerSecond(), kg / row.triplesPerSecond());
            }
            out.flush();
            double link = kgLoad(corpus, folder.resolve("linked"), true);
            out.printf(Locale.ROOT, "linking after the load (kg load without --no-link): %.2f s more%n", link);
            out.flush();
        } finally {
            if (work == null) {
                LoadBench.delete(folder);
            }
        }
        return 0;
    }

    /** What {@code kg load --no-link FILE} does, into a new database; with {@code link}, then times the linking. */
    private double kgLoad(Path nq, Path db, boolean link) {
        PrintWriter quiet = new PrintWriter(Writer.nullWriter());
        try (KgDatabase database = KgDatabase.open(db)) {
            FileLoads loads = FileLoads.bulk(database, List.of(nq), ConvertOptions.defaults(), 1, Duration.ofHours(1), quiet, quiet);
            if (loads.failed() > 0) {
                throw new StoreException(nq + ": kg load failed");
            }
            if (!link) {
                return 0;
            }
            long t0 = System.nanoTime();
            Linking.linkAll(database.dataset(), base, false);
            return (System.nanoTime() - t0) / 1e9;
        }
    }

    private List<Path> nquads() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path p : inputs) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(f -> f.toString().endsWith(".nq")).sorted().forEach(files::add);
                }
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            } else {
                throw new ParameterException(spec.commandLine(), p + ": no such file or folder");
            }
        }
        if (files.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "no .nq file in " + inputs);
        }
        return files;
    }

    private static void say(PrintWriter err, String line) {
        err.println(line);
        err.flush();
    }
}
