package dev.kg.extract;

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
            if (isPersonName(tok) && references.isReference(tok.word())) {
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
            }
        }
        // 3. organizations
        companies(sentence, t, owner, at);
        organizations(sentence, t, owner, at);
        // 4. places
        for (Span p : PlaceFinder.find(t, 0, n, owner)) {
            int from = tokenAt(t, p.start());
            int to = tokenAt(t, p.end() - 1);
            at[from] = Chunk.of(Chunk.Type.PLACE, sentence.text(), sentence.start(), t.subList(from, to + 1));
            mark(owner, from, to);
        }
        facilities(sentence, t, owner, at);
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
            while (j + 1 < n && owner[j + 1] < 0 && t.get(j).end() == t.get(j + 1).start()
                    && (isOrgInternal(t.get(j + 1)) || isTeamWord(t, j + 1))) {
                j++;
            }
            // a suffix split by HanLP across the run's end (民进江苏省委 | 会)
            if (j + 1 < n && owner[j + 1] < 0 && t.get(j).end() == t.get(j + 1).start() && lexicon.orgSuffixAtEnd(join(t, i, j + 1)).filter(x -> x.length() >= 2).isPresent()
                    && !t.get(j + 1).isPunctuation()) {
                j++;
            }
            int last = -1;
            for (int k = j; k >= i; k--) {
                if (lexicon.orgSuffixAtEnd(join(t, i, k)).isPresent()) {
                    last = k;
                    break;
                }
            }
            int from = i;
            // a run does not start with a lone modifier character (加强地方党委: 强) nor a generic word
            while (from < last && t.get(from).word().length() == 1 && !t.get(from).natureStartsWith("n") && !t.get(from).natureStartsWith("j")) {
                from++;
            }
            boolean generic = false;
            while (from < last && lexicon.isGenericModifier(t.get(from).word())) {
                from++;
                generic = true;
            }
            boolean onlyBodies = last > from && allSuffixes(t, from, last) && !allBareHeads(t, from, last);
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
        if (!document && lexicon.isCompleteOrgName(join(t, from, to))) {
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
            int from = k;
            int chars = t.get(k).word().length();
            while (from > 0 && owner[from - 1] < 0 && isCompanyWord(t.get(from - 1)) && chars + t.get(from - 1).word().length() <= 14) {
                from--;
                chars += t.get(from).word().length();
            }
            if (from < k || t.get(k).word().length() > sfx.get().length()) {
                addOrg(sentence, t, owner, at, from, k);
            }
        }
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
        if (nature.startsWith("nr") || nature.equals("nnt") || nature.equals("nnd")) {
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
