package dev.kg.source;

import dev.kg.KgException;

/** An input that cannot be read as an article: missing, empty, binary, not UTF-8, no Chinese. */
public class SourceException extends KgException {
    public SourceException(String message) {
        super(message);
    }

    public SourceException(String message, Throwable cause) {
        super(message, cause);
    }
}
