package dev.kg.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * The article files an INPUT names, listed on the driver as {@code kg convert} lists them: a file as
 * given, a folder's {@code *.txt} recursively, sorted. Hadoop's listing (one call per folder, or a bulk
 * listing on S3) serves any file system; an archive of millions of articles is better given as JSON
 * Lines, which is split, not listed.
 */
final class ArticleFiles {
    private ArticleFiles() {
    }

    /** @throws FileNotFoundException naming the INPUT when nothing matches it */
    static List<String> list(String uri, Configuration conf) throws IOException {
        Path path = new Path(uri);
        FileSystem fs = path.getFileSystem(conf);
        FileStatus[] matches = fs.globStatus(path);
        if (matches == null || matches.length == 0) {
            throw new FileNotFoundException(uri + ": no such file or folder");
        }
        List<String> files = new ArrayList<>();
        for (FileStatus match : matches) {
            if (match.isDirectory()) {
                RemoteIterator<LocatedFileStatus> it = fs.listFiles(match.getPath(), true);
                while (it.hasNext()) {
                    LocatedFileStatus f = it.next();
                    if (f.isFile() && f.getPath().getName().endsWith(".txt")) {
                        files.add(f.getPath().toString());
                    }
                }
            } else {
                files.add(match.getPath().toString());
            }
        }
        files.sort(null);
        return files;
    }
}
