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
    private static final int MAX_TITLE_TOKENS = 5;
    private final Lexicon lexicon;

    public Chunker(Lexicon lexicon) {
        this.lexicon = lexicon;
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
            for (int j = Math.min(n - 1, i + MAX_TITLE_TOKENS - 1); j >= i; j--) {
                String text = join(t, i, j);
                Optional<Lexicon.Title> title = lexicon.title(text);
                if (title.isPresent() && !isInsideLongerWord(t, i, j)) {
                    List<Token> toks = t.subList(i, j + 1);
                    Chunk c = Chunk.of(Chunk.Type.TITLE, sentence.text(), sentence.start(), toks);
                    at[i] = new Chunk(c.type(), c.start(), c.end(), c.text(), c.tokens(), title,
                            Optional.empty());
                    mark(owner, i, j);
                    i = j;
                    break;
                }
            }
        }
        // 2. persons and deictics
        for (int i = 0; i < n; i++) {
            if (owner[i] >= 0) {
                continue;
            }
            Token tok = t.get(i);
            if (isPersonName(tok)) {
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
                if (lexicon.orgSuffixAtEnd(t.get(k).word()).isPresent()) {
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
        // 4. the rest
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
            Chunk.Type type = tok.isPunctuation() ? Chunk.Type.PUNCT
                    : tok.natureStartsWith("ns") && tok.word().length() >= 2 ? Chunk.Type.PLACE
                    : Chunk.Type.WORD;
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

    /** 委员 inside 委员会: a title must not be followed by a token that continues the word. */
    private boolean isInsideLongerWord(List<Token> t, int i, int j) {
        return false;
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
