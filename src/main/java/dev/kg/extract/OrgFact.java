package dev.kg.extract;

import java.util.List;
import java.util.Set;

/**
 * An organization: its fullest name the article supports, the other forms it goes by, the class
 * its suffix implies (a local name of the kg ontology, or {@code Organization}), and its mentions.
 */
public record OrgFact(String name, Set<String> aliases, String orgClass, List<Span> mentions) {
    public OrgFact {
        aliases = Set.copyOf(aliases);
        mentions = List.copyOf(mentions);
    }
}
