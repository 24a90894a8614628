package dev.kg.extract;

import static dev.kg.extract.ChunkGrid.join;

import dev.kg.nlp.CoreWords;
import dev.kg.nlp.Sentence;
import dev.kg.nlp.Token;
import dev.kg.normalize.Han;
import java.util.List;
import java.util.Optional;

/**
 * Organization names: runs of name-like tokens closed by an organization suffix, with the units of
 * a body (sub-bodies), sector nouns joined by 和 inside one name, numbered sessions and team words,
 * and companies, whose names are free text before 公司 / 集团.
 */
final class OrgChunks {
    private final Lexicon lexicon;
    private final NameWords words;

    OrgChunks(Lexicon lexicon, NameWords words) {
        this.lexicon = lexicon;
        this.words = words;
    }

    /**
     * Maximal runs of name-like tokens, each cut after its last organization suffix. A run made of
     * several whole names (省委省政府) gives one organization each; a run that only says "every
     * such body" (各级党委, 地方党委) gives none.
     */
    void organizations(ChunkGrid g) {
        List<Token> t = g.tokens;
        int[] owner = g.owner;
        int n = t.size();
        for (int i = 0; i < n; ) {
            if (owner[i] >= 0 || !words.isOrgInternal(t.get(i)) || lexicon.eventVerbs().containsKey(t.get(i).word())) {
                i++;
                continue;
            }
            int j = i;
            for (int bridged = j; bridged >= 0; bridged = sectorConjunction(t, i, j, owner)) {
                j = bridged;
                while (j + 1 < n && owner[j + 1] < 0 && t.get(j).end() == t.get(j + 1).start()
                        && (words.isOrgInternal(t.get(j + 1)) || isTeamWord(t, j + 1) || isNumberedSession(t, j + 1))) {
                    j++;
                }
            }
            j = Math.max(j, unitAfterBody(t, i, j, owner));
            // a suffix split by HanLP across the run's end (民进江苏省委 | 会)
            if (j + 1 < n && owner[j + 1] < 0 && t.get(j).end() == t.get(j + 1).start() && lexicon.orgSuffixAtEnd(join(t, i, j + 1)).filter(x -> x.length() >= 2).isPresent()
                    && !t.get(j + 1).isPunctuation()) {
                j++;
            }
            int last = -1;
            for (int k = j; k >= i; k--) {
                if (closesName(t, i, k)) {
                    last = k;
                    break;
                }
            }
            int from = i;
            // 石塘/nr 镇/n 人大: the name before a lone level opens the run (a town HanLP took for a person)
            if (last > i && isLevelToken(t.get(i)) && i > 0 && owner[i - 1] < 0 && t.get(i - 1).end() == t.get(i).start()
                    && t.get(i - 1).word().length() == 2 && Han.all(t.get(i - 1).word())
                    && (t.get(i - 1).natureStartsWith("nr") || t.get(i - 1).natureStartsWith("ns"))) {
                from = i - 1;
            }
            // a run does not start with a lone modifier character (加强地方党委: 强) nor a generic word
            while (from < last && t.get(from).word().length() == 1 && !t.get(from).natureStartsWith("n") && !t.get(from).natureStartsWith("j")
                    && !numbersCompany(t, from)) {
                from++;
            }
            boolean generic = false;
            while (from < last && lexicon.isGenericModifier(t.get(from).word())) {
                from++;
                generic = true;
            }
            // 集团|党委: a company's own committee, not two bodies side by side (党委|政府)
            boolean onlyBodies = last > from && !lexicon.isCompanySuffix(t.get(from).word())
                    && allSuffixes(t, from, last) && !allBareHeads(t, from, last);
            if (last >= 0 && !onlyBodies && !(generic && allBareHeads(t, from, last)) && !startsWithGenericModifier(join(t, from, last))) {
                if (last > from && allBareHeads(t, from, last)) {
                    for (int k = from; k <= last; k++) {
                        addOrg(g, k, k);
                    }
                } else {
                    addOrg(g, from, last);
                }
            }
            i = j + 1;
        }
    }

