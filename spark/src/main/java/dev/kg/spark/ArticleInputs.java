package dev.kg.spark;

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

/**
 * The job's inputs as one RDD of {@link Pending} articles: a path or URI ending in {@code .jsonl} (a glob
 * too) is read line by line; anything else (a folder, searched recursively, a file or a glob) yields
 * its {@code *.txt} files, as {@code kg convert} takes folders. Any Hadoop file system serves:
 * {@code file:}, {@code hdfs:}, {@code s3a:}.
 */
final class ArticleInputs {
    /** Hadoop's switch for listing the files under nested folders, not only a folder's own. */
    private static final String RECURSIVE = "mapreduce.input.fileinputformat.input.dir.recursive";

    private ArticleInputs() {
    }

    static JavaRDD<Pending> read(JavaSparkContext sc, List<String> uris, int partitions) {
        List<JavaRDD<Pending>> parts = new ArrayList<>();
        for (String uri : uris) {
            parts.add(uri.endsWith(".jsonl") ? jsonLines(sc, uri, partitions) : textFiles(sc, uri, partitions));
        }
        JavaRDD<Pending> all = parts.size() == 1 ? parts.get(0) : sc.union(parts.toArray(JavaRDD[]::new));
        // one task per partition of articles, as many partitions as asked (the streams are not read yet)
        return all.getNumPartitions() == partitions ? all : all.repartition(partitions);
    }

    private static JavaRDD<Pending> textFiles(JavaSparkContext sc, String uri, int partitions) {
        sc.hadoopConfiguration().setBoolean(RECURSIVE, true);
        return sc.binaryFiles(uri, partitions)
                .filter(file -> file._1().endsWith(".txt"))
                .map(file -> new TextFile(file._1(), file._2()));
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
