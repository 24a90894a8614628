package dev.kg.extract;

import dev.kg.normalize.NormalizedText;
import dev.kg.nlp.Sentence;
import dev.kg.nlp.Tokenizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The extract stage: normalized text → {@link ArticleFacts}. Runs the chunker over every sentence,
 * then places (to find the article's home), organizations, persons, positions, and events.
 */
public final class Extractor {
    private final Lexicon lexicon;
    private final Tokenizer tokenizer = new Tokenizer();

    public Extractor(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    public ArticleFacts extract(NormalizedText text) {
        List<Sentence> sentences = tokenizer.sentences(text.text());
        Chunker chunker = new Chunker(lexicon);
        List<List<Chunk>> chunks = new ArrayList<>();
        PlaceResolver placeResolver = new PlaceResolver(lexicon);
        for (Sentence s : sentences) {
            List<Chunk> c = chunker.chunk(s);
            chunks.add(c);
            placeResolver.scan(c);
        }
        PlaceResolver.Result places = placeResolver.resolve();
        OrgResolver orgs = new OrgResolver(lexicon, places.home());
        Map<String, List<Span>> persons = new LinkedHashMap<>();
        PositionExtractor positionExtractor = new PositionExtractor(lexicon);
        List<PositionFact> positions = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            for (Chunk c : chunks.get(i)) {
                if (c.is(Chunk.Type.ORG)) {
                    orgs.add(c.text(), c.span());
                } else if (c.is(Chunk.Type.PERSON)) {
                    persons.computeIfAbsent(c.text(), k -> new ArrayList<>()).add(c.span());
                }
            }
            for (PositionExtractor.RawPosition p : positionExtractor.extract(chunks.get(i), sentences.get(i).text(), sentences.get(i).start())) {
                Optional<String> org = p.org().map(o -> orgs.add(o, p.orgSpan().orElseThrow()));
                PositionFact fact = new PositionFact(p.person(), p.title(), org, p.evidence());
                if (positions.stream().noneMatch(q -> q.person().equals(fact.person()) && q.title().equals(fact.title()) && q.org().equals(fact.org()))) {
                    positions.add(fact);
                }
            }
        }
        EventExtractor events = new EventExtractor(lexicon, orgs, places);
        List<EventFact> eventFacts = events.extract(sentences, chunks, positions);
        List<PersonFact> personFacts = new ArrayList<>();
        persons.forEach((name, spans) -> personFacts.add(new PersonFact(name, spans)));
        return new ArticleFacts(text, sentences, personFacts, orgs.facts(), places.places(), positions, eventFacts);
    }
}