    /**
     * Whether the run's tokens {@code [i, k]} end an organization's name: a suffix that is not the
     * end of a common word (全局) and, for a unit's suffix (处, 室, 支队), not a venue (会议室) and
     * either after the body the unit belongs to (省教育厅基教处) or a whole word HanLP knows as an
     * institution (教务处/nis).
     */
    private boolean closesName(List<Token> t, int i, int k) {
        String name = join(t, i, k);
        Optional<String> sfx = lexicon.orgSuffixAtEnd(name);
        if (NameWords.isHanlpOrgWord(t.get(k))) {
            return true;
        }
        if (sfx.isEmpty() || endsInCommonWord(t, i, k)) {
            return false;
        }
        if (!lexicon.isUnitSuffix(sfx.get())) {
            return true;
        }
        if (lexicon.venueSuffixes().stream().anyMatch(name::endsWith)) {
            return false;
        }
        Token last = t.get(k);
        boolean institutionWord = last.natureStartsWith("nis") && last.word().length() >= 3 && !lexicon.needsParentBody(sfx.get());
        return institutionWord || lexicon.hasParentBody(name.substring(0, name.length() - sfx.get().length()));
    }

    /**
     * 省教育厅|基|教|处, 省人民政府|教育|督导|办: a unit of the body in the run, its field written in
     * characters HanLP does not read as nouns. Returns the unit's last token, or -1.
     */
    private int unitAfterBody(List<Token> t, int i, int j, int[] owner) {
        int body = -1;
        for (int m = j; m >= i && body < 0; m--) {
            Optional<String> s = lexicon.orgSuffixAtEnd(join(t, i, m));
            if (s.isPresent() && !lexicon.isUnitSuffix(s.get()) && lexicon.isCompleteOrgName(join(t, i, m))) {
                body = m;
            }
        }
        if (body < 0) {
            return -1;
        }
        int chars = join(t, body + 1, j).length();
        for (int k = j + 1; k < t.size() && k <= j + 3; k++) {
            Token tok = t.get(k);
            chars += tok.word().length();
            if (owner[k] >= 0 || t.get(k - 1).end() != tok.start() || !Han.all(tok.word()) || chars > 6
                    || tok.natureStartsWith("nr") || tok.natureStartsWith("nnt") || !words.isCompanyWord(tok) && !tok.natureStartsWith("v")) {
                return -1;
            }
            boolean closes = lexicon.orgSuffixAtEnd(tok.word()).filter(lexicon::isUnitSuffix).isPresent()
                    && (lexicon.isOrgSuffix(tok.word()) || tok.natureStartsWith("n"));
            if (closes && k > j) {
                return k;
            }
            if (tok.word().length() > 1 && !tok.natureStartsWith("n")) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * 发展|和|改革|委员会, 住房|和|城乡|建设局: a 和 between two sector nouns inside one body's name
     * does not cut it. Returns the token closing the name after the 和 (its suffix), or -1 when the
     * 和 at {@code j + 1} joins two names or anything else.
     */
    private int sectorConjunction(List<Token> t, int i, int j, int[] owner) {
        if (j + 2 >= t.size() || !t.get(j + 1).word().equals("和") || !isSectorNoun(t.get(j))
                || lexicon.orgSuffixAtEnd(join(t, i, j)).isPresent() || j - i > 4) {
            return -1;
        }
        for (int k = j + 2; k < t.size() && k <= j + 3; k++) {
            Token tok = t.get(k);
            if (owner[k] >= 0 || t.get(k - 1).end() != tok.start() || !words.isOrgInternal(tok)
                    || PlaceFinder.LEVELS.indexOf(tok.word().charAt(0)) >= 0) {
                return -1;
            }
            if (lexicon.orgSuffixAtEnd(tok.word()).isPresent()) {
                return k > j + 2 || tok.word().length() > 2 ? k : -1;
            }
            if (!isSectorNoun(tok)) {
                return -1;
            }
        }
        return -1;
    }

    /** A noun naming a field of work (发展, 住房, 新闻): two characters, no suffix of its own. */
    private boolean isSectorNoun(Token tok) {
        return (tok.nature().equals("n") || tok.nature().equals("vn")) && tok.word().length() == 2 && Han.all(tok.word())
                && lexicon.orgSuffixAtEnd(tok.word()).isEmpty();
    }

    /**
     * 著眼|全局, 良好|开局: a two-character token that HanLP's core dictionary knows as a common word
     * (not an abbreviation nor a name) merely ends in a one-character suffix (局, 厅), so the suffix
     * does not close an organization there, unless a place or level qualifies it (县|团委).
     */
    private boolean endsInCommonWord(List<Token> t, int from, int k) {
        String w = t.get(k).word();
        Optional<String> sfx = lexicon.orgSuffixAtEnd(w);
        if (sfx.isEmpty() || sfx.get().length() != 1 || w.length() != 2) {
            return false;
        }
        if (k > from && (t.get(k - 1).natureStartsWith("ns") || PlaceFinder.LEVELS.contains(t.get(k - 1).word()))) {
            return false;
        }
        return CoreWords.isWord(w) && !CoreWords.taggedAs(w, "nt", "nis", "ns", "j");
    }

    private static boolean isLevelToken(Token tok) {
        return tok.word().length() == 1 && PlaceFinder.LEVELS.contains(tok.word());
    }

    /** 县|十六|届|人大常委会: a numbered session inside a body's name. */
    private boolean isNumberedSession(List<Token> t, int k) {
        return k > 0 && k + 1 < t.size() && t.get(k).natureStartsWith("q") && t.get(k).word().length() == 1
                && t.get(k - 1).natureStartsWith("m") && words.isOrgInternal(t.get(k - 1)) && words.isOrgInternal(t.get(k + 1))
                && t.get(k).end() == t.get(k + 1).start();
    }

    /** An event verb that names what a team does (巡察|组, 巡察|办, 巡察|工作领导小组) inside a name. */
    private boolean isTeamWord(List<Token> t, int k) {
        if (!lexicon.eventVerbs().containsKey(t.get(k).word()) || k + 1 >= t.size()) {
            return false;
        }
        String next = t.get(k + 1).word();
        return next.equals("工作") || lexicon.isOrgSuffix(t.get(k).word() + next)
                || lexicon.orgSuffixAtEnd(t.get(k).word() + next).isPresent();
    }

    /** 四|分公司党委: a numeral that numbers the company after it (the fourth branch company). */
    private boolean numbersCompany(List<Token> t, int k) {
        if (!t.get(k).natureStartsWith("m") || k + 1 >= t.size()) {
            return false;
        }
        String next = t.get(k + 1).word();
        for (int len = 2; len <= next.length(); len++) {
            String head = next.substring(0, len);
            if (lexicon.isOrgSuffix(head) && lexicon.isCompanySuffix(head)) {
                return true;
            }
        }
        return false;
    }

    /** 党委政府: bodies named by their kind only, none of them a name on its own (中央, 县委, 检查组). */
    private boolean allSuffixes(List<Token> t, int from, int to) {
        for (int k = from; k <= to; k++) {
            String w = t.get(k).word();
            if (!lexicon.isOrgSuffix(w) || lexicon.isCompleteOrgName(w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Every token is a level's whole body of its own (省委, 省政府), none of them a team or a
     * department that the body before it qualifies (省委宣传部 is one organization).
     */
    private boolean allBareHeads(List<Token> t, int from, int to) {
        for (int k = from; k <= to; k++) {
            String w = t.get(k).word();
            boolean levelBody = w.length() > 1 && PlaceFinder.LEVELS.indexOf(w.charAt(0)) >= 0;
            if (!lexicon.isBareHead(w) || !levelBody && k > from
                    || lexicon.orgSuffixAtEnd(w).map(lexicon::orgClass).filter("InspectionTeam"::equals).isPresent()) {
                return false;
            }
        }
        return true;
    }

    /** A generic word glued to a suffix in one token, as HanLP writes 地方党委. */
    private boolean startsWithGenericModifier(String orgText) {
        for (int len = 1; len < orgText.length(); len++) {
            if (lexicon.isGenericModifier(orgText.substring(0, len)) && lexicon.isOrgSuffix(orgText.substring(len))) {
                return true;
            }
        }
        return false;
    }

    /** Company names are free text before 公司 / 集团: take every content word back to a function word. */
    void companies(ChunkGrid g) {
        List<Token> t = g.tokens;
        int[] owner = g.owner;
        for (int k = 0; k < t.size(); k++) {
            Optional<String> sfx = lexicon.orgSuffixAtEnd(t.get(k).word());
            if (owner[k] >= 0 || sfx.isEmpty() || !lexicon.isCompanySuffix(sfx.get())) {
                continue;
            }
            if (companySuffixFollows(t, k + 1)) {
                continue;   // 集团|有限公司, 集团|(|集团|)|有限公司: the name closes at the later suffix
            }
            if (k + 1 < t.size() && t.get(k).end() == t.get(k + 1).start() && lexicon.isOrgSuffix(t.get(k + 1).word())) {
                continue;   // 物业公司|党总支: the company's committee, one name for the run of organizations()
            }
            int from = k;
            int chars = t.get(k).word().length();
            while (from > 0 && owner[from - 1] < 0 && chars + t.get(from - 1).word().length() <= 14) {
                if (words.isCompanyWord(t.get(from - 1))) {
                    from--;
                    chars += t.get(from).word().length();
                } else if (from > 2 && isCloseBracket(t.get(from - 1)) && isOpenBracket(t.get(from - 3))
                        && owner[from - 2] < 0 && words.isCompanyWord(t.get(from - 2)) && owner[from - 3] < 0) {
                    from -= 3;   // 铜业(集团)有限公司: a bracketed part inside the name
                    chars += 2 + t.get(from + 1).word().length();
                } else {
                    break;
                }
            }
            if (isOpenBracket(t.get(from))) {
                from += 3;
            }
            if (from < k || t.get(k).word().length() > sfx.get().length()) {
                addOrg(g, from, k);
            }
        }
    }

    /** A company suffix at token {@code k}, alone or in brackets: (集团), 有限公司. */
    private boolean companySuffixFollows(List<Token> t, int k) {
        if (k < t.size() && isOpenBracket(t.get(k))) {
            k++;
        }
        return k < t.size() && t.get(k - 1).end() == t.get(k).start()
                && lexicon.orgSuffixAtEnd(t.get(k).word()).filter(lexicon::isCompanySuffix).isPresent();
    }

    private static boolean isOpenBracket(Token tok) {
        return tok.word().equals("(") || tok.word().equals("（");
    }

    private static boolean isCloseBracket(Token tok) {
        return tok.word().equals(")") || tok.word().equals("）");
    }

    private void addOrg(ChunkGrid g, int from, int to) {
        Sentence sentence = g.sentence;
        List<Token> t = g.tokens;
        Chunk[] at = g.at;
        boolean document = to + 1 < t.size() && (lexicon.documentNouns().contains(t.get(to + 1).word())
                || to + 2 < t.size() && (t.get(to + 1).word().equals("工作") || t.get(to + 1).natureStartsWith("m"))
                && lexicon.documentNouns().contains(t.get(to + 2).word()));
        if (!document && (lexicon.isCompleteOrgName(join(t, from, to)) || NameWords.isHanlpOrgWord(t.get(to)))) {
            at[from] = Chunk.of(Chunk.Type.ORG, sentence.text(), sentence.start(), t.subList(from, to + 1));
            g.mark(from, to);
        }
    }
}
