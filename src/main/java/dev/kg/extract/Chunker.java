package dev.kg.extract;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import dev.kg.nlp.NameEvidence;
import dev.kg.nlp.Sentence;
import dev.kg.nlp.Token;
import dev.kg.normalize.Han;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Groups a sentence's tokens into chunks: titles first (longest lexicon match over whole tokens),
 * then person names (HanLP {@code nr*}), deictics, organizations (a run of name-like tokens closed
 * by an organization suffix), places (HanLP {@code ns}), punctuation, other words.
 */
public final class Chunker {
    private final Lexicon lexicon;
    private final TitleMatcher titles;
    private final Set<String> knownNames;
    private final TitleReference references;

    /** @param knownNames person names already accepted elsewhere in the article */
    public Chunker(Lexicon lexicon, Set<String> knownNames) {
        this.lexicon = lexicon;
        this.titles = new TitleMatcher(lexicon);
        this.knownNames = Set.copyOf(knownNames);
        this.references = new TitleReference(lexicon);
    }

    public List<Chunk> chunk(Sentence sentence) {
        List<Token> t = sentence.tokens();
        int n = t.size();
        Chunk[] at = new Chunk[n];    // chunk starting at token i
        int[] owner = new int[n];     // index of the chunk-start token covering token i, or -1
        Arrays.fill(owner, -1);

        // 1. titles
        for (int i = 0; i < n; i++) {
            if (owner[i] >= 0) {
                continue;
            }
            int j = titles.end(t, i);
            if (j >= 0) {
                Chunk c = Chunk.of(Chunk.Type.TITLE, sentence.text(), sentence.start(), t.subList(i, j + 1));
                at[i] = new Chunk(c.type(), c.start(), c.end(), c.text(), c.tokens(), titles.title(t, i, j));
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
            } else if (isPersonName(tok) && (knownNames.contains(tok.word()) || inPersonContext(sentence, t, i, owner, at))) {
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
                mark(owner, i, i + 1);
            }
        }
        // 3. organizations
        companies(sentence, t, owner, at);
        organizations(sentence, t, owner, at);
        listedUnits(sentence, t, owner, at);
        // 4. places
        for (Span p : PlaceFinder.find(t, 0, n, owner)) {
            int from = tokenAt(t, p.start());
            int to = tokenAt(t, p.end() - 1);
            if (isCommonNamePart(join(t, from, to)) || isTitleSplit(t, from, to)) {
                continue;
            }
            at[from] = Chunk.of(Chunk.Type.PLACE, sentence.text(), sentence.start(), t.subList(from, to + 1));
            mark(owner, from, to);
        }
        facilities(sentence, t, owner, at);
        premises(sentence, t, owner, at);
        ownBodyBeforeTitle(sentence, t, owner, at);
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

    /**
     * Maximal runs of name-like tokens, each cut after its last organization suffix. A run made of
     * several whole names (省委省政府) gives one organization each; a run that only says "every
     * such body" (各级党委, 地方党委) gives none.
     */
    private void organizations(Sentence sentence, List<Token> t, int[] owner, Chunk[] at) {
        int n = t.size();
        for (int i = 0; i < n; ) {
            if (owner[i] >= 0 || !isOrgInternal(t.get(i)) || lexicon.eventVerbs().containsKey(t.get(i).word())) {
                i++;
                continue;
            }
            int j = i;
            for (int bridged = j; bridged >= 0; bridged = sectorConjunction(t, i, j, owner)) {
                j = bridged;
                while (j + 1 < n && owner[j + 1] < 0 && t.get(j).end() == t.get(j + 1).start()
                        && (isOrgInternal(t.get(j + 1)) || isTeamWord(t, j + 1) || isNumberedSession(t, j + 1))) {
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
                        addOrg(sentence, t, owner, at, k, k);
                    }
                } else {
                    addOrg(sentence, t, owner, at, from, last);
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
        if (isHanlpOrgWord(t.get(k))) {
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
                    || tok.natureStartsWith("nr") || tok.natureStartsWith("nnt") || !isCompanyWord(tok) && !tok.natureStartsWith("v")) {
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
            if (owner[k] >= 0 || t.get(k - 1).end() != tok.start() || !isOrgInternal(tok)
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
        CoreDictionary.Attribute a = CoreDictionary.get(w);
        if (a == null) {
            return false;
        }
        for (Nature nature : a.nature) {
            String ns = nature.toString();
            if (ns.startsWith("nt") || ns.startsWith("nis") || ns.startsWith("ns") || ns.startsWith("j")) {
                return false;
            }
        }
        return true;
    }

    /**
     * 校|党委书记, 集团|纪委书记: the article's own body, by one character or by its kind, opening a
     * phrase right before a title that names its committee. It becomes an organization chunk, so
     * that the title's organization is that body's committee (校党委, 集团纪委).
     */
    private void ownBodyBeforeTitle(Sentence sentence, List<Token> t, int[] owner, Chunk[] at) {
        for (int k = 0; k + 1 < t.size(); k++) {
            String w = t.get(k).word();
            Chunk next = at[k + 1];
            boolean bodyWord = lexicon.isBodyAbbreviation(w) || lexicon.isCompanySuffix(w);
            boolean opensPhrase = k == 0 || owner[k - 1] >= 0 || t.get(k - 1).isPunctuation() || !isCompanyWord(t.get(k - 1));
            if (owner[k] < 0 && bodyWord && opensPhrase && next != null && next.is(Chunk.Type.TITLE)
                    && t.get(k).end() == t.get(k + 1).start() && next.title().flatMap(Lexicon.Title::orgHead).isPresent()) {
                at[k] = Chunk.of(Chunk.Type.ORG, sentence.text(), sentence.start(), List.of(t.get(k)));
                owner[k] = k;
            }
        }
    }

    private static boolean isLevelToken(Token tok) {
        return tok.word().length() == 1 && PlaceFinder.LEVELS.contains(tok.word());
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

    /** 教育部/nt: a word HanLP's dictionary knows as an organization's name closes one. */
    private static boolean isHanlpOrgWord(Token tok) {
        return tok.natureStartsWith("nt") && tok.word().length() >= 3 && Han.all(tok.word());
    }

    /** 县|十六|届|人大常委会: a numbered session inside a body's name. */
    private boolean isNumberedSession(List<Token> t, int k) {
        return k > 0 && k + 1 < t.size() && t.get(k).natureStartsWith("q") && t.get(k).word().length() == 1
                && t.get(k - 1).natureStartsWith("m") && isOrgInternal(t.get(k - 1)) && isOrgInternal(t.get(k + 1))
                && t.get(k).end() == t.get(k + 1).start();
    }

    /**
     * 教务处、学生/nnt 处/n、人事处: in a list of a body's departments, a word and a lone department
     * suffix are one more department, whatever HanLP took the word for.
     */
    private void listedUnits(Sentence sentence, List<Token> t, int[] owner, Chunk[] at) {
        for (int k = 1; k < t.size(); k++) {
            Token w = t.get(k - 1);
            if (owner[k] >= 0 || owner[k - 1] >= 0 || !lexicon.isUnitSuffix(t.get(k).word()) || w.end() != t.get(k).start()
                    || w.word().length() != 2 || !Han.all(w.word()) || !isCompanyWord(w) && !w.natureStartsWith("nnt")) {
                continue;
            }
            boolean before = k >= 3 && t.get(k - 2).word().equals("、") && isUnitChunk(at, owner, k - 3);
            boolean after = k + 2 < t.size() && t.get(k + 1).word().equals("、") && isUnitChunk(at, owner, k + 2);
            if (before || after) {
                at[k - 1] = Chunk.of(Chunk.Type.ORG, sentence.text(), sentence.start(), t.subList(k - 1, k + 1));
                mark(owner, k - 1, k);
            }
        }
    }

    private boolean isUnitChunk(Chunk[] at, int[] owner, int k) {
        Chunk c = owner[k] >= 0 ? at[owner[k]] : null;
        return c != null && c.is(Chunk.Type.ORG) && lexicon.orgSuffixAtEnd(c.text()).filter(lexicon::isUnitSuffix).isPresent();
    }

    /** 集团公司|服务|楼, 县政府|办公楼: a body's building, named after the body, is a place. */
    private void premises(Sentence sentence, List<Token> t, int[] owner, Chunk[] at) {
        for (int k = 1; k < t.size(); k++) {
            Chunk body = owner[k - 1] >= 0 ? at[owner[k - 1]] : null;
            if (body == null || !body.is(Chunk.Type.ORG) || owner[k] >= 0) {
                continue;
            }
            for (int j = k; j < t.size() && j <= k + 2 && owner[j] < 0 && t.get(j - 1).end() == t.get(j).start()
                    && (t.get(j).natureStartsWith("n") || t.get(j).natureStartsWith("vn")) && Han.all(t.get(j).word()); j++) {
                String w = t.get(j).word();
                if (lexicon.premisesSuffixes().stream().anyMatch(w::endsWith)) {
                    int from = owner[k - 1];
                    at[from] = Chunk.of(Chunk.Type.PLACE, sentence.text(), sentence.start(), t.subList(from, j + 1));
                    mark(owner, from, j);
                    break;
                }
            }
        }
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
    private void facilities(Sentence sentence, List<Token> t, int[] owner, Chunk[] at) {
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
                while (from > 0 && owner[from - 1] < 0 && isCompanyWord(t.get(from - 1))
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
                    mark(owner, from, k);
                }
            } else if (t.get(k).isPunctuation() && !w.equals("、")) {
                afterGoing = false;
            }
        }
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

    private void addOrg(Sentence sentence, List<Token> t, int[] owner, Chunk[] at, int from, int to) {
        boolean document = to + 1 < t.size() && (lexicon.documentNouns().contains(t.get(to + 1).word())
                || to + 2 < t.size() && (t.get(to + 1).word().equals("工作") || t.get(to + 1).natureStartsWith("m"))
                && lexicon.documentNouns().contains(t.get(to + 2).word()));
        if (!document && (lexicon.isCompleteOrgName(join(t, from, to)) || isHanlpOrgWord(t.get(to)))) {
            at[from] = Chunk.of(Chunk.Type.ORG, sentence.text(), sentence.start(), t.subList(from, to + 1));
            mark(owner, from, to);
        }
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

    /** Company names are free text before 公司 / 集团: take every content word back to a function word. */
    private void companies(Sentence sentence, List<Token> t, int[] owner, Chunk[] at) {
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
                if (isCompanyWord(t.get(from - 1))) {
                    from--;
                    chars += t.get(from).word().length();
                } else if (from > 2 && isCloseBracket(t.get(from - 1)) && isOpenBracket(t.get(from - 3))
                        && owner[from - 2] < 0 && isCompanyWord(t.get(from - 2)) && owner[from - 3] < 0) {
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
                addOrg(sentence, t, owner, at, from, k);
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

    private boolean isCompanyWord(Token tok) {
        String n = tok.nature();
        boolean function = n.startsWith("p") || n.startsWith("c") || n.startsWith("u") || n.startsWith("d")
                || n.startsWith("r") || n.startsWith("w") || n.startsWith("f") || n.startsWith("t")
                || n.startsWith("v") && !n.equals("vn") || n.equals("nnt");
        return !function && Han.all(tok.word())
                && !lexicon.roleVerbs().containsKey(tok.word()) && !lexicon.deictics().containsKey(tok.word());
    }

    private static int tokenAt(List<Token> t, int offset) {
        for (int k = 0; k < t.size(); k++) {
            if (t.get(k).start() <= offset && offset < t.get(k).end()) {
                return k;
            }
        }
        throw new IllegalStateException("no token at " + offset);
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

    /**
     * HanLP finds many false names; keep one only where a person is expected: after a title, in a
     * 、 list with another name, before a verb or word that follows names, or as a byline.
     */
    private boolean inPersonContext(Sentence s, List<Token> t, int i, int[] owner, Chunk[] at) {
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

    private boolean isOrgInternal(Token tok) {
        String w = tok.word();
        String nature = tok.nature();
        if (lexicon.roleVerbs().containsKey(w) || lexicon.eventVerbs().containsKey(w)
                || lexicon.meetingNouns().containsKey(w) || lexicon.deictics().containsKey(w)) {
            return false;
        }
        if (nature.startsWith("nr")) {
            // 李镇镇/nr 党委: a town HanLP took for a name opens its bodies' names
            return w.length() >= 3 && PlaceFinder.LEVELS.indexOf(w.charAt(w.length() - 1)) >= 0 && Han.all(w);
        }
        if (nature.equals("nnt") || nature.equals("nnd")) {
            return false;
        }
        if (nature.startsWith("m")) {
            return w.matches("第?[一二三四五六七八九十0-9]*") && !w.isEmpty();
        }
        return nature.startsWith("n") || nature.equals("vn") || nature.equals("j") || nature.equals("b")
                || nature.equals("a") || nature.equals("an") || nature.equals("ng") || nature.equals("nz");
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
