package dev.kg.extract;

import dev.kg.nlp.NameEvidence;
import dev.kg.nlp.Sentence;
import dev.kg.nlp.Token;
import dev.kg.normalize.Han;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Persons and deictics: HanLP's person names where a person is expected (after a title, in a list
 * of names, in a credit line), references to a person named before (王市长), names listed as places,
 * and deictics (我市) with the deictics that stand for an organization.
 */
final class PersonChunks {
    private final Lexicon lexicon;
    private final Set<String> knownNames;
    private final TitleReference references;

    /** @param knownNames person names already accepted elsewhere in the article */
    PersonChunks(Lexicon lexicon, Set<String> knownNames) {
        this.lexicon = lexicon;
        this.knownNames = Set.copyOf(knownNames);
        this.references = new TitleReference(lexicon);
    }

    void personsAndDeictics(ChunkGrid g) {
        Sentence sentence = g.sentence;
        List<Token> t = g.tokens;
        int[] owner = g.owner;
        Chunk[] at = g.at;
        int n = t.size();
        for (int i = 0; i < n; i++) {
            if (owner[i] >= 0) {
                continue;
            }
            Token tok = t.get(i);
            if (isPersonName(tok) && isListedPlace(t, i)) {
                at[i] = Chunk.of(Chunk.Type.PLACE, sentence.text(), sentence.start(), List.of(tok));
                owner[i] = i;
            } else if (isPersonName(tok) && references.isReference(tok.word())) {
                // 王市长: the person named in full before, or nobody
                Optional<String> who = references.resolve(tok.word(), knownNames);
                if (who.isPresent()) {
                    at[i] = new Chunk(Chunk.Type.PERSON, tok.start(), tok.end(), who.get(), List.of(tok), Optional.empty());
                    owner[i] = i;
                }
            } else if (isPersonName(tok) && (knownNames.contains(tok.word()) || inPersonContext(g, i))) {
                at[i] = Chunk.of(Chunk.Type.PERSON, sentence.text(), sentence.start(), List.of(tok));
                owner[i] = i;
            } else if (lexicon.deictics().containsKey(tok.word())) {
                at[i] = Chunk.of(Chunk.Type.DEICTIC, sentence.text(), sentence.start(), List.of(tok));
                owner[i] = i;
            } else if (lexicon.isOrgDeictic(tok.word())) {
                at[i] = Chunk.of(Chunk.Type.ORG, sentence.text(), sentence.start(), List.of(tok));
                owner[i] = i;
            } else if (i + 1 < n && owner[i + 1] < 0 && tok.end() == t.get(i + 1).start()
                    && lexicon.isOrgDeictic(tok.word() + t.get(i + 1).word())) {
                at[i] = Chunk.of(Chunk.Type.ORG, sentence.text(), sentence.start(), t.subList(i, i + 2));
                g.mark(i, i + 1);
            }
        }
    }

    /**
     * 甲家桥、乙庙、丙滩等|乡镇|卫生院, 甲桥、乙湾等|地: names listed before 等 and a word of levels
     * (乡镇, 村) that qualifies an institution, or before 等地, are places, whatever HanLP took them for.
     */
    private boolean isListedPlace(List<Token> t, int i) {
        int k = i;
        while (k + 2 < t.size() && t.get(k + 1).word().equals("、") && isListItem(t.get(k + 2))) {
            k += 2;
        }
        if (k == i && !(i > 1 && t.get(i - 1).word().equals("、"))) {
            return false;   // a list has two names at least
        }
        if (k + 2 >= t.size() || !t.get(k + 1).word().equals("等")) {
            return false;
        }
        String kind = t.get(k + 2).word();
        if (kind.equals("地")) {
            return true;
        }
        boolean levels = kind.chars().allMatch(ch -> PlaceFinder.LEVELS.indexOf(ch) >= 0);
        return levels && k + 3 < t.size() && (t.get(k + 3).natureStartsWith("nis") || lexicon.isOrgSuffix(t.get(k + 3).word()));
    }

    private static boolean isListItem(Token tok) {
        return (tok.natureStartsWith("nr") || tok.natureStartsWith("ns")) && tok.word().length() >= 2 && tok.word().length() <= 4
                && Han.all(tok.word());
    }

    /**
     * HanLP finds many false names; keep one only where a person is expected: after a title, in a
     * 、 list with another name, before a verb or word that follows names, or as a byline.
     */
    private boolean inPersonContext(ChunkGrid g, int i) {
        Sentence s = g.sentence;
        List<Token> t = g.tokens;
        int[] owner = g.owner;
        Chunk[] at = g.at;
        Token tok = t.get(i);
        if (i > 0 && owner[i - 1] >= 0 && at[owner[i - 1]] != null && at[owner[i - 1]].is(Chunk.Type.TITLE)) {
            return true;
        }
        if (inCreditLine(t, i)) {
            return true;
        }
        // 某家桥、某子庙: a "name" that ends as places end is a place, unless a title names its holder
        if (NameEvidence.endsPlacesRatherThanNames(tok.word().charAt(tok.word().length() - 1))) {
            return false;
        }
        // 张某国务委员: a title right after the name, itself not before another name
        if (i + 1 < t.size() && owner[i + 1] == i + 1 && at[i + 1].is(Chunk.Type.TITLE) && tok.end() == t.get(i + 1).start()
                && (i + 2 >= t.size() || !t.get(i + 2).natureStartsWith("nr"))) {
            return true;
        }
        boolean listBefore = i > 1 && t.get(i - 1).word().equals("、") && isPersonName(t.get(i - 2));
        boolean listAfter = i + 2 < t.size() && t.get(i + 1).word().equals("、") && isPersonName(t.get(i + 2));
        if (listBefore || listAfter) {
            return true;
        }
        int at2 = tok.end() - s.start();
        if (at2 >= s.text().length() || lexicon.nameBoundaryAt(s.text(), at2)) {
            return true;
        }
        String before = i > 0 ? t.get(i - 1).word() : "";
        String after = i + 1 < t.size() ? t.get(i + 1).word() : "";
        return (before.endsWith("(") || before.endsWith("（") || before.endsWith(":") || before.endsWith("：") || before.isBlank())
                && (after.startsWith(")") || after.startsWith("）") || after.isEmpty() || after.isBlank());
    }

    /** 摄影 张某 李某, 撰稿：王某, 文/赵某: after a space in a credit line or after a name, or after a credit word. */
    private boolean inCreditLine(List<Token> t, int i) {
        Token tok = t.get(i);
        boolean creditLine = t.stream().anyMatch(x -> lexicon.creditRoles().contains(x.word()));
        if (i > 0 && t.get(i - 1).end() < tok.start() && (isPersonName(t.get(i - 1)) || creditLine)) {
            return true;
        }
        return i > 1 && List.of(":", "：", "/").contains(t.get(i - 1).word()) && lexicon.creditRoles().contains(t.get(i - 2).word());
    }

    static boolean isPersonName(Token tok) {
        String w = tok.word();
        // 白蒲镇/nr: HanLP tags some towns as names; a level character ends a place, not a name
        return tok.natureStartsWith("nr") && w.length() >= 2 && w.length() <= 4
                && PlaceFinder.LEVELS.indexOf(w.charAt(w.length() - 1)) < 0
                && Han.all(w) && NameEvidence.plausibleName(w, true);
    }
}
