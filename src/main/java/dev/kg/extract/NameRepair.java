package dev.kg.extract;

import dev.kg.nlp.NameEvidence;
import dev.kg.nlp.Sentence;
import dev.kg.nlp.Token;
import dev.kg.normalize.Han;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Mends person names that HanLP splits or misses ({@code 王/q 造林/vi}, {@code 林晓/nr 曦/nz},
 * {@code 王建/nr 国率队/nt}). A name is expected in a slot — right after a title, after {@code 、}
 * in a list of names, or where HanLP itself found a name — and runs from there to the next word that
 * may follow a name ({@code 、}, {@code 等}, {@code 出席}, …), two or three characters long. Names
 * already accepted elsewhere in the article are marked wherever they occur.
 */
final class NameRepair {
    /** Natures of words that are never a whole two-character name. */
    private static final Set<String> NOT_NAME = Set.of("nnt", "v", "vn", "vi", "d", "p", "c", "cc", "r", "rr",
            "rz", "t", "f", "w", "ule", "ude1", "udeng", "vshi", "vyou", "pba", "m", "mq", "q", "nis", "ns", "nt", "n", "a", "ad", "an");

    private final Lexicon lexicon;
    private final TitleMatcher titles;

    NameRepair(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.titles = new TitleMatcher(lexicon);
    }

    Sentence repair(Sentence s, Set<String> known) {
        s = splitTitles(s);
        s = splitFunctionCharacters(s);
        s = detachTitlePrefixes(s);
        s = joinCompoundSurnameReferences(s);
        List<Token> t = s.tokens();
        boolean creditLine = t.stream().anyMatch(x -> lexicon.creditRoles().contains(x.word()));
        TreeMap<Integer, Integer> names = new TreeMap<>();   // start → end, article offsets
        for (String name : known) {
            for (int at = s.text().indexOf(name); at >= 0; at = s.text().indexOf(name, at + 1)) {
                int start = s.start() + at;
                if (startsToken(t, start) && (at + name.length() == s.text().length()
                        || lexicon.nameBoundaryAt(s.text(), at + name.length()) || !Han.is(s.text().charAt(at + name.length())))) {
                    names.put(start, start + name.length());
                }
            }
        }
        for (int i = 0; i < t.size(); i++) {
            Token tok = t.get(i);
            int titleEnd = titles.end(t, i);
            if (titleEnd >= 0) {
                int p = t.get(titleEnd).end();
                while (p - s.start() < s.text().length() && s.text().charAt(p - s.start()) == ' ') {
                    p++;
                }
                slot(s, t, p, names, true);
                i = titleEnd;
            } else if ((tok.word().equals("(") || tok.word().equals("（")) && i + 2 < t.size()) {
                slot(s, t, tok.end(), names, true);   // a byline: (李某)
            } else if (i + 1 < t.size() && (lexicon.creditRoles().contains(tok.word()) && creditSeparated(s, t, i)
                    || spaceInCreditLine(t, i, names, creditLine))) {
                slot(s, t, t.get(i + 1).isPunctuation() && i + 2 < t.size() ? t.get(i + 2).start() : t.get(i + 1).start(), names, true);
            } else if (tok.word().equals("、") && i > 0 && (t.get(i - 1).natureStartsWith("nr") || names.containsValue(t.get(i - 1).end()))) {
                slot(s, t, tok.end(), names, true);
            } else if (tok.natureStartsWith("nr") && !endsAtBoundary(s, tok.end())) {
                slot(s, t, tok.start(), names, false);
            }
        }
        return names.isEmpty() ? s : rebuild(s, names);
    }

    /** A credit word and what follows it are apart: a space, a colon or a slash (摄影 张某, 文/李某). */
    private static boolean creditSeparated(Sentence s, List<Token> t, int i) {
        Token next = t.get(i + 1);
        return next.start() > t.get(i).end() || next.word().equals(":") || next.word().equals("：") || next.word().equals("/");
    }

