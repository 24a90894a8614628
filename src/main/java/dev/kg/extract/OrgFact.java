package dev.kg.extract;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * An organization: its fullest name the article supports, the other forms it goes by, the class
 * its suffix implies (a local name of the kg ontology, or {@code Organization}), and its mentions.
 */
public record OrgFact(String name, Set<String> aliases, String orgClass, List<Span> mentions) {
    public OrgFact {
        // sorted, not Set.copyOf: its order changes from one JVM to the next, and so would the output's
        aliases = Collections.unmodifiableSortedSet(new TreeSet<>(aliases));
        mentions = List.copyOf(mentions);
    }
}
