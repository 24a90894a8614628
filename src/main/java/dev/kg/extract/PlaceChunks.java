package dev.kg.extract;

import static dev.kg.extract.ChunkGrid.join;

import dev.kg.nlp.Sentence;
import dev.kg.nlp.Token;
import java.util.List;

/**
 * Places and facilities: HanLP's place names that are not a generic word before a level nor a split
 * title, and facilities named after a verb of going.
 */
final class PlaceChunks {
    private final Lexicon lexicon;
    private final NameWords words;

    PlaceChunks(Lexicon lexicon, NameWords words) {
        this.lexicon = lexicon;
        this.words = words;
    }

    void places(ChunkGrid g) {
        Sentence sentence = g.sentence;
        List<Token> t = g.tokens;
        int[] owner = g.owner;
        Chunk[] at = g.at;
        int n = t.size();
        for (Span p : PlaceFinder.find(t, 0, n, owner)) {
            int from = tokenAt(t, p.start());
            int to = tokenAt(t, p.end() - 1);
            if (isCommonNamePart(join(t, from, to)) || isTitleSplit(t, from, to)) {
                continue;
            }
            at[from] = Chunk.of(Chunk.Type.PLACE, sentence.text(), sentence.start(), t.subList(from, to + 1));
            g.mark(from, to);
        }
    }

    /** 代县/ns 长: one character before a level that, with the 长 after it, is a title (代县长), not a county. */
    private boolean isTitleSplit(List<Token> t, int from, int to) {
        String place = join(t, from, to);
        return place.length() == 2 && to + 1 < t.size() && t.get(to + 1).word().startsWith("长")
                && lexicon.title(place.charAt(1) + "长").isPresent();
    }

    /** 基层|县, 巡察|村: a generic word or a verb of the genre before a level is no place's name. */
    private boolean isCommonNamePart(String place) {
        String name = place.substring(0, place.length() - 1);
        return PlaceFinder.LEVELS.indexOf(place.charAt(place.length() - 1)) >= 0
                && (lexicon.isGenericModifier(name) || lexicon.eventVerbs().containsKey(name) || lexicon.roleVerbs().containsKey(name));
    }

    /** 前往仪征国际网球赛事中心、…: a facility named after a verb of going (or 在) is a place. */
    void facilities(ChunkGrid g) {
        Sentence sentence = g.sentence;
        List<Token> t = g.tokens;
        int[] owner = g.owner;
        Chunk[] at = g.at;
        boolean afterGoing = false;
        for (int k = 0; k < t.size(); k++) {
            String w = t.get(k).word();
            if (lexicon.visitVerbs().contains(w) || w.equals("在") || w.equals("前往")) {
                afterGoing = true;
                continue;
            }
            if (owner[k] >= 0 || !afterGoing) {
                if (owner[k] < 0 && t.get(k).isPunctuation() && !w.equals("、")) {
                    afterGoing = false;
                }
                continue;
            }
            String w2 = w;
            boolean closed = k + 1 >= t.size() || t.get(k + 1).isPunctuation() || t.get(k + 1).word().equals("等")
                    || t.get(k + 1).natureStartsWith("v") || t.get(k + 1).natureStartsWith("p") || t.get(k + 1).natureStartsWith("c");
            if (closed && lexicon.facilitySuffixes().stream().anyMatch(w2::endsWith)) {
                int from = k;
                while (from > 0 && owner[from - 1] < 0 && words.isCompanyWord(t.get(from - 1))
                        && !lexicon.visitVerbs().contains(t.get(from - 1).word())) {
                    from--;
                }
                // 青禾县|卫生|局机关: the place that opens the facility's name belongs to it
                if (from > 0 && owner[from - 1] >= 0 && at[owner[from - 1]] != null && at[owner[from - 1]].is(Chunk.Type.PLACE)
                        && t.get(from - 1).end() == t.get(from).start() && from < k) {
                    int place = owner[from - 1];
                    at[place] = null;
                    from = place;
                }
                if (from < k) {
                    at[from] = Chunk.of(Chunk.Type.PLACE, sentence.text(), sentence.start(), t.subList(from, k + 1));
                    g.mark(from, k);
                }
            } else if (t.get(k).isPunctuation() && !w.equals("、")) {
                afterGoing = false;
            }
        }
    }

    private static int tokenAt(List<Token> t, int offset) {
        for (int k = 0; k < t.size(); k++) {
            if (t.get(k).start() <= offset && offset < t.get(k).end()) {
                return k;
            }
        }
        throw new IllegalStateException("no token at " + offset);
    }
}
