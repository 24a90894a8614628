package dev.kg.spark;

import dev.kg.source.ArticleReader;
import dev.kg.source.Input;
import dev.kg.source.SourceException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.spark.broadcast.Broadcast;

/**
 * A {@code .txt} article, read when converted: the bytes go through {@link ArticleReader}'s checks
 * (strict UTF-8, no HTML, some Chinese) and the id is the file name without its extension, as in
 * {@code kg convert}. Not Spark's {@code binaryFiles}: its streams carry the whole Hadoop
 * configuration each and rebuild it per file, which took minutes for 2,000 small files.
 *
 * @param location the file's URI
 * @param conf     the Hadoop configuration to open it with (broadcast once per executor)
 */
record TextFile(String location, Broadcast<HadoopConf> conf) implements Pending {
    @Override
    public Input read(ArticleReader reader) {
        org.apache.hadoop.fs.Path file = new org.apache.hadoop.fs.Path(location);
        byte[] bytes;
        // Hadoop keeps one FileSystem per scheme and authority per JVM: opening is cheap after the first
        try (InputStream in = file.getFileSystem(conf.value().get()).open(file)) {
            bytes = in.readAllBytes();
        } catch (IOException | RuntimeException e) {
            throw new SourceException(location, "cannot be read: " + e.getMessage(), "check the URI and its permissions");
        }
        Path name = Path.of(file.getName());
        String id = ArticleReader.idOf(name);
        return new Input(id, location, name, Optional.of(reader.read(location, id, bytes)), Optional.empty(), true);
    }

    @Override
    public Optional<String> id() {
        return Optional.of(ArticleReader.idOf(Path.of(new org.apache.hadoop.fs.Path(location).getName())));
    }
}
