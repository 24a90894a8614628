package dev.kg.eval;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The seven things we score. Each reads the rows of one competency query
 * ({@code queries/cq/{query}.rq}): the first six their own, event details the events query's.
 */
public enum Category {
    PERSONS,
    ORGANIZATIONS,
    PLACES,
    POSITIONS,
    EVENTS,
    PARTICIPANTS,
    /** An event's kind, month-day, place and organizer together. */
    EVENT_DETAILS;

    /** Lower-case name, as in the reports and on the command line ({@code event_details}). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The category whose competency query gives this one's rows. */
    public Category query() {
        return this == EVENT_DETAILS ? EVENTS : this;
    }

    /** The category of a code, ignoring case; {@code -} may stand for {@code _} ({@code event-details}). */
    public static Optional<Category> ofCode(String code) {
        String key = code.strip().replace('-', '_');
        return Arrays.stream(values()).filter(c -> c.code().equalsIgnoreCase(key)).findFirst();
    }
}
