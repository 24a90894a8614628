package dev.kg.extract;

import java.util.Optional;

/** A person holding a title, in an organization when the text names one. */
public record PositionFact(String person, Lexicon.Title title, Optional<String> org, Span evidence) {}
