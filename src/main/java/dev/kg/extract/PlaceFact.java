package dev.kg.extract;

import java.util.List;
import java.util.Set;

/** A place the article mentions; {@code home} marks the place that 我市/我县 refer to. */
public record PlaceFact(String name, Set<String> aliases, boolean home, List<Span> mentions) {
    public PlaceFact {
        aliases = Set.copyOf(aliases);
        mentions = List.copyOf(mentions);
    }
}
