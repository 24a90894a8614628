package dev.kg.spark;

import dev.kg.source.ArticleReader;
import dev.kg.source.Input;
import java.io.Serializable;
import java.util.Optional;

/**
 * An article as Spark hands it to a task, before it is read: a text file's bytes ({@link TextFile}) or
 * a line of a JSON Lines file ({@link JsonLine}). Reading applies kg's own checks, so a bad input fails
 * here exactly as it fails in {@code kg convert}.
 */
sealed interface Pending extends Serializable permits TextFile, JsonLine {
    /** Where it is, for messages: a file's URI, or {@code FILE:LINE}. */
    String location();

    /** The article and what its source states about it. @throws dev.kg.source.SourceException when it is not one */
    Input read(ArticleReader reader);

    /** Its id, if it has a valid one (for the duplicate check; a bad entry is reported when converted). */
    Optional<String> id();
}
