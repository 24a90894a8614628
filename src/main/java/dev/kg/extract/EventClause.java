package dev.kg.extract;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One clause as event detection left it for role assignment: its chunks, the index of its first
 * verb, its subject, the events it names (by chunk index), the event the text is about after it,
 * and the visit verbs in it that are followed by a place.
 */
record EventClause(List<Chunk> chunks, int firstVerb, List<Chunk> subject, Map<Integer, EventBuilder> triggers,
                   EventBuilder current, Set<Integer> visits) {
    EventClause {
        chunks = List.copyOf(chunks);
        subject = List.copyOf(subject);
        triggers = Collections.unmodifiableMap(new LinkedHashMap<>(triggers));   // in text order
        visits = Set.copyOf(visits);
    }
}
