package dev.kg.store;

import dev.kg.KgException;

/** Reading or writing RDF failed: a file that does not parse, an output that cannot be written. */
public class StoreException extends KgException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
