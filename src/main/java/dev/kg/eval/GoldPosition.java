package dev.kg.eval;

import java.util.Objects;
import java.util.Optional;

/** A title a person holds, as written, in an organization (gold {@code org} is the organization's name, or absent). */
public record GoldPosition(String person, String title, Optional<String> org) {
    public GoldPosition {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(org, "org");
    }
}
