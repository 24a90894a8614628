package dev.kg.extract;

/** A person in a role (a code of the roles scheme) in an event. */
public record ParticipationFact(String person, String role, Span evidence) {}
