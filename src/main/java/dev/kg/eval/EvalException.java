package dev.kg.eval;

import dev.kg.KgException;

/** Evaluation could not run: a gold file that does not follow GOLD-FORMAT.md, a missing query, a bad corpus. */
public class EvalException extends KgException {
    public EvalException(String message) {
        super(message);
    }

    public EvalException(String message, Throwable cause) {
        super(message, cause);
    }
}