    /**
     * A space before the next word, after a name or in a credit line (one with a credit word anywhere) (摄影 张某 李某, 核稿：办公室 王某):
     * the next word may start a name.
     */
    private static boolean spaceInCreditLine(List<Token> t, int i, TreeMap<Integer, Integer> names, boolean creditLine) {
        Token tok = t.get(i);
        boolean name = tok.natureStartsWith("nr") || names.containsValue(tok.end());
        return (name || creditLine) && t.get(i + 1).start() > tok.end() && !t.get(i + 1).isPunctuation();
    }

    /**
     * A title HanLP glued to the name after it ({@code 组/n 长夏/nz}): where a title starts at a token
     * and ends inside the next one, split that token — unless it is itself a word we know
     * ({@code 委员会} holds 委员 but is an organization).
     */
    private Sentence splitTitles(Sentence s) {
        List<Token> t = new ArrayList<>(s.tokens());
        boolean changed = false;
        for (int i = 0; i < t.size(); i++) {
            StringBuilder sb = new StringBuilder();
            for (int j = i; j < t.size() && j < i + 4; j++) {
                Token tj = t.get(j);
                for (int cut = 1; cut < tj.word().length(); cut++) {
                    String cand = sb + tj.word().substring(0, cut);
                    if (!lexicon.startsTitle(cand)) {
                        break; // a longer cut is no title either
                    }
                    if (lexicon.title(cand).isPresent() && cand.length() >= 2 && isLooseToken(tj)) {
                        t.set(j, new Token(tj.word().substring(0, cut), tj.nature(), tj.start(), tj.start() + cut));
                        t.add(j + 1, new Token(tj.word().substring(cut), "x", tj.start() + cut, tj.end()));
                        changed = true;
                        break;
                    }
                }
                sb.append(tj.word());
                String head = sb.toString();
                if (lexicon.title(head).isPresent() || !lexicon.startsTitle(head)) {
                    break; // a title, or no title can start with what follows
                }
            }
        }
        return changed ? new Sentence(s.index(), s.start(), s.end(), s.text(), t) : s;
    }

    /**
     * A conjunction or preposition HanLP glued to the word after a name ({@code 张某|和县|法院}, the
     * county 和县 instead of 和 + 县法院): where a token right after a name starts with a character
     * that stands around names rather than inside them, is no common word, and its rest opens an
     * organization or a title, the character is split off as the function word it is.
     */
    private Sentence splitFunctionCharacters(Sentence s) {
        List<Token> t = new ArrayList<>(s.tokens());
        boolean changed = false;
        for (int i = 1; i + 1 < t.size(); i++) {
            Token name = t.get(i - 1);
            Token tok = t.get(i);
            Token next = t.get(i + 1);
            String w = tok.word();
            if (!name.natureStartsWith("nr") || name.end() != tok.start() || w.length() < 2
                    || !NameEvidence.leansToContext(w.charAt(0)) || NameEvidence.isCommonWord(w)) {
                continue;
            }
            String rest = w.substring(1);
            boolean opensBody = next.natureStartsWith("nis") || next.natureStartsWith("nnt")
                    || lexicon.orgSuffixAtEnd(rest + next.word()).isPresent() || lexicon.title(rest + next.word()).isPresent();
            if (opensBody) {
                t.set(i, new Token(w.substring(0, 1), "c", tok.start(), tok.start() + 1));
                t.add(i + 1, new Token(rest, "n", tok.start() + 1, tok.end()));
                changed = true;
            }
        }
        return changed ? new Sentence(s.index(), s.start(), s.end(), s.text(), t) : s;
    }

    /**
     * A one-character title prefix that closes a common word with the character before it (目|前县长:
     * 目前 "now", 此前, 会前, 时代) is that word's, not the title's: the token splits into the prefix,
     * which rejoins the word before, and the title.
     */
    private Sentence detachTitlePrefixes(Sentence s) {
        List<Token> t = new ArrayList<>(s.tokens());
        boolean changed = false;
        for (int i = 1; i < t.size(); i++) {
            Token tok = t.get(i);
            Token prev = t.get(i - 1);
            Optional<String> prefix = lexicon.titlePrefix(tok.word()).filter(p -> p.length() == 1);
            if (prefix.isEmpty() || prev.end() != tok.start()
                    || !NameEvidence.isCommonWord(prev.word().substring(prev.word().length() - 1) + prefix.get())) {
                continue;
            }
            String word = prev.word() + prefix.get();
            t.set(i - 1, new Token(word, NameEvidence.isCommonWord(word) ? prev.nature() : "x", prev.start(), tok.start() + 1));
            t.set(i, new Token(tok.word().substring(1), tok.nature(), tok.start() + 1, tok.end()));
            changed = true;
        }
        return changed ? new Sentence(s.index(), s.start(), s.end(), s.text(), t) : s;
    }

