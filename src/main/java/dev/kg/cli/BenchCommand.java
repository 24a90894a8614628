package dev.kg.cli;

import dev.kg.bench.ArticleBench;
import dev.kg.bench.ArticleBench.Row;
import dev.kg.source.Article;
import dev.kg.source.ArticleReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kg bench}: how conversion time and memory grow with the article's length. */
@Command(name = "bench", mixinStandardHelpOptions = true, subcommands = {ServeBenchCommand.class, StartBenchCommand.class,
        CorpusBenchCommand.class, ConvertBenchCommand.class, HeapBenchCommand.class, LoadBenchCommand.class},
        description = {"Measure conversion time and peak heap against article length.",
                "Builds articles of each size by repeating the text of FILE(s) (one copy a paragraph), converts each to Turtle "
                        + "in-process (written nowhere) --repeat times, and prints per size the median wall "
                        + "time, chars/s, the peak heap used (sampled during the runs, after a GC before each), "
                        + "and chars/s relative to the smallest size: near 1 means time linear in length."},
        footer = {"",
                "Examples:",
                "  kg bench",
                "  kg bench --sizes 30k,1m,10m --repeat 3 seeds/xuzhou-2005.txt",
                "  kg bench serve                 # the server under load, against a bare Fuseki",
                "  kg bench corpus --from DIR --articles 10000 -o synthetic.jsonl   # a synthetic corpus",
                "  kg bench convert synthetic.jsonl   # corpus throughput on 1..N threads, against HanLP",
                "  kg bench start                 # kg serve's cold start, against a bare Fuseki",
                "  kg bench load --copies 80 dev/ # kg load's triples/s, against Jena's TDB2 loaders",
                "",
                "Sizes are UTF-8 bytes: k = 1024, m = 1024 k. Five untimed runs of the smallest size come",
                "first (loading HanLP, warming the JIT). The heap: bin/kg sets -Xmx2g; KG_JAVA_OPTS another.",
                "Progress goes to stderr, the table to stdout."})
public final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "FILE", defaultValue = "seeds/xuzhou-2005.txt",
            description = "Article files whose text is repeated (default: ${DEFAULT-VALUE}).")
    List<Path> inputs;

    @Option(names = "--sizes", split = ",", paramLabel = "SIZE", defaultValue = "30k,1m,10m",
            converter = SizeConverter.class, description = "Article sizes (default: ${DEFAULT-VALUE}).")
    List<Long> sizes;

    @Option(names = "--repeat", paramLabel = "N", defaultValue = "3",
            description = "Runs per size; the median is reported (default: ${DEFAULT-VALUE}).")
    int repeat;

    @Override
    public Integer call() {
        if (repeat < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--repeat must be at least 1");
        }
        ArticleReader reader = new ArticleReader();
        StringBuilder text = new StringBuilder();
        for (Path input : inputs) {
            Article article = reader.read(input);
            text.append(text.isEmpty() ? "" : "\n").append(article.text().strip());
        }
        List<Long> sorted = new ArrayList<>(sizes);
        sorted.sort(null);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "%10s %10s %11s %10s %13s %6s%n",
                "bytes", "chars", "median_ms", "chars/s", "peak_heap_MiB", "ratio");
        out.flush();
        ArticleBench bench = new ArticleBench(text.toString(), repeat);
        Double first = null;
        for (long size : sorted) { // one at a time, each row as soon as it is measured; warms up on the first
            Row row = bench.run(List.of(size)).get(0);
            first = first == null ? row.charsPerSecond() : first;
            out.printf(Locale.ROOT, "%10d %10d %11.1f %10.0f %13.1f %6.2f%n",
                    row.bytes(), row.chars(), row.medianNanos() / 1e6, row.charsPerSecond(),
                    row.peakHeapBytes() / (1024.0 * 1024.0), row.charsPerSecond() / first);
            out.flush();
        }
        return 0;
    }

    static final class SizeConverter implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            String v = value.trim().toLowerCase(Locale.ROOT);
            long unit = v.endsWith("m") ? 1024L * 1024 : v.endsWith("k") ? 1024L : 1L;
            String digits = unit == 1 ? v : v.substring(0, v.length() - 1);
            try {
                long n = Long.parseLong(digits) * unit;
                if (n > 0) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // fall through to the message below
            }
            throw new TypeConversionException("'" + value + "' is not a size (e.g. 30k, 1m, 4096)");
        }
    }
}
