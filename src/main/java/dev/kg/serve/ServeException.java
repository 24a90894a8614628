package dev.kg.serve;

import dev.kg.KgException;

/** The SPARQL server could not start, e.g. because its port is taken. */
public class ServeException extends KgException {
    public ServeException(String message) {
        super(message);
    }

    public ServeException(String message, Throwable cause) {
        super(message, cause);
    }
}
