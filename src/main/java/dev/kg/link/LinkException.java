package dev.kg.link;

import dev.kg.KgException;

/** Linking failed: a curated file that does not parse, an endpoint that does not answer. */
public class LinkException extends KgException {
    public LinkException(String message) {
        super(message);
    }

    public LinkException(String message, Throwable cause) {
        super(message, cause);
    }
}
