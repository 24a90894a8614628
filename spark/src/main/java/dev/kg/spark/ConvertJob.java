package dev.kg.spark;

import dev.kg.KgException;
import dev.kg.cli.ArticleOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.util.LongAccumulator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kg convert} as an Apache Spark job: articles ({@code *.txt} under folders, or JSON Lines) from
 * any Hadoop URI to N-Quads partitions, one named graph per article, the same bytes as
 * {@code kg convert --format nq}. One task per partition of articles; each executor builds one
 * converter ({@link Converters}).
 *
 * <pre>
 *   spark-submit --class dev.kg.spark.ConvertJob kg-spark.jar s3a://news/2005/ s3a://news-rdf/2005/
 * </pre>
 */
@Command(name = "kg-spark", mixinStandardHelpOptions = true, version = "kg-spark 0.1.0",
        description = "Convert Chinese news articles to RDF (N-Quads) on Apache Spark.",
        footer = {"",
                "Examples:",
                "  spark-submit --class dev.kg.spark.ConvertJob kg-spark.jar hdfs:///news/ hdfs:///news-nq/",
                "  spark-submit --class dev.kg.spark.ConvertJob kg-spark.jar s3a://bucket/archive.jsonl s3a://bucket/nq/",
                "  java -cp kg-spark.jar:SPARK_HOME/jars/* dev.kg.spark.ConvertJob --master 'local[*]' corpus/ out/",
                "",
                "OUT gets part-r-NNNNN.nq (load them with: kg load OUT/*.nq) and, for articles that failed,",
                "failed-r-NNNNN.tsv (id, location, reason). OUT must not exist: the job writes only into a",
                "folder it creates.",
                "",
                "Exit status: 0 all converted, 1 some article failed, 2 usage error, a refused OUT or a fatal error."})
public final class ConvertJob implements Callable<Integer> {
    private static final String NAME = "kg-spark: ";
    private static final int REPORTED = 10;

    @Spec
    CommandSpec spec;

    @Mixin
    ArticleOptions article;

    @Parameters(index = "0", arity = "1..*", paramLabel = "INPUT",
            description = "Folders or files (every *.txt inside, recursively; one article each, UTF-8), or JSON Lines "
                    + "files (*.jsonl, one {\"id\",\"text\",\"published\",\"source\"} a line): paths or Hadoop URIs "
                    + "(file:, hdfs:, s3a:; globs too).")
    List<String> inputs;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT",
            description = "The folder to create for the N-Quads partitions (a path or a Hadoop URI).")
    String output;

    @Option(names = "--partitions", paramLabel = "N",
            description = "Split the articles into N partitions, one task each (default: Spark's default parallelism).")
    int partitions;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master when not run by spark-submit, e.g. local[*] (default: spark-submit's).")
    String master;

    /** The context to run in (tests share one); null: make one from spark-submit's configuration. */
    private final JavaSparkContext given;

    private ConvertJob(JavaSparkContext given) {
        this.given = given;
    }

    public static void main(String[] args) {
        System.exit(commandLine(null).execute(args));
    }

    /** The command line, running in {@code sc} (or in a context of its own when null). */
    public static CommandLine commandLine(JavaSparkContext sc) {
        return new CommandLine(new ConvertJob(sc))
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    cmd.getErr().println(NAME + (e instanceof KgException ? e.getMessage() : e));
                    if (!(e instanceof KgException)) {
                        e.printStackTrace(cmd.getErr());
                    }
                    cmd.getErr().flush();
                    return 2;
                });
    }

    @Override
    public Integer call() throws IOException {
        if (partitions < 0) {
            throw new ParameterException(spec.commandLine(), "--partitions must be at least 1, not " + partitions);
        }
        if (given != null) {
            return run(given);
        }
        SparkConf conf = new SparkConf().setAppName("kg convert");
        if (master != null) {
            conf.setMaster(master);
        }
        if (!conf.contains("spark.master")) {
            throw new ParameterException(spec.commandLine(),
                    "no Spark master: run through spark-submit, or give --master (e.g. --master 'local[*]')");
        }
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            return run(sc);
        }
    }

    private int run(JavaSparkContext sc) throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Configuration conf = sc.hadoopConfiguration();
        Path out = new Path(output);
        FileSystem fs = out.getFileSystem(conf);
        if (fs.exists(out)) {
            err.println(NAME + output + " exists; the job writes only into a folder it creates "
                    + "(give a new path, or remove it if it holds nothing you need)");
            err.flush();
            return 2;
        }
        int n = partitions > 0 ? partitions : sc.defaultParallelism();
        JavaRDD<Pending> articles;
        try {
            articles = ArticleInputs.read(sc, inputs, n);
        } catch (Exception e) {
            // Hadoop's InvalidInputException (no such path, empty glob) is checked, so Java cannot name it here
            if (e instanceof IOException) {
                err.println(NAME + firstLine(e.getMessage()) + " (check the INPUT paths and URIs)");
                err.flush();
                return 2;
            }
            throw e;
        }
        LongAccumulator seen = sc.sc().longAccumulator("articles");
        List<String> duplicates = DuplicateIds.find(articles, seen, REPORTED);
        if (!duplicates.isEmpty()) {
            err.println(NAME + "articles share an id, which names their graph, so they would merge: "
                    + String.join(", ", duplicates) + " (rename one of each; nothing was converted)");
            err.flush();
            return 2;
        }
        if (seen.value() == 0) {
            err.println(NAME + "no articles in " + String.join(", ", inputs) + " (*.txt files or JSON Lines entries)");
            err.flush();
            return 2;
        }
        LongAccumulator converted = sc.sc().longAccumulator("converted");
        LongAccumulator failed = sc.sc().longAccumulator("failed");
        LongAccumulator triples = sc.sc().longAccumulator("triples");
        LongAccumulator chars = sc.sc().longAccumulator("chars");
        LongAccumulator cpuNanos = sc.sc().longAccumulator("conversion CPU ns");
        long t0 = System.nanoTime();
        articles.map(new ConvertArticle(article.toOptions(), converted, failed, triples, chars, cpuNanos))
                .mapToPair(o -> new scala.Tuple2<>(o.id(), o))
                .saveAsNewAPIHadoopFile(output, String.class, Outcome.class, NQuadsOutputFormat.class, conf);
        double seconds = (System.nanoTime() - t0) / 1e9;
        long total = converted.value() + failed.value();
        err.println(NAME + "converted " + converted.value() + " of " + total + " articles (" + triples.value()
                + " triples) into " + output + " in " + articles.getNumPartitions() + " partitions; "
                + String.format(java.util.Locale.ROOT, "%.1f s, %.0f chars/s; %.1f CPU s converting, %.0f chars per CPU s",
                        seconds, chars.value() / seconds, cpuNanos.value() / 1e9, chars.value() / (cpuNanos.value() / 1e9))
                + (failed.value() == 0 ? "" : "; failed: "
                + failed.value() + ", listed in " + output + "/" + NQuadsOutputFormat.FAILED + "-*.tsv"));
        for (String line : FailureReport.first(out, conf, REPORTED)) {
            String[] f = line.split("\t", 3);
            err.println(NAME + f[1] + ": " + (f.length > 2 ? f[2] : ""));
        }
        err.flush();
        return failed.value() == 0 ? 0 : 1;
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
