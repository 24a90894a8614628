package dev.kg.docs;

import dev.kg.KgException;

/** The documentation could not be generated or written. */
public class DocsException extends KgException {
    public DocsException(String message) {
        super(message);
    }

    public DocsException(String message, Throwable cause) {
        super(message, cause);
    }
}
