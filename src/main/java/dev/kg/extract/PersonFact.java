package dev.kg.extract;

import java.util.List;

/** A person the article names, with every span that names them. */
public record PersonFact(String name, List<Span> mentions) {
    public PersonFact {
        mentions = List.copyOf(mentions);
    }
}