    /**
     * A compound surname and a title right after it (欧阳/nz 书记) are one reference to a person
     * (欧阳书记/nr), as HanLP reads 刘书记 when the surname has one character.
     */
    private Sentence joinCompoundSurnameReferences(Sentence s) {
        List<Token> t = new ArrayList<>(s.tokens());
        boolean changed = false;
        for (int i = 0; i + 1 < t.size(); i++) {
            Token tok = t.get(i);
            Token next = t.get(i + 1);
            if (tok.word().length() == 2 && lexicon.compoundSurnameAt(tok.word(), 0) && tok.end() == next.start()
                    && lexicon.title(next.word()).isPresent()) {
                t.set(i, new Token(tok.word() + next.word(), "nr", tok.start(), next.end()));
                t.remove(i + 1);
                changed = true;
            }
        }
        return changed ? new Sentence(s.index(), s.start(), s.end(), s.text(), t) : s;
    }

    /** A token that is not a word of our lexicons, so it may be cut. */
    private boolean isLooseToken(Token tok) {
        String w = tok.word();
        // a name token may be cut too: HanLP reads 组长孙明杰 as 组/长孙/明杰, 长孙 being a surname
        return lexicon.orgSuffixAtEnd(w).isEmpty() && lexicon.title(w).isEmpty()
                && !lexicon.meetingNouns().containsKey(w);
    }

    /**
     * Records the name that starts at {@code p}, if the text there reads as one. {@code expected}:
     * the context calls for a name (a title, a byline, a list of names) rather than HanLP's guess.
     */
    private void slot(Sentence s, List<Token> t, int p, TreeMap<Integer, Integer> names, boolean expected) {
        if (names.containsKey(p) || !startsToken(t, p)) {
            return;
        }
        String text = s.text();
        int at = p - s.start();
        if (at >= text.length() || lexicon.nameBoundaryAt(text, at)) {
            return;
        }
        // after a compound surname (欧阳) the name is one character longer: 欧阳明华, 欧阳华
        int surname = lexicon.compoundSurnameAt(text, at) ? 2 : 1;
        for (int len = surname + 2; len >= surname + 1; len--) {
            if (at + len > text.length()) {
                continue;
            }
            if (len == surname + 2 && lexicon.longNameBoundaryAt(text, at + len - 1) || innerBoundary(text, at + surname - 1, len - surname + 1)) {
                continue;   // 王伟陪同, 孙伟等, 张涛的: the name ends before that word
            }
            String cand = text.substring(at, at + len);
            boolean ends = at + len == text.length() || !Han.is(text.charAt(at + len)) || lexicon.nameBoundaryAt(text, at + len)
                    || verbStartsAt(t, p + len);
            boolean placeLike = PlaceFinder.LEVELS.indexOf(cand.charAt(cand.length() - 1)) >= 0;
            if (ends && !placeLike && cand.chars().allMatch(Han::is) && !containsTitle(cand) && !isOneWord(t, p, p + len)
                    && (surname == 2 ? NameEvidence.plausibleName(cand, false) : readsAsName(t, p, cand, expected))) {
                Integer before = names.floorKey(p);
                if (before == null || names.get(before) <= p) {
                    names.put(p, p + len);
                }
                return;
            }
        }
    }

    /**
     * HanLP's models accept the candidate: its characters may form a name, it may start with its first
     * character unless HanLP itself began a name there, and it is no common word (一定) unless a title calls for a name and
     * it starts with a surname (副主任高峰).
     */
    private static boolean readsAsName(List<Token> t, int p, String cand, boolean expected) {
        boolean hanlpName = t.stream().anyMatch(tok -> tok.start() == p && tok.natureStartsWith("nr"));
        boolean wholeHanlpName = t.stream().anyMatch(tok -> tok.start() == p && tok.natureStartsWith("nr") && tok.word().equals(cand));
        boolean commonWord = NameEvidence.isCommonWord(cand);
        return NameEvidence.plausibleName(cand, wholeHanlpName)
                && (hanlpName || NameEvidence.mayStartName(cand))
                && (!commonWord || expected && NameEvidence.startsWithSurname(cand));
    }

