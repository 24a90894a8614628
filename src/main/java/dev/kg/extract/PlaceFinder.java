package dev.kg.extract;

import dev.kg.nlp.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Place names in a run of tokens: a division name HanLP knows ({@code 黄冈市/ns}), joined to a
 * level character that follows it ({@code 衡阳/ns 县}), or up to three characters of name before a
 * level character ({@code 杉/桥/镇}).
 */
final class PlaceFinder {
    static final String LEVELS = "省市县区镇乡村";
    private static final String GLUE = "及和与对向在就把将从由为同跟给";

    private PlaceFinder() {}

    /** Spans (article offsets) of the places among tokens {@code [from, to)} not yet owned. */
    static List<Span> find(List<Token> t, int from, int to, int[] owner) {
        List<Span> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (owner != null && owner[i] >= 0) {
                continue;
            }
            Token tok = t.get(i);
            boolean nsBeforeLevel = tok.natureStartsWith("ns") && i + 1 < to && isLevel(t.get(i + 1))
                    && (owner == null || owner[i + 1] < 0) && LEVELS.indexOf(tok.word().charAt(tok.word().length() - 1)) < 0;
            if (tok.natureStartsWith("ns") && tok.word().length() >= 2 && !nsBeforeLevel) {
                out.add(new Span(tok.start(), tok.end()));
            } else if (isLevel(tok) && i > from) {
                int start = i;
                int chars = 0;
                while (start - 1 >= from && (owner == null || owner[start - 1] < 0) && isName(t.get(start - 1))
                        && chars + t.get(start - 1).word().length() <= 3
                        && LEVELS.indexOf(lastChar(t.get(start - 1))) < 0) {
                    start--;
                    chars += t.get(start).word().length();
                }
                if (start < i) {
                    // drop any place found inside this one (河口 in 沫河口镇)
                    int s0 = t.get(start).start();
                    out.removeIf(sp -> sp.start() >= s0);
                    out.add(new Span(s0, tok.end()));
                }
            }
        }
        return out;
    }

    private static char lastChar(Token tok) {
        return tok.word().charAt(tok.word().length() - 1);
    }

    private static boolean isLevel(Token tok) {
        return tok.word().length() == 1 && LEVELS.indexOf(tok.word().charAt(0)) >= 0;
    }

    private static boolean isName(Token tok) {
        String n = tok.nature();
        return (n.startsWith("n") && !n.equals("nnt") && !n.equals("nis") || n.equals("ng") || n.equals("j")
                || n.equals("s") || n.equals("b") || n.equals("x") || n.equals("ag"))
                && tok.word().codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                && GLUE.indexOf(tok.word().charAt(0)) < 0
                && !(tok.word().length() == 1 && LEVELS.indexOf(tok.word().charAt(0)) >= 0);
    }
}
