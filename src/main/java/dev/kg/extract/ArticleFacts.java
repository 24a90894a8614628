package dev.kg.extract;

import dev.kg.normalize.NormalizedText;
import dev.kg.nlp.Sentence;
import java.util.List;

/** Everything extracted from one article, in normalized-text offsets. */
public record ArticleFacts(
        NormalizedText text,
        List<Sentence> sentences,
        List<PersonFact> persons,
        List<OrgFact> organizations,
        List<PlaceFact> places,
        List<PositionFact> positions,
        List<EventFact> events) {
    public ArticleFacts {
        sentences = List.copyOf(sentences);
        persons = List.copyOf(persons);
        organizations = List.copyOf(organizations);
        places = List.copyOf(places);
        positions = List.copyOf(positions);
        events = List.copyOf(events);
    }
}
