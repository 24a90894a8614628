package dev.kg.extract;

import dev.kg.nlp.Sentence;
import java.util.List;
import java.util.Set;

/**
 * Groups a sentence's tokens into chunks: titles first (longest lexicon match over whole tokens),
 * then person names (HanLP {@code nr*}), deictics, organizations (a run of name-like tokens closed
 * by an organization suffix), places (HanLP {@code ns}), punctuation, other words.
 *
 * <p>Each rule family lives in its own class; this class only runs their passes, in the order
 * below, over one {@link ChunkGrid}. A pass leaves alone the tokens an earlier pass claimed.
 */
public final class Chunker {
    private final TitleChunks titles;
    private final PersonChunks persons;
    private final OrgChunks orgs;
    private final PlaceChunks places;
    private final BodyNeighbours neighbours;

    /** @param knownNames person names already accepted elsewhere in the article */
    public Chunker(Lexicon lexicon, Set<String> knownNames) {
        NameWords words = new NameWords(lexicon);
        this.titles = new TitleChunks(lexicon);
        this.persons = new PersonChunks(lexicon, knownNames);
        this.orgs = new OrgChunks(lexicon, words);
        this.places = new PlaceChunks(lexicon, words);
        this.neighbours = new BodyNeighbours(lexicon, words);
    }

    public List<Chunk> chunk(Sentence sentence) {
        ChunkGrid g = new ChunkGrid(sentence);
        // 1. titles
        titles.titles(g);
        // 2. persons and deictics
        persons.personsAndDeictics(g);
        // 3. organizations
        orgs.companies(g);
        orgs.organizations(g);
        neighbours.listedUnits(g);
        // 4. places
        places.places(g);
        places.facilities(g);
        neighbours.premises(g);
        neighbours.ownBodyBeforeTitle(g);
        // 5. the rest
        return g.chunks();
    }
}
