package dev.kg.extract;

import dev.kg.nlp.Sentence;
import dev.kg.nlp.Token;
import dev.kg.normalize.Han;
import java.util.List;

/**
 * Chunks that an organization chunk next to them decides: one more department in a list of a
 * body's departments, a body's premises (a place), and the article's own body before a title that
 * names its committee.
 */
final class BodyNeighbours {
    private final Lexicon lexicon;
    private final NameWords words;

    BodyNeighbours(Lexicon lexicon, NameWords words) {
        this.lexicon = lexicon;
        this.words = words;
    }

    /**
     * 教务处、学生/nnt 处/n、人事处: in a list of a body's departments, a word and a lone department
     * suffix are one more department, whatever HanLP took the word for.
     */
    void listedUnits(ChunkGrid g) {
        Sentence sentence = g.sentence;
        List<Token> t = g.tokens;
        int[] owner = g.owner;
        Chunk[] at = g.at;
        for (int k = 1; k < t.size(); k++) {
            Token w = t.get(k - 1);
            if (owner[k] >= 0 || owner[k - 1] >= 0 || !lexicon.isUnitSuffix(t.get(k).word()) || w.end() != t.get(k).start()
                    || w.word().length() != 2 || !Han.all(w.word()) || !words.isCompanyWord(w) && !w.natureStartsWith("nnt")) {
                continue;
            }
            boolean before = k >= 3 && t.get(k - 2).word().equals("、") && isUnitChunk(g.covering(k - 3));
            boolean after = k + 2 < t.size() && t.get(k + 1).word().equals("、") && isUnitChunk(g.covering(k + 2));
            if (before || after) {
                at[k - 1] = Chunk.of(Chunk.Type.ORG, sentence.text(), sentence.start(), t.subList(k - 1, k + 1));
                g.mark(k - 1, k);
            }
        }
    }

    private boolean isUnitChunk(Chunk c) {
        return c != null && c.is(Chunk.Type.ORG) && lexicon.orgSuffixAtEnd(c.text()).filter(lexicon::isUnitSuffix).isPresent();
    }

    /** 集团公司|服务|楼, 县政府|办公楼: a body's building, named after the body, is a place. */
    void premises(ChunkGrid g) {
        Sentence sentence = g.sentence;
        List<Token> t = g.tokens;
        int[] owner = g.owner;
        Chunk[] at = g.at;
        for (int k = 1; k < t.size(); k++) {
            Chunk body = g.covering(k - 1);
            if (body == null || !body.is(Chunk.Type.ORG) || owner[k] >= 0) {
                continue;
            }
            for (int j = k; j < t.size() && j <= k + 2 && owner[j] < 0 && t.get(j - 1).end() == t.get(j).start()
                    && (t.get(j).natureStartsWith("n") || t.get(j).natureStartsWith("vn")) && Han.all(t.get(j).word()); j++) {
                String w = t.get(j).word();
                if (lexicon.premisesSuffixes().stream().anyMatch(w::endsWith)) {
                    int from = owner[k - 1];
                    at[from] = Chunk.of(Chunk.Type.PLACE, sentence.text(), sentence.start(), t.subList(from, j + 1));
                    g.mark(from, j);
                    break;
                }
            }
        }
    }

    /**
     * 校|党委书记, 集团|纪委书记: the article's own body, by one character or by its kind, opening a
     * phrase right before a title that names its committee. It becomes an organization chunk, so
     * that the title's organization is that body's committee (校党委, 集团纪委).
     */
    void ownBodyBeforeTitle(ChunkGrid g) {
        Sentence sentence = g.sentence;
        List<Token> t = g.tokens;
        int[] owner = g.owner;
        Chunk[] at = g.at;
        for (int k = 0; k + 1 < t.size(); k++) {
            String w = t.get(k).word();
            Chunk next = at[k + 1];
            boolean bodyWord = lexicon.isBodyAbbreviation(w) || lexicon.isCompanySuffix(w);
            boolean opensPhrase = k == 0 || owner[k - 1] >= 0 || t.get(k - 1).isPunctuation() || !words.isCompanyWord(t.get(k - 1));
            if (owner[k] < 0 && bodyWord && opensPhrase && next != null && next.is(Chunk.Type.TITLE)
                    && t.get(k).end() == t.get(k + 1).start() && next.title().flatMap(Lexicon.Title::orgHead).isPresent()) {
                at[k] = Chunk.of(Chunk.Type.ORG, sentence.text(), sentence.start(), List.of(t.get(k)));
                owner[k] = k;
            }
        }
    }
}
