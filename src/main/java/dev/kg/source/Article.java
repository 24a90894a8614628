package dev.kg.source;

import java.util.Objects;

/**
 * One article as read from its source: a stable identifier (the file name without {@code .txt}),
 * where it came from, and its text exactly as stored (UTF-8 decoded, nothing else changed).
 */
public record Article(String id, String location, String text) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(text, "text");
    }
}
