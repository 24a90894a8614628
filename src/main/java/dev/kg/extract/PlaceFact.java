package dev.kg.extract;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A place: {@code home} marks the place that 我市/我县 refer to; {@code code} is its administrative
 * division code when the gazetteer knows it; {@code containedIn} names the enclosing place. A place
 * with no mentions was not named by the article but inferred (the province of its city).
 */
public record PlaceFact(String name, Set<String> aliases, boolean home, List<Span> mentions,
                        Optional<String> code, Optional<String> containedIn) {
    public PlaceFact {
        // sorted, not Set.copyOf: its order changes from one JVM to the next, and so would the output's
        aliases = Collections.unmodifiableSortedSet(new TreeSet<>(aliases));
        mentions = List.copyOf(mentions);
    }

    public PlaceFact(String name, Set<String> aliases, boolean home, List<Span> mentions) {
        this(name, aliases, home, mentions, Optional.empty(), Optional.empty());
    }

    public boolean inferred() {
        return mentions.isEmpty();
    }
}
