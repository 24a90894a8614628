package dev.kg.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.mapreduce.RecordWriter;
import org.apache.hadoop.mapreduce.TaskAttemptContext;
import org.apache.hadoop.mapreduce.lib.output.FileOutputCommitter;
import org.apache.hadoop.mapreduce.lib.output.FileOutputFormat;

/**
 * Writes each task's outcomes as two files, committed together by Hadoop's output committer (so a
 * failed or retried task leaves neither): {@code part-r-NNNNN.nq}, the converted articles' named
 * graphs in N-Quads (what {@code kg load} and Jena's bulk loaders take), and, only when some article
 * of the task failed, {@code failed-r-NNNNN.tsv}: id, location and reason, one line each.
 */
public final class NQuadsOutputFormat extends FileOutputFormat<String, Outcome> {
    static final String FAILED = "failed";

    @Override
    public RecordWriter<String, Outcome> getRecordWriter(TaskAttemptContext context) throws IOException {
        Path nquads = getDefaultWorkFile(context, ".nq");
        Path failures = new Path(((FileOutputCommitter) getOutputCommitter(context)).getWorkPath(),
                getUniqueFile(context, FAILED, ".tsv"));
        return new RecordWriter<>() {
            private FSDataOutputStream graphs;
            private FSDataOutputStream failed;

            @Override
            public void write(String id, Outcome outcome) throws IOException {
                if (outcome.ok()) {
                    graphs = graphs != null ? graphs : nquads.getFileSystem(context.getConfiguration()).create(nquads, false);
                    graphs.write(outcome.nquads().getBytes(StandardCharsets.UTF_8));
                } else {
                    failed = failed != null ? failed : failures.getFileSystem(context.getConfiguration()).create(failures, false);
                    failed.write(outcome.reportLine().getBytes(StandardCharsets.UTF_8));
                }
            }

            @Override
            public void close(TaskAttemptContext ignored) throws IOException {
                try (FSDataOutputStream a = graphs; FSDataOutputStream b = failed) {
                    // closes whichever was opened; a task with nothing to say leaves no file
                }
            }
        };
    }
}
