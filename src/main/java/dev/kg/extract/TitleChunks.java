package dev.kg.extract;

import dev.kg.nlp.Sentence;
import dev.kg.nlp.Token;
import java.util.List;

/** Titles: the longest lexicon match over whole tokens; a title chunk carries its lexicon entry. */
final class TitleChunks {
    private final TitleMatcher titles;

    TitleChunks(Lexicon lexicon) {
        this.titles = new TitleMatcher(lexicon);
    }

    void titles(ChunkGrid g) {
        Sentence sentence = g.sentence;
        List<Token> t = g.tokens;
        int[] owner = g.owner;
        Chunk[] at = g.at;
        int n = t.size();
        for (int i = 0; i < n; i++) {
            if (owner[i] >= 0) {
                continue;
            }
            int j = titles.end(t, i);
            if (j >= 0) {
                Chunk c = Chunk.of(Chunk.Type.TITLE, sentence.text(), sentence.start(), t.subList(i, j + 1));
                at[i] = new Chunk(c.type(), c.start(), c.end(), c.text(), c.tokens(), titles.title(t, i, j));
                g.mark(i, j);
                i = j;
            }
        }
    }
}
