package dev.kg.spark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/** The failed articles of a finished job, read back from its {@code failed-*.tsv} files (small: one line each). */
final class FailureReport {
    private FailureReport() {
    }

    /** The first {@code limit} lines (id, location, reason; tab-separated) of the report files, in file order. */
    static List<String> first(Path out, Configuration conf, int limit) throws IOException {
        FileSystem fs = out.getFileSystem(conf);
        FileStatus[] files = fs.globStatus(new Path(out, NQuadsOutputFormat.FAILED + "-*.tsv"));
        List<String> lines = new ArrayList<>();
        if (files == null) {
            return lines;
        }
        Arrays.sort(files);
        for (FileStatus file : files) {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(fs.open(file.getPath()), StandardCharsets.UTF_8))) {
                String line;
                while (lines.size() < limit && (line = in.readLine()) != null) {
                    lines.add(line);
                }
            }
        }
        return lines;
    }
}
