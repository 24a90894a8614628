package dev.kg.extract;

import dev.kg.link.Gazetteer;
import dev.kg.nlp.CoreWords;
import dev.kg.nlp.Token;
import dev.kg.normalize.Han;
import java.util.ArrayList;
import java.util.List;

/**
 * Place names in a run of tokens: a division name HanLP knows ({@code 泰州市/ns}), joined to a
 * level character that follows it ({@code 宝应/ns 县}), or up to three characters of name before a
 * level character ({@code 白/蒲/镇}).
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
            boolean endsWithLevel = LEVELS.indexOf(lastChar(tok)) >= 0;
            boolean ns = tok.natureStartsWith("ns") && tok.word().length() >= 2
                    && (LEVELS.indexOf(lastChar(tok)) >= 0 || !Gazetteer.standard().byName(tok.word()).isEmpty())
                    || tok.natureStartsWith("nr") && tok.word().length() >= 3 && endsWithLevel;   // 白蒲镇/nr
            boolean nextIsLevel = i + 1 < to && isLevel(t.get(i + 1)) && (owner == null || owner[i + 1] < 0);
            if (ns && !endsWithLevel && nextIsLevel) {
                continue;   // 宝应/ns 县: the level token closes the name
            }
            if (!(ns || isLevel(tok) && i > from)) {
                continue;
            }
            if (ns && !endsWithLevel && i + 1 < to && isModified(tok, t.get(i + 1))) {
                continue;
            }
            // the name part before the level: the token's own, plus name tokens before it, three characters at most
            int namePart = endsWithLevel ? tok.word().length() - 1 : tok.word().length();
            if (endsWithLevel && namePart > 0 && LEVELS.indexOf(tok.word().charAt(namePart - 1)) >= 0
                    && !(namePart >= 2 && tok.word().charAt(namePart - 1) == lastChar(tok))) {
                continue;   // 美乡村, 乡镇: two levels in a row are a common noun (but 李镇镇 is 李镇 + 镇)
            }
            int start = i;
            if (endsWithLevel) {
                while (start - 1 >= from && (owner == null || owner[start - 1] < 0)
                        && (isName(t.get(start - 1)) || namePart > 0 && opensListedName(t, start - 1, i, from, to))
                        && t.get(start - 1).end() == t.get(start).start()
                        && namePart + t.get(start - 1).word().length() <= 3 && LEVELS.indexOf(lastChar(t.get(start - 1))) < 0) {
                    start--;
                    namePart += t.get(start).word().length();
                }
            }
            if (namePart > 0 && (ns || start < i || namePart >= 2)) {
                out.add(new Span(t.get(start).start(), tok.end()));
            }
        }
        return out;
    }

    /**
     * 、新/a 渭/ng 村、建/v 福/n 村: in a list, a village's name may start with a character HanLP reads
     * as an adjective or a verb; it opens the name when a list separator stands before or after it.
     */
    private static boolean opensListedName(List<Token> t, int k, int level, int from, int to) {
        Token tok = t.get(k);
        boolean listed = k - 1 >= from && t.get(k - 1).word().equals("、") || level + 1 < to && t.get(level + 1).word().equals("、");
        return listed && tok.word().length() == 1 && Han.all(tok.word())
                && (tok.natureStartsWith("a") || tok.natureStartsWith("v")) && GLUE.indexOf(tok.word().charAt(0)) < 0
                && LEVELS.indexOf(tok.word().charAt(0)) < 0;
    }

    /**
     * 惠民/ns 工程: a short division name that HanLP's core dictionary does not know as a place,
     * right before a noun, is a word qualifying that noun (惠民工程), not the division.
     */
    private static boolean isModified(Token tok, Token next) {
        if (tok.end() != next.start() || !(next.nature().equals("n") || next.nature().equals("vn"))) {
            return false;
        }
        return !CoreWords.taggedAs(tok.word(), "ns");
    }

    private static char lastChar(Token tok) {
        return tok.word().charAt(tok.word().length() - 1);
    }

    private static boolean isLevel(Token tok) {
        return tok.word().length() == 1 && LEVELS.indexOf(tok.word().charAt(0)) >= 0;
    }

    private static boolean isName(Token tok) {
        String n = tok.nature();
        return (n.equals("m") && tok.word().length() == 1 && "一二三四五六七八九十".contains(tok.word())
                || n.startsWith("n") && !n.equals("nnt") && !n.equals("nis") && !n.equals("nt") || n.equals("ng") || n.equals("j")
                || n.equals("s") || n.equals("b") || n.equals("x") || n.equals("ag"))
                && Han.all(tok.word())
                && !(n.startsWith("m") && tok.word().length() > 1)
                && GLUE.indexOf(tok.word().charAt(0)) < 0
                && !(tok.word().length() == 1 && LEVELS.indexOf(tok.word().charAt(0)) >= 0);
    }
}