    /**
     * A verb of two or more characters starts right there (王某|传达): the name ends before it. A
     * one-character verb or preposition counts where HanLP also ends a word there (梁/n 建文/t|受/v):
     * two readings agree on the boundary.
     */
    private static boolean verbStartsAt(List<Token> t, int p) {
        for (int k = 0; k < t.size(); k++) {
            Token tok = t.get(k);
            if (tok.start() == p) {
                boolean verb = tok.nature().startsWith("v") || tok.nature().startsWith("d")
                        || tok.nature().startsWith("p") || tok.nature().startsWith("c");
                boolean wordEndsBefore = k > 0 && t.get(k - 1).end() == p;
                return verb && (tok.word().length() >= 2 || wordEndsBefore && !tok.nature().startsWith("d"));
            }
        }
        return false;
    }

    /** A particle (等, 的) or a word of two characters or more (一行) inside the candidate ends it there. */
    private boolean innerBoundary(String text, int at, int len) {
        for (int k = 1; k < len; k++) {
            char c = text.charAt(at + k);
            if (c == '等' || c == '的' || c == '了' || lexicon.longNameBoundaryAt(text, at + k)) {
                return true;
            }
        }
        return false;
    }

    private boolean endsAtBoundary(Sentence s, int end) {
        int at = end - s.start();
        return at >= s.text().length() || !Han.is(s.text().charAt(at)) || lexicon.nameBoundaryAt(s.text(), at);
    }

    private boolean containsTitle(String cand) {
        for (int i = 0; i < cand.length(); i++) {
            for (int j = i + 2; j <= cand.length(); j++) {
                if (lexicon.title(cand.substring(i, j)).isPresent()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A single dictionary word of a non-name class (书记, 表示) is not a name. */
    private static boolean isOneWord(List<Token> t, int start, int end) {
        for (Token tok : t) {
            if (tok.start() == start && tok.end() == end) {
                return !tok.natureStartsWith("nr") && NOT_NAME.contains(tok.nature());
            }
        }
        return false;
    }

    private static boolean startsToken(List<Token> t, int p) {
        for (Token tok : t) {
            if (tok.start() == p) {
                return true;
            }
        }
        return false;
    }


    /**
     * Tokens with each name as one {@code nr} token; a token a name ends inside is split, and its
     * rest rejoins the next token when together they are a word that follows names (王建国|强|调 →
     * 王建国|强调).
     */
    private Sentence rebuild(Sentence s, TreeMap<Integer, Integer> names) {
        List<Token> out = new ArrayList<>();
        int covered = -1;
        for (Token tok : s.tokens()) {
            if (tok.end() <= covered) {
                continue;
            }
            if (tok.start() < covered) {
                String rest = s.text().substring(covered - s.start(), tok.end() - s.start());
                out.add(new Token(rest, "x", covered, tok.end()));
                continue;
            }
            Integer end = names.get(tok.start());
            if (end != null) {
                out.add(new Token(s.text().substring(tok.start() - s.start(), end - s.start()), "nr", tok.start(), end));
                covered = end;
                if (tok.end() > end) {
                    out.add(new Token(s.text().substring(end - s.start(), tok.end() - s.start()), "x", end, tok.end()));
                }
            } else if (!out.isEmpty() && out.get(out.size() - 1).nature().equals("x")
                    && out.get(out.size() - 1).end() == tok.start()
                    && lexicon.isNameBoundary(out.get(out.size() - 1).word() + tok.word())) {
                Token rest = out.remove(out.size() - 1);
                out.add(new Token(rest.word() + tok.word(), tok.nature(), rest.start(), tok.end()));
            } else {
                out.add(tok);
            }
        }
        return new Sentence(s.index(), s.start(), s.end(), s.text(), out);
    }
}
