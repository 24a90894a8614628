package dev.kg.extract;

import java.util.Optional;

/** A calendar date whose year may be unknown (the text gave only month and day). */
public record PartialDate(Optional<Integer> year, int month, int day) {
    public PartialDate {
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            throw new IllegalArgumentException("bad month/day " + month + "/" + day);
        }
    }

    public PartialDate withYear(int y) {
        return new PartialDate(Optional.of(y), month, day);
    }

    /** {@code YYYY-MM-DD} when the year is known, else the xsd:gMonthDay form {@code --MM-DD}. */
    public String lexical() {
        String md = String.format("%02d-%02d", month, day);
        return year.map(y -> String.format("%04d-", y) + md).orElse("--" + md);
    }
}
