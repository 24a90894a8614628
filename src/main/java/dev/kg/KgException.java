package dev.kg;

/**
 * Root of kg's unchecked exceptions. Each pipeline stage has its own subclass so that a caller can
 * tell where an article failed; the message is meant to be shown to a user as it is.
 */
public class KgException extends RuntimeException {
    public KgException(String message) {
        super(message);
    }

    public KgException(String message, Throwable cause) {
        super(message, cause);
    }
}
