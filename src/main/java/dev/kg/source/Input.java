package dev.kg.source;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One article to convert, before it is read: a {@code .txt} file (read when converted) or a line of
 * a JSON Lines file (already parsed).
 *
 * @param id        the article's identifier: file name without {@code .txt}, or the line's {@code id}
 * @param location  where it is, for messages: the file, or {@code file.jsonl:LINE}
 * @param file      the file it comes from (a {@code .txt}, or the {@code .jsonl})
 * @param inline    the article itself for a JSON Lines entry; empty for a {@code .txt} file
 * @param published the publication date the entry states, if any
 * @param batch     whether it came out of a folder or a JSON Lines file rather than a plain file argument
 * @param source    the URL the entry states it was published at, an absolute http(s) IRI, if any
 */
public record Input(String id, String location, Path file, Optional<Article> inline,
                    Optional<LocalDate> published, boolean batch, Optional<String> source) {
    public Input {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(inline, "inline");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(source, "source");
    }

    public Input(String id, String location, Path file, Optional<Article> inline,
                 Optional<LocalDate> published, boolean batch) {
        this(id, location, file, inline, published, batch, Optional.empty());
    }

    static Input ofFile(Path file, boolean batch) {
        return new Input(ArticleReader.idOf(file), file.toString(), file, Optional.empty(), Optional.empty(), batch);
    }

    /** The article: read from its file now (a {@link SourceException} if it cannot be), or the parsed entry. */
    public Article read(ArticleReader reader) {
        return inline.orElseGet(() -> reader.read(file));
    }

    /** The number of characters to convert, for progress; a file's size in bytes until it is read. */
    public long size() {
        if (inline.isPresent()) {
            return inline.get().text().length();
        }
        try {
            return java.nio.file.Files.size(file);
        } catch (java.io.IOException e) {
            return 0;
        }
    }
}
