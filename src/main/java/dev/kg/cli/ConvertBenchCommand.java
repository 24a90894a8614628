package dev.kg.cli;

import dev.kg.bench.BenchArticles;
import dev.kg.bench.ConvertBench;
import dev.kg.bench.ConvertBench.Engine;
import dev.kg.bench.ConvertBench.Row;
import dev.kg.bench.SyntheticCorpus;
import dev.kg.convert.ArticleConverter;
import dev.kg.source.Article;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kg bench convert}: corpus conversion throughput against HanLP alone, on 1 to N threads. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = {"Measure conversion throughput (chars/s) against HanLP's segmentation and NER alone.",
                "Takes INPUT articles (files, folders, JSON Lines; repeated in turn up to --size) or, without "
                        + "INPUT, a synthetic corpus made from the seed (see 'kg bench corpus'). Per thread count, "
                        + "--runs rounds each timing kg (every article converted and serialized as N-Quads to "
                        + "nowhere, one converter per thread, as kg convert does) and HanLP with person, place "
                        + "and organization recognition on the same texts and threads, alternating which goes "
                        + "first, and kg's nlp stage alone (normalization and HanLP as kg configures it). Prints medians, chars/s per thread, kg's rate over HanLP's (median of the "
                        + "rounds' ratios) and the speed-up over the first thread count; then chars per second of the CPU "
                        + "time spent in the jobs (one busy core's rate, which other processes on the machine do not "
                        + "lower) and its ratio to HanLP's."},
        footer = {"",
                "Examples:",
                "  kg bench corpus --from ../shared/corpus/dev --articles 20000 -o synthetic.jsonl",
                "  kg bench convert synthetic.jsonl",
                "  kg bench convert --size 1m --threads 1 --runs 1 seeds/xuzhou-2005.txt",
                "",
                "Sizes are UTF-8 bytes: k = 1024, m = 1024 k. Converters are built and HanLP loaded before",
                "timing; about 300,000 chars of each engine run first untimed (JIT). Lines starting with #",
                "give the machine and the load average before and after each round."})
public final class ConvertBenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "INPUT", description = "Articles to convert (default: synthetic, from seeds/).")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--size", paramLabel = "SIZE", defaultValue = "10m", converter = BenchCommand.SizeConverter.class,
            description = "UTF-8 bytes of articles to convert in each run (default: ${DEFAULT-VALUE}).")
    long size;

    @Option(names = "--threads", split = ",", paramLabel = "N", description = "Thread counts (default: 1 and all cores).")
    List<Integer> threads;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "3",
            description = "Rounds per thread count; medians are reported (default: ${DEFAULT-VALUE}).")
    int runs;

    @Override
    public Integer call() {
        // one INFO line per article would be thousands a second on stderr; the table is what counts here
        System.setProperty("org.slf4j.simpleLogger.log.dev.kg.convert.ArticleConverter", "warn");
        int cores = Runtime.getRuntime().availableProcessors();
        List<Integer> counts = threads != null ? threads : cores == 1 ? List.of(1) : List.of(1, cores);
        if (runs < 1 || counts.stream().anyMatch(t -> t < 1)) {
            throw new ParameterException(spec.commandLine(), "--runs and --threads must be at least 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Article> sources = inputs.isEmpty() ? synthetic() : BenchArticles.read(inputs, skipped -> say("kg: skipped " + skipped));
        ConvertBench bench = new ConvertBench(ConvertBench.upTo(sources, charsFor(sources, size)));
        out.printf(Locale.ROOT, "# %d cores, Java %s, max heap %d MiB; load average before: %.2f%n", cores,
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20, load());
        out.printf(Locale.ROOT, "# %d articles, %d chars%n", bench.articles(), bench.chars());
        out.flush();
        List<Row> rows = bench.run(counts, runs, () -> {
            err.printf(Locale.ROOT, "kg: round done, load average %.2f%n", load());
            err.flush();
        });
        out.printf(Locale.ROOT, "# load average after: %.2f%n", load());
        out.printf(Locale.ROOT, "%7s %6s %9s %10s %14s %9s %8s %12s %9s%n", "threads", "engine", "median_s", "chars/s",
                "chars/s/thread", "vs_hanlp", "speedup", "chars/cpu_s", "cpu_vs_hanlp");
        for (Row row : rows) {
            Row first = rows.stream().filter(r -> r.engine() == row.engine()).findFirst().orElseThrow();
            boolean base = row.engine() == Engine.HANLP;
            out.printf(Locale.ROOT, "%7d %6s %9.2f %10.0f %14.0f %9s %8.2f %12.0f %9s%n", row.threads(),
                    row.engine().name().toLowerCase(Locale.ROOT), row.medianNanos() / 1e9, row.charsPerSecond(),
                    row.charsPerSecond() / row.threads(), base ? "-" : String.format(Locale.ROOT, "%.2f", row.medianRatio()),
                    row.charsPerSecond() / first.charsPerSecond(), row.charsPerCpuSecond(),
                    base ? "-" : String.format(Locale.ROOT, "%.2f", row.medianCpuRatio()));
        }
        out.flush();
        return 0;
    }

    /** Without INPUT: 2,000 synthetic articles from the seed (repeated in turn up to the size). */
    private static List<Article> synthetic() {
        SyntheticCorpus corpus = SyntheticCorpus.from(BenchArticles.read(List.of(Path.of("seeds")), skipped -> { }), new ArticleConverter());
        List<Article> articles = new ArrayList<>();
        corpus.articles(2000, 1, articles::add);
        return articles;
    }

    /** The chars that make {@code bytes} of UTF-8 at the sources' own mix of bytes per char. */
    private static long charsFor(List<Article> sources, long bytes) {
        long chars = 0;
        long utf8 = 0;
        for (Article a : sources) {
            chars += a.text().length();
            utf8 += a.text().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        }
        return Math.max(1, Math.round(bytes * (double) chars / Math.max(1, utf8)));
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private void say(String line) {
        spec.commandLine().getErr().println(line);
        spec.commandLine().getErr().flush();
    }
}
