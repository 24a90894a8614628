package dev.kg.eval;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The six things we score, one per competency query ({@code queries/cq/{code}.rq}).
 */
public enum Category {
    PERSONS,
    ORGANIZATIONS,
    PLACES,
    POSITIONS,
    EVENTS,
    PARTICIPANTS;

    /** Lower-case name, as in the query file name and on the command line. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Category> ofCode(String code) {
        return Arrays.stream(values()).filter(c -> c.code().equalsIgnoreCase(code.strip())).findFirst();
    }
}
