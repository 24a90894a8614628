package dev.kg.link;

import dev.kg.KgException;

/** The gazetteer's data file is missing or malformed. */
public class GazetteerException extends KgException {
    public GazetteerException(String message) {
        super(message);
    }

    public GazetteerException(String message, Throwable cause) {
        super(message, cause);
    }
}
