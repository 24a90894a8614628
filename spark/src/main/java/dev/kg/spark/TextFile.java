package dev.kg.spark;

import dev.kg.source.ArticleReader;
import dev.kg.source.Input;
import dev.kg.source.SourceException;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.spark.input.PortableDataStream;

/**
 * A {@code .txt} article from {@code binaryFiles}: the bytes go through {@link ArticleReader}'s checks
 * (strict UTF-8, no HTML, some Chinese) and the id is the file name without its extension, as in
 * {@code kg convert}. The stream is opened only when the article is converted.
 */
record TextFile(String location, PortableDataStream data) implements Pending {
    @Override
    public Input read(ArticleReader reader) {
        byte[] bytes;
        try {
            bytes = data.toArray();
        } catch (RuntimeException e) {
            throw new SourceException(location, "cannot be read: " + e.getMessage(), "check the URI and its permissions");
        }
        Path name = Path.of(name());
        return new Input(ArticleReader.idOf(name), location, name,
                Optional.of(reader.read(location, ArticleReader.idOf(name), bytes)), Optional.empty(), true);
    }

    @Override
    public Optional<String> id() {
        return Optional.of(ArticleReader.idOf(Path.of(name())));
    }

    private String name() {
        return new org.apache.hadoop.fs.Path(location).getName();
    }
}
