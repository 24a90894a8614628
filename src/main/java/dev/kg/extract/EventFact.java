package dev.kg.extract;

import java.util.List;
import java.util.Optional;

/**
 * An event: kind code (inspection, meeting, visit, …), the ontology class local name, the article's
 * own name for it, dates, part of day, place and organizer names, and who took part in which role.
 */
public record EventFact(
        int number,
        String kind,
        String eventClass,
        String label,
        Optional<PartialDate> start,
        Optional<PartialDate> end,
        Optional<String> partOfDay,
        Optional<String> place,
        Optional<String> organizer,
        List<ParticipationFact> participants,
        Span evidence) {
    public EventFact {
        participants = List.copyOf(participants);
    }
}
