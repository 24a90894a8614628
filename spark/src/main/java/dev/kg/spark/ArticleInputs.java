package dev.kg.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;

/**
 * The job's inputs as one RDD of {@link Pending} articles: a path or URI ending in {@code .jsonl} (a glob
 * too) is read line by line; anything else (a folder, searched recursively, a file or a glob) yields
 * its {@code *.txt} files, as {@code kg convert} takes folders. Any Hadoop file system serves:
 * {@code file:}, {@code hdfs:}, {@code s3a:}.
 */
final class ArticleInputs {
    private ArticleInputs() {
    }

    static JavaRDD<Pending> read(JavaSparkContext sc, List<String> uris, int partitions) throws IOException {
        Broadcast<HadoopConf> conf = sc.broadcast(new HadoopConf(sc.hadoopConfiguration()));
        List<JavaRDD<Pending>> parts = new ArrayList<>();
        List<Pending> files = new ArrayList<>();
        for (String uri : uris) {
            if (uri.endsWith(".jsonl")) {
                parts.add(jsonLines(sc, uri, partitions));
            } else {
                ArticleFiles.list(uri, sc.hadoopConfiguration()).forEach(f -> files.add(new TextFile(f, conf)));
            }
        }
        if (!files.isEmpty()) {
            // exactly the partitions asked (fewer when there are fewer files), no shuffle
            parts.add(sc.parallelize(files, Math.max(1, Math.min(partitions, files.size()))));
            if (parts.size() == 1) {
                return parts.get(0);
            }
        }
        if (parts.isEmpty()) {
            return sc.emptyRDD();
        }
        // JSON Lines come in Hadoop's splits (a block each): one task per partition of articles, as many as asked
        JavaRDD<Pending> all = parts.size() == 1 ? parts.get(0) : sc.union(parts.toArray(JavaRDD[]::new));
        return all.getNumPartitions() == partitions ? all : all.repartition(partitions);
    }

    @SuppressWarnings("unchecked")
    private static JavaRDD<Pending> jsonLines(JavaSparkContext sc, String uri, int partitions) {
        Configuration conf = new Configuration(sc.hadoopConfiguration());
        JavaNewHadoopRDD<LongWritable, Text> lines = (JavaNewHadoopRDD<LongWritable, Text>)
                sc.newAPIHadoopFile(uri, TextInputFormat.class, LongWritable.class, Text.class, conf);
        JavaRDD<Pending> entries = lines.mapPartitionsWithInputSplit(
                (split, it) -> located((FileSplit) split, it), false);
        return entries.filter(line -> !((JsonLine) line).blank());
    }

    /**
     * Each line with its location: {@code FILE:LINE} in a split that starts the file (every file smaller
     * than a block), else {@code FILE@byte OFFSET} (Hadoop splits large files without counting lines).
     */
    private static Iterator<Pending> located(FileSplit split, Iterator<scala.Tuple2<LongWritable, Text>> it) {
        String file = split.getPath().toString();
        String name = split.getPath().getName();
        boolean fromStart = split.getStart() == 0;
        return new Iterator<>() {
            private long line;

            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public Pending next() {
                scala.Tuple2<LongWritable, Text> record = it.next();
                line++;
                String location = fromStart ? file + ":" + line : file + "@byte " + record._1().get();
                return new JsonLine(location, name, record._2().copyBytes());
            }
        };
    }
}
