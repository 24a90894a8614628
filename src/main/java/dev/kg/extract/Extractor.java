package dev.kg.extract;

import dev.kg.normalize.NormalizedText;
import dev.kg.nlp.Sentence;
import dev.kg.nlp.Tokenizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The extract stage: normalized text → {@link ArticleFacts}. Its stages, in order:
 * <ol>
 *   <li>tokens: HanLP sentences and words ({@link Tokenizer});</li>
 *   <li>names and titles: persons accepted anywhere are recognised everywhere ({@link NameRepair},
 *       {@link Chunker});</li>
 *   <li>organizations and places ({@link PlaceResolver}, {@link OrgResolver});</li>
 *   <li>positions: who holds which title where ({@link PositionExtractor});</li>
 *   <li>events: what happened, when, where, organized by whom ({@link EventDetector});</li>
 *   <li>roles: who did what in each event ({@link RoleAssigner}).</li>
 * </ol>
 */
public final class Extractor {
    private final Lexicon lexicon;
    private final Tokenizer tokenizer;

    public Extractor(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.tokenizer = new Tokenizer(lexicon.dictionaryWords());
    }

    public ArticleFacts extract(NormalizedText text) {
        // tokens
        List<Sentence> raw = tokenizer.sentences(text.text());
        // names and titles, in two passes: names accepted anywhere are then recognised everywhere in the article
        NameRepair names = new NameRepair(lexicon);
        Set<String> known = new LinkedHashSet<>();
        Chunker firstPass = new Chunker(lexicon, Set.of());
        for (Sentence s : raw) {
            firstPass.chunk(names.repair(s, Set.of())).stream()
                    .filter(c -> c.is(Chunk.Type.PERSON)).forEach(c -> known.add(c.text()));
        }
        List<Sentence> sentences = raw.stream().map(s -> names.repair(s, known)).toList();
        Chunker chunker = new Chunker(lexicon, known);
        // organizations and places
        List<List<Chunk>> chunks = new ArrayList<>();
        PlaceResolver placeResolver = new PlaceResolver(lexicon);
        for (Sentence s : sentences) {
            List<Chunk> c = chunker.chunk(s);
            chunks.add(c);
            placeResolver.scan(c);
        }
        PlaceResolver.Result places = placeResolver.resolve();
        OrgResolver orgs = new OrgResolver(lexicon, places.home());
        // positions (and the persons and organizations as they occur)
        Map<String, List<Span>> persons = new LinkedHashMap<>();
        PositionExtractor positionExtractor = new PositionExtractor(lexicon);
        DistributiveOrgs distributive = new DistributiveOrgs(lexicon);
        List<PositionFact> positions = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            List<Chunk> cs = chunks.get(i);
            for (int k = 0; k < cs.size(); k++) {
                Chunk c = cs.get(k);
                // 泰州市政府|党组成员: the organization is 泰州市政府党组, which the position adds
                boolean headed = k + 1 < cs.size() && cs.get(k + 1).start() == c.end()
                        && cs.get(k + 1).title().flatMap(Lexicon.Title::orgHead).isPresent();
                if (c.is(Chunk.Type.ORG) && !headed) {
                    orgs.add(c.text(), c.span());
                } else if (c.is(Chunk.Type.PERSON)) {
                    persons.computeIfAbsent(c.text(), x -> new ArrayList<>()).add(c.span());
                }
            }
            for (DistributiveOrgs.Mention m : distributive.find(cs)) {
                orgs.add(m.name(), m.span());
            }
            for (PositionExtractor.RawPosition p : positionExtractor.extract(chunks.get(i), sentences.get(i).text(), sentences.get(i).start())) {
                Optional<String> org = p.org().map(o -> orgs.add(o, p.orgSpan().orElseThrow()));
                PositionFact fact = new PositionFact(p.person(), p.title(), org, p.evidence());
                if (positions.stream().noneMatch(q -> q.person().equals(fact.person()) && q.title().equals(fact.title()) && q.org().equals(fact.org()))) {
                    positions.add(fact);
                }
            }
        }
        // events, then roles in them
        EventDetector.Result events = new EventDetector(lexicon, orgs, places).detect(sentences, chunks);
        new RoleAssigner(lexicon).assign(events, positions);
        List<EventFact> eventFacts = events.table().facts(places);
        List<PlaceFact> placeFacts = new ArrayList<>(places.places());
        for (String venue : events.venues()) {
            int at = text.text().indexOf(venue);
            if (at >= 0 && placeFacts.stream().noneMatch(p -> p.name().equals(venue))) {
                placeFacts.add(new PlaceFact(venue, Set.of(), false, List.of(new Span(at, at + venue.length()))));
            }
        }
        List<PersonFact> personFacts = new ArrayList<>();
        persons.forEach((name, spans) -> personFacts.add(new PersonFact(name, spans)));
        return new ArticleFacts(text, sentences, personFacts, orgs.facts(), placeFacts, positions, eventFacts);
    }
}
