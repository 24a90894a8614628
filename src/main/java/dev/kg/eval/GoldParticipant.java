package dev.kg.eval;

import java.util.Objects;

/** A person in one role (a code of the roles scheme) in one gold event. */
public record GoldParticipant(String person, String role) {
    public GoldParticipant {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(role, "role");
    }
}
