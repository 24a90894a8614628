package dev.kg.eval;

import java.time.MonthDay;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the month and day of an event date, {@code YYYY-MM-DD} (xsd:date, perhaps with a zone) or
 * {@code --MM-DD} (xsd:gMonthDay). Scorers compare month and day only, so that a converter that takes
 * the year from the publication date is not marked wrong where gold, following the text, has none.
 */
public final class EventDates {
    private static final Pattern DATE = Pattern.compile("(?:-?\\d{4,}|-)-(\\d{2})-(\\d{2})(?:Z|[+-]\\d{2}:\\d{2})?");

    private EventDates() {}

    /** The month and day, or empty when {@code lexical} is neither form (or names no real day). */
    public static Optional<MonthDay> monthDay(String lexical) {
        if (lexical == null) {
            return Optional.empty();
        }
        Matcher m = DATE.matcher(lexical.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(MonthDay.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    /** True for the two forms GOLD-FORMAT.md allows. */
    public static boolean isValid(String lexical) {
        return monthDay(lexical).isPresent();
    }
}
