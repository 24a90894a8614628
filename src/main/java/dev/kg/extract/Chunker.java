package dev.kg.extract;

import dev.kg.nlp.Sentence;
import dev.kg.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Groups a sentence's tokens into chunks: titles first (longest lexicon match over whole tokens),
 * then person names (HanLP {@code nr*}), deictics, organizations (a run of name-like tokens closed
 * by an organization suffix), places (HanLP {@code ns}), punctuation, other words.
 */
public final class Chunker {
    private static final String LEVELS = "省市县区镇乡村";
    private static final String LEADING_GLUE = "及和与对向在就把将从由为同跟给";
    private final Lexicon lexicon;
    private final TitleMatcher titles;
    private final java.util.Set<String> knownNames;

    /** @param knownNames person names already accepted elsewhere in the article */
    public Chunker(Lexicon lexicon, java.util.Set<String> knownNames) {
        this.lexicon = lexicon;
        this.titles = new TitleMatcher(lexicon);
        this.knownNames = java.util.Set.copyOf(knownNames);
    }

    public List<Chunk> chunk(Sentence sentence) {
        List<Token> t = sentence.tokens();
        int n = t.size();
        Chunk[] at = new Chunk[n];    // chunk starting at token i
        int[] owner = new int[n];     // index of the chunk-start token covering token i, or -1
        java.util.Arrays.fill(owner, -1);

        // 1. titles
        for (int i = 0; i < n; i++) {
            if (owner[i] >= 0) {
                continue;
            }
            int j = titles.end(t, i);
            if (j >= 0) {
                Chunk c = Chunk.of(Chunk.Type.TITLE, sentence.text(), sentence.start(), t.subList(i, j + 1));
                at[i] = new Chunk(c.type(), c.start(), c.end(), c.text(), c.tokens(), titles.title(t, i, j),
                        Optional.empty());
                mark(owner, i, j);
                i = j;
            }
        }
        // 2. persons and deictics
        for (int i = 0; i < n; i++) {
            if (owner[i] >= 0) {
                continue;
            }
            Token tok = t.get(i);
            if (isPersonName(tok) && (knownNames.contains(tok.word()) || inPersonContext(sentence, t, i, owner, at))) {
                at[i] = Chunk.of(Chunk.Type.PERSON, sentence.text(), sentence.start(), List.of(tok));
                owner[i] = i;
            } else if (lexicon.deictics().containsKey(tok.word())) {
                at[i] = Chunk.of(Chunk.Type.DEICTIC, sentence.text(), sentence.start(), List.of(tok));
                owner[i] = i;
            }
        }
        // 3. organizations: maximal runs of name-like tokens, cut after the last suffix
        for (int i = 0; i < n; ) {
            if (owner[i] >= 0 || !isOrgInternal(t.get(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < n && owner[j + 1] < 0 && isOrgInternal(t.get(j + 1))) {
                j++;
            }
            int last = -1;
            for (int k = j; k >= i; k--) {
                if (lexicon.orgSuffixAtEnd(join(t, i, k)).isPresent()) {
                    last = k;
                    break;
                }
            }
            // a run does not start with a lone modifier character (加强地方党委: 强)
            while (i < last && t.get(i).word().length() == 1 && !t.get(i).natureStartsWith("n") && !t.get(i).natureStartsWith("j")) {
                i++;
            }
            if (last >= 0 && startsWithGenericModifier(t.get(last).word(), t.get(last).word())) {
                last = -1;
            }
            if (last >= 0) {
                int from = i;
                while (from < last && lexicon.isGenericModifier(t.get(from).word())) {
                    from++;
                }
                boolean generic = from > i && lexicon.isOrgSuffix(join(t, from, last));
                if (!generic && !startsWithGenericModifier(t.get(from).word(), join(t, from, last))) {
                    at[from] = Chunk.of(Chunk.Type.ORG, sentence.text(), sentence.start(), t.subList(from, last + 1));
                    mark(owner, from, last);
                }
            }
            i = j + 1;
        }
        // 4. places: a division name, or up to three characters of name before a level character (杉/桥/镇)
        for (int i = 0; i < n; i++) {
            if (owner[i] >= 0) {
                continue;
            }
            Token tok = t.get(i);
            if (tok.natureStartsWith("ns") && tok.word().length() >= 2) {
                at[i] = Chunk.of(Chunk.Type.PLACE, sentence.text(), sentence.start(), List.of(tok));
                owner[i] = i;
            } else if (tok.word().length() == 1 && LEVELS.indexOf(tok.word().charAt(0)) >= 0 && i > 0) {
                int from = i;
                int chars = 0;
                while (from - 1 >= 0 && owner[from - 1] < 0 && isPlaceName(t.get(from - 1)) && chars + t.get(from - 1).word().length() <= 3) {
                    from--;
                    chars += t.get(from).word().length();
                }
                if (from < i) {
                    at[from] = Chunk.of(Chunk.Type.PLACE, sentence.text(), sentence.start(), t.subList(from, i + 1));
                    mark(owner, from, i);
                }
            }
        }
        // 5. the rest
        List<Chunk> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (owner[i] >= 0 && owner[i] != i) {
                continue;
            }
            if (at[i] != null) {
                out.add(at[i]);
                continue;
            }
            Token tok = t.get(i);
            Chunk.Type type = tok.isPunctuation() ? Chunk.Type.PUNCT : Chunk.Type.WORD;
            out.add(Chunk.of(type, sentence.text(), sentence.start(), List.of(tok)));
        }
        return out;
    }

    /** A generic word glued to a suffix in one token, as HanLP writes 地方党委. */
    private boolean startsWithGenericModifier(String firstWord, String orgText) {
        for (int len = 1; len < orgText.length(); len++) {
            if (lexicon.isGenericModifier(orgText.substring(0, len)) && lexicon.isOrgSuffix(orgText.substring(len))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPlaceName(Token tok) {
        String n = tok.nature();
        return (n.startsWith("n") && !n.equals("nnt") && !n.equals("nis") || n.equals("ng") || n.equals("j") || n.equals("s")
                || n.equals("b") || n.equals("x") || n.equals("ag"))
                && tok.word().codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                && LEADING_GLUE.indexOf(tok.word().charAt(0)) < 0;
    }

    /**
     * HanLP finds many false names; keep one only where a person is expected: after a title, in a
     * 、 list with another name, before a verb or word that follows names, or as a byline.
     */
    private boolean inPersonContext(Sentence s, List<Token> t, int i, int[] owner, Chunk[] at) {
        Token tok = t.get(i);
        if (i > 0 && owner[i - 1] >= 0 && at[owner[i - 1]] != null && at[owner[i - 1]].is(Chunk.Type.TITLE)) {
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

    static boolean isPersonName(Token tok) {
        String w = tok.word();
        return tok.natureStartsWith("nr") && w.length() >= 2 && w.length() <= 4
                && w.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private boolean isOrgInternal(Token tok) {
        String w = tok.word();
        String nature = tok.nature();
        if (lexicon.roleVerbs().containsKey(w) || lexicon.eventVerbs().containsKey(w)
                || lexicon.meetingNouns().containsKey(w) || lexicon.deictics().containsKey(w)) {
            return false;
        }
        if (nature.startsWith("nr") || nature.equals("nnt") || nature.equals("nnd")) {
            return false;
        }
        if (nature.startsWith("m")) {
            return w.matches("第?[一二三四五六七八九十0-9]*") && !w.isEmpty();
        }
        return nature.startsWith("n") || nature.equals("vn") || nature.equals("j") || nature.equals("b")
                || nature.equals("a") || nature.equals("ng") || nature.equals("nz");
    }

    private static String join(List<Token> t, int i, int j) {
        StringBuilder sb = new StringBuilder();
        for (int k = i; k <= j; k++) {
            sb.append(t.get(k).word());
        }
        return sb.toString();
    }

    private static void mark(int[] owner, int i, int j) {
        for (int k = i; k <= j; k++) {
            owner[k] = i;
        }
    }
}
