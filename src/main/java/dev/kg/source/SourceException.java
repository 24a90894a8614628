package dev.kg.source;

import dev.kg.KgException;

/**
 * An input that cannot be read as an article: missing, empty, binary, not UTF-8, no Chinese.
 * The message is one line, {@code FILE: REASON (HINT)}; {@link #reason()} is the short part, for
 * summaries such as "failed: a.txt (empty file)".
 */
public class SourceException extends KgException {
    private final String reason;

    public SourceException(String message) {
        super(message);
        this.reason = message;
    }

    public SourceException(String message, Throwable cause) {
        super(message, cause);
        this.reason = message;
    }

    /** A problem with one file: {@code file} as the user named it, what is wrong, how to fix it. */
    public SourceException(String file, String reason, String hint) {
        super(file + ": " + reason + " (" + hint + ")");
        this.reason = reason;
    }

    /** What is wrong, without the file name and the hint. */
    public String reason() {
        return reason;
    }
}
