package dev.kg.cli;

import dev.kg.bench.BenchArticles;
import dev.kg.bench.HeapBench;
import dev.kg.bench.HeapBench.Peak;
import dev.kg.bench.SyntheticCorpus;
import dev.kg.convert.ArticleConverter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kg bench heap}: peak heap of {@code kg convert} on synthetic corpora of growing size. */
@Command(name = "heap", mixinStandardHelpOptions = true,
        description = {"Measure the peak heap of 'kg convert' on synthetic corpora of each size.",
                "Makes a synthetic corpus (as 'kg bench corpus') of the largest size from --from, writes its first N "
                        + "articles as N.jsonl for each size N, and runs 'kg convert N.jsonl -o out-N/ --format nq' "
                        + "in a JVM of its own (--java-option, the same for every size) with -Xlog:gc. Prints per size "
                        + "the peak heap in use after a young or full collection (the live set) and before any "
                        + "(garbage included), and the ratio of each size's peak after GC to the smallest size's."},
        footer = {"",
                "Examples:",
                "  kg bench heap --from ../shared/corpus/dev",
                "  kg bench heap --articles 1000,10000 --java-option=-Xmx1g --convert-option=--threads=2",
                "",
                "Work files go to a temporary folder, removed at the end unless --keep names one."})
public final class HeapBenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--from", arity = "1..*", paramLabel = "INPUT", defaultValue = "seeds",
            description = "Source articles of the synthetic corpus (default: ${DEFAULT-VALUE}).")
    List<Path> from;

    @Option(names = "--articles", split = ",", paramLabel = "N", defaultValue = "1000,10000",
            description = "Corpus sizes in articles (default: ${DEFAULT-VALUE}).")
    List<Integer> sizes;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed of the corpus (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--java-option", paramLabel = "OPT", defaultValue = "-Xmx1g",
            description = "JVM options of the converting process (default: ${DEFAULT-VALUE}).")
    List<String> javaOptions;

    @Option(names = "--convert-option", paramLabel = "OPT", description = "More options for kg convert (e.g. --threads=1).")
    List<String> convertOptions = new ArrayList<>();

    @Option(names = "--keep", paramLabel = "DIR", description = "Work in DIR (made, must not exist) and keep it.")
    Path keep;

    @Override
    public Integer call() throws IOException {
        if (sizes.stream().anyMatch(n -> n < 1)) {
            throw new ParameterException(spec.commandLine(), "--articles must be at least 1");
        }
        if (keep != null && Files.exists(keep)) {
            throw new ParameterException(spec.commandLine(), "--keep " + keep + " exists; name a new folder");
        }
        List<Integer> sorted = sizes.stream().sorted().distinct().toList();
        Path dir = keep != null ? Files.createDirectories(keep) : Files.createTempDirectory("kg-bench-heap");
        PrintWriter out = spec.commandLine().getOut();
        try {
            writeCorpora(dir, sorted);
            out.printf(Locale.ROOT, "# %d cores, Java %s, child JVM %s; load average before: %.2f%n",
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                    String.join(" ", javaOptions), load());
            out.printf(Locale.ROOT, "%8s %10s %9s %5s %16s %17s %14s %5s %6s%n", "articles", "chars", "seconds", "exit",
                    "peak_after_gc_MiB", "peak_before_gc_MiB", "committed_MiB", "gcs", "ratio");
            out.flush();
            Long first = null;
            for (int n : sorted) {
                Peak peak = HeapBench.run(command(dir, n), dir, "convert-" + n);
                first = first == null ? peak.afterGcMiB() : first;
                out.printf(Locale.ROOT, "%8d %10d %9.1f %5d %16d %17d %14d %5d %6.2f%n", n, chars(dir, n),
                        peak.nanos() / 1e9, peak.exit(), peak.afterGcMiB(), peak.beforeGcMiB(), peak.committedMiB(),
                        peak.collections(), peak.afterGcMiB() / (double) Math.max(1, first));
                out.flush();
            }
            out.printf(Locale.ROOT, "# load average after: %.2f%n", load());
        } finally {
            if (keep == null) {
                delete(dir);
            }
        }
        return 0;
    }

    private List<String> command(Path dir, int n) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(javaOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(), "convert",
                dir.resolve(n + ".jsonl").toString(), "-o", dir.resolve("out-" + n) + "/", "--format", "nq"));
        command.addAll(convertOptions);
        return command;
    }

    /** N.jsonl for each size: the first N articles of one synthetic corpus. */
    private void writeCorpora(Path dir, List<Integer> sorted) throws IOException {
        SyntheticCorpus corpus = SyntheticCorpus.from(BenchArticles.read(from, skipped -> say("kg: skipped " + skipped)), new ArticleConverter());
        List<String> lines = new ArrayList<>();
        corpus.write(sorted.get(sorted.size() - 1), seed, lines::add);
        for (int n : sorted) {
            try (BufferedWriter w = Files.newBufferedWriter(dir.resolve(n + ".jsonl"), StandardCharsets.UTF_8)) {
                for (String line : lines.subList(0, n)) {
                    w.write(line);
                    w.write('\n');
                }
            }
        }
    }

    private static long chars(Path dir, int n) {
        try (Stream<String> lines = Files.lines(dir.resolve(n + ".jsonl"), StandardCharsets.UTF_8)) {
            return lines.mapToLong(l -> com.google.gson.JsonParser.parseString(l).getAsJsonObject()
                    .get("text").getAsString().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private void say(String line) {
        spec.commandLine().getErr().println(line);
        spec.commandLine().getErr().flush();
    }
}
