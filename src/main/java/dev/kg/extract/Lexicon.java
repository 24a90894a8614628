package dev.kg.extract;

import dev.kg.KgException;
import dev.kg.link.Gazetteer;
import dev.kg.vocab.Ontology;
import dev.kg.vocab.TitleEntry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The genre's linguistic knowledge, loaded once from {@code /lexicon/*} and {@code /ontology/titles.ttl}
 * on the classpath (see {@code src/main/resources/lexicon/README.md}). Immutable once built.
 */
public final class Lexicon {
    /** A title of the titles scheme, as the extractor needs it. */
    public record Title(String text, String iri, String notation, Optional<String> orgHead, boolean standalone) {}

    /** A verb that gives a role, and the event it points at. */
    public record RoleVerb(String verb, String role, String target) {}

    private final Map<String, String> orgSuffixes;          // suffix → class
    private final Map<String, String> orgSuffixUse;          // suffix → alone | company | qualified
    private final List<String> orgSuffixesLongestFirst;
    private final CharIndex orgSuffixesByLast;
    private final List<String> orgSuffixVariants;           // variants(s) of each suffix, longest first
    private final Set<String> genericModifiers;
    private final Map<String, Character> deictics;          // word → level char
    private final Set<String> firstPersonDeictics;
    private final Set<String> orgDeictics;
    private final Map<String, String> meetingNouns;         // noun → class
    private final Map<String, String> eventVerbs;           // verb → kind
    private final Map<String, RoleVerb> roleVerbs;
    private final Set<String> visitVerbs;
    private final Set<String> leadVerbs;
    private final Set<String> looseTime;
    private final Set<String> ordinalMeetingNouns;
    private final Set<String> priorTime;
    private final Set<String> presentingVerbs;
    private final Set<String> documentNouns;
    private final Map<String, String> provinceAbbreviations;
    private final List<String> facilitySuffixes;
    private final List<String> venueSuffixes;
    private final Set<String> bodyAbbreviations;
    private final List<String> premisesSuffixes;
    private final List<String> nameBoundaries;
    private final CharIndex nameBoundariesByFirst;
    private final Set<String> nameBoundarySet;
    private final CharIndex meetingNounsByLast;
    private final Set<String> creditRoles;
    private final Set<String> compoundSurnames;
    private final Set<String> additiveAdverbs;
    private final List<String> titlePrefixes;
    private final Map<String, Title> titles;
    private final Set<String> titleStarts;                   // every prefix of every title

    private Lexicon() {
        orgSuffixes = columns("org-suffixes.tsv", 0, 1);
        orgSuffixUse = columns("org-suffixes.tsv", 0, 2);
        orgSuffixesLongestFirst = longestFirst(orgSuffixes.keySet());
        orgSuffixesByLast = CharIndex.byLast(orgSuffixesLongestFirst);
        orgSuffixVariants = orgSuffixesLongestFirst.stream().map(Lexicon::variants).toList();
        genericModifiers = Set.copyOf(words("org-generic-modifiers.txt"));
        Map<String, Character> d = new LinkedHashMap<>();
        Set<String> fp = new HashSet<>();
        for (String[] row : rows("deictics.tsv")) {
            d.put(row[0], row[1].charAt(0));
            if (row.length > 2 && row[2].equals("yes")) {
                fp.add(row[0]);
            }
        }
        deictics = Collections.unmodifiableMap(d);
        firstPersonDeictics = Set.copyOf(fp);
        orgDeictics = Set.copyOf(words("org-deictics.txt"));
        meetingNouns = columns("meeting-nouns.tsv", 0, 1);
        meetingNounsByLast = CharIndex.byLast(meetingNouns.keySet());
        eventVerbs = columns("event-verbs.tsv", 0, 1);
        Map<String, RoleVerb> rv = new LinkedHashMap<>();
        for (String[] row : rows("role-verbs.tsv")) {
            rv.put(row[0], new RoleVerb(row[0], row[1], row[2]));
        }
        roleVerbs = Collections.unmodifiableMap(rv);
        visitVerbs = Set.copyOf(words("visit-verbs.txt"));
        leadVerbs = Set.copyOf(words("lead-verbs.txt"));
        looseTime = Set.copyOf(words("loose-time.txt"));
        ordinalMeetingNouns = Set.copyOf(words("ordinal-meeting-nouns.txt"));
        priorTime = Set.copyOf(words("prior-time.txt"));
        presentingVerbs = Set.copyOf(words("presenting-verbs.txt"));
        documentNouns = Set.copyOf(words("document-nouns.txt"));
        provinceAbbreviations = columns("province-abbreviations.tsv", 0, 1);
        facilitySuffixes = List.copyOf(words("facility-suffixes.txt"));
        venueSuffixes = List.copyOf(words("venue-suffixes.txt"));
        bodyAbbreviations = Set.copyOf(words("body-abbreviations.txt"));
        premisesSuffixes = List.copyOf(words("premises-suffixes.txt"));
        Set<String> nb = new HashSet<>(words("name-boundaries.txt"));
        nb.addAll(roleVerbs.keySet());
        nb.addAll(visitVerbs);
        nb.addAll(leadVerbs);
        nb.addAll(eventVerbs.keySet());
        nb.addAll(meetingNouns.keySet());
        nameBoundaries = longestFirst(nb);
        nameBoundariesByFirst = CharIndex.byFirst(nameBoundaries);
        nameBoundarySet = Set.copyOf(nameBoundaries);
        creditRoles = Set.copyOf(words("credit-roles.txt"));
        compoundSurnames = Set.copyOf(words("compound-surnames.txt"));
        additiveAdverbs = Set.copyOf(words("additive-adverbs.txt"));
        titlePrefixes = List.copyOf(words("title-prefixes.txt"));
        titles = loadTitles(titlePrefixes);
        Set<String> starts = new HashSet<>();
        titles.keySet().forEach(t -> {
            for (int end = 1; end <= t.length(); end++) {
                starts.add(t.substring(0, end));
            }
        });
        titleStarts = Set.copyOf(starts);
    }

    private static final class Holder {
        static final Lexicon INSTANCE = new Lexicon();
    }

    /** The lexicon shipped with kg. */
    public static Lexicon standard() {
        return Holder.INSTANCE;
    }

    public Optional<String> orgSuffixAtEnd(String text) {
        for (String s : orgSuffixesByLast.candidates(text, 0)) {
            if (text.endsWith(s)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** The longest organization suffix both names end with (督察组 and 督查组 count as one). */
    public Optional<String> sharedOrgSuffix(String a, String b) {
        String na = variants(a);
        String nb = variants(b);
        for (int i = 0; i < orgSuffixesLongestFirst.size(); i++) {
            String ns = orgSuffixVariants.get(i);
            if (na.endsWith(ns) && nb.endsWith(ns)) {
                return Optional.of(orgSuffixesLongestFirst.get(i));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether {@code name} can name an organization on its own: a suffix that is a whole name (市委,
     * 检查组), or a qualifier before the suffix (市政协, 如皋市国税局); a one-character suffix (局) needs
     * at least two characters before it.
     */
    public boolean isCompleteOrgName(String name) {
        Optional<String> suffix = orgSuffixAtEnd(name);
        if (suffix.isEmpty()) {
            return false;
        }
        String sfx = suffix.get();
        if (name.equals(sfx)) {
            return "alone".equals(orgSuffixUse.get(sfx));
        }
        if ("unit".equals(orgSuffixUse.get(sfx))) {
            return hasParentBody(name.substring(0, name.length() - sfx.length()));
        }
        return sfx.length() > 1 || name.length() >= 3;
    }

    /** A suffix that closes a unit of a body (处, 室, 支队) rather than a body of its own. */
    public boolean isUnitSuffix(String suffix) {
        String use = orgSuffixUse.get(suffix);
        return "department".equals(use) || "unit".equals(use);
    }

    /** A suffix (支队, 室) that closes a name only after the body the unit belongs to. */
    public boolean needsParentBody(String suffix) {
        return "unit".equals(orgSuffixUse.get(suffix));
    }

    /** Whether {@code qualifier} starts with a whole body's name (省教育厅 in 省教育厅基教): a unit's parent. */
    public boolean hasParentBody(String qualifier) {
        for (int end = 2; end <= qualifier.length(); end++) {
            String head = qualifier.substring(0, end);
            Optional<String> s = orgSuffixAtEnd(head);
            if (s.isPresent() && !isUnitSuffix(s.get()) && isCompleteOrgName(head)) {
                return true;
            }
        }
        return false;
    }

    public boolean isCompanySuffix(String suffix) {
        return "company".equals(orgSuffixUse.get(suffix));
    }

    /** A level character (省市县区镇乡) and an organization suffix, or a suffix alone: 省委, 市政府, 政协. */
    public boolean isBareHead(String word) {
        if (isOrgSuffix(word)) {
            return "alone".equals(orgSuffixUse.get(word));
        }
        return word.length() > 1 && "省市县区镇乡".indexOf(word.charAt(0)) >= 0 && isOrgSuffix(word.substring(1));
    }

    /** One spelling for the team names the press writes two ways (督察/督查, 巡查/巡察). */
    public static String variants(String name) {
        return name.replace("督察", "督查").replace("巡查", "巡察");
    }

    public String orgClass(String suffix) {
        return orgSuffixes.getOrDefault(suffix, "Organization");
    }

    public boolean isOrgSuffix(String text) {
        return orgSuffixes.containsKey(text);
    }

    public boolean isGenericModifier(String text) {
        return genericModifiers.contains(text);
    }

    public Map<String, Character> deictics() {
        return deictics;
    }

    /** 我校, 我公司: the article's own institution, named as 我市 names its place. */
    public boolean isOrgDeictic(String word) {
        return orgDeictics.contains(word);
    }

    public boolean isFirstPersonDeictic(String word) {
        return firstPersonDeictics.contains(word);
    }

    public Map<String, String> meetingNouns() {
        return meetingNouns;
    }

    /** Nouns that name a meeting only after an ordinal ({@code 第三次会议}, {@code 三次全会}). */
    public Set<String> ordinalMeetingNouns() {
        return ordinalMeetingNouns;
    }

    /** Words that open a sentence about what came before the current event ({@code 会前}). */
    public Set<String> priorTime() {
        return priorTime;
    }

    /** Verbs that present the state of things ({@code 介绍}): at a report meeting, a report. */
    public Set<String> presentingVerbs() {
        return presentingVerbs;
    }

    public Map<String, String> eventVerbs() {
        return eventVerbs;
    }

    /** The role verb a word is: itself, a 发言 compound (表态发言), or 召开了. */
    public Optional<RoleVerb> roleVerbOf(String text) {
        RoleVerb exact = roleVerbs.get(text);
        if (exact != null) {
            return Optional.of(exact);
        }
        if (text.endsWith("发言") && text.length() <= 4) {
            return Optional.ofNullable(roleVerbs.get("发言"));
        }
        if (text.equals("召开了")) {
            return Optional.ofNullable(roleVerbs.get("召开"));
        }
        return Optional.empty();
    }

    /** The longest meeting noun a word ends with (工作汇报会 → 汇报会). */
    public Optional<String> meetingNounAtEnd(String text) {
        String best = null;
        for (String noun : meetingNounsByLast.candidates(text, 0)) {
            if (text.endsWith(noun) && (best == null || noun.length() > best.length())) {
                best = noun;
            }
        }
        return Optional.ofNullable(best);
    }

    public Map<String, RoleVerb> roleVerbs() {
        return roleVerbs;
    }

    public Set<String> visitVerbs() {
        return visitVerbs;
    }

    public Set<String> leadVerbs() {
        return leadVerbs;
    }

    public List<String> venueSuffixes() {
        return venueSuffixes;
    }

    /** One character standing for the article's own body before its committee (校|党委书记, 院|纪委). */
    public boolean isBodyAbbreviation(String word) {
        return bodyAbbreviations.contains(word);
    }

    /** Endings of a body's building named after the body (办公楼, 大楼). */
    public List<String> premisesSuffixes() {
        return premisesSuffixes;
    }

    public Set<String> documentNouns() {
        return documentNouns;
    }

    public Map<String, String> provinceAbbreviations() {
        return provinceAbbreviations;
    }

    public List<String> facilitySuffixes() {
        return facilitySuffixes;
    }

    /** Words of a credit line (摄影, 撰稿) that persons' names follow. */
    public Set<String> creditRoles() {
        return creditRoles;
    }

    /** Whether a two-character surname (欧阳, 司马) starts at {@code offset} of {@code text}. */
    public boolean compoundSurnameAt(String text, int offset) {
        return offset + 2 <= text.length() && compoundSurnames.contains(text.substring(offset, offset + 2));
    }

    /** Whether {@code word} adds one more activity to those told before (还, 又). */
    public boolean isAdditiveAdverb(String word) {
        return additiveAdverbs.contains(word);
    }

    public Set<String> looseTime() {
        return looseTime;
    }

    /** Whether a word that may follow a person's name starts at {@code offset} of {@code text}. */
    public boolean nameBoundaryAt(String text, int offset) {
        return nameBoundaryAt(text, offset, 1);
    }

    /** Whether {@code word} is one of the words that may follow a person's name. */
    public boolean isNameBoundary(String word) {
        return nameBoundarySet.contains(word);
    }

    /** Like {@link #nameBoundaryAt}, for boundary words of two or more characters. */
    public boolean longNameBoundaryAt(String text, int offset) {
        return nameBoundaryAt(text, offset, 2);
    }

    private boolean nameBoundaryAt(String text, int offset, int minLength) {
        for (String w : nameBoundariesByFirst.candidates(text, offset)) {
            if (w.length() >= minLength && text.startsWith(w, offset)) {
                return true;
            }
        }
        return false;
    }

    public Map<String, Title> titles() {
        return titles;
    }

    /**
     * Words the tokenizer must keep whole, with the HanLP nature to give them: titles, organization
     * suffixes, meeting nouns, and the names of administrative divisions.
     */
    public Map<String, String> dictionaryWords() {
        Map<String, String> out = new LinkedHashMap<>();
        Gazetteer.standard().all().forEach(d -> out.put(d.name(), "ns"));
        orgSuffixes.keySet().stream().filter(w -> w.length() >= 2).forEach(w -> out.put(w, "nis"));
        // 集团|党委, 分公司|工会: a company's own committees, kept whole (HanLP has 集|团党委)
        for (String company : orgSuffixes.keySet()) {
            if (isCompanySuffix(company)) {
                orgSuffixes.keySet().stream().filter(w -> w.length() >= 2 && "qualified".equals(orgSuffixUse.get(w)))
                        .forEach(w -> out.put(company + w, "nis"));
            }
        }
        meetingNouns.keySet().forEach(w -> out.put(w, "n"));
        roleVerbs.keySet().stream().filter(w -> w.length() >= 3).forEach(w -> out.put(w, "v"));
        titles.keySet().stream().filter(w -> w.length() >= 2).forEach(w -> out.put(w, "nnt"));
        return Collections.unmodifiableMap(out);
    }

    /** The prefix of a title that the prefix rule made (代 of 代县长), if {@code text} is one. */
    public Optional<String> titlePrefix(String text) {
        for (String prefix : titlePrefixes) {
            String rest = text.substring(Math.min(prefix.length(), text.length()));
            if (text.startsWith(prefix) && titles.containsKey(text) && titles.containsKey(rest)
                    && titles.get(text).iri().equals(titles.get(rest).iri())) {
                return Optional.of(prefix);
            }
        }
        return Optional.empty();
    }

    public Optional<Title> title(String text) {
        return Optional.ofNullable(titles.get(text));
    }

    /** Whether some title starts with {@code text}: when not, no longer text is a title either. */
    public boolean startsTitle(String text) {
        return titleStarts.contains(text);
    }

    /**
     * The titles scheme of the ontology: the one source of truth for titles; and each of them
     * (but those that begin with an organization) after a prefix of {@code title-prefixes.txt}
     * (代县长), as the same concept written with the prefix.
     */
    private static Map<String, Title> loadTitles(List<String> titlePrefixes) {
        Map<String, Title> out = new HashMap<>();
        for (TitleEntry t : Ontology.standard().titles()) {
            out.put(t.zhHans(), new Title(t.zhHans(), t.iri(), t.notation(), t.orgHead(), t.standalone()));
        }
        Map<String, Title> prefixed = new HashMap<>();
        for (String prefix : titlePrefixes) {
            for (Title t : out.values()) {
                if (t.orgHead().isEmpty() && t.text().length() >= 2) {
                    String form = prefix + t.text();
                    prefixed.put(form, new Title(form, t.iri(), t.notation(), Optional.empty(), t.standalone()));
                }
            }
        }
        prefixed.forEach(out::putIfAbsent);
        return Collections.unmodifiableMap(out);
    }

    private static List<String> longestFirst(Set<String> words) {
        List<String> l = new ArrayList<>(words);
        l.sort(Comparator.comparingInt(String::length).reversed());
        return List.copyOf(l);
    }

    private static Map<String, String> columns(String file, int key, int value) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String[] row : rows(file)) {
            out.put(row[key], row[value]);
        }
        return Collections.unmodifiableMap(out);
    }

    private static List<String> words(String file) {
        List<String> out = new ArrayList<>();
        for (String[] row : rows(file)) {
            out.add(row[0]);
        }
        return out;
    }

    private static List<String[]> rows(String file) {
        String path = "/lexicon/" + file;
        try (InputStream in = open(path)) {
            List<String[]> out = new ArrayList<>();
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                out.add(line.split("\t"));
            }
            return out;
        } catch (IOException e) {
            throw new KgException("cannot read lexicon " + path + ": " + e.getMessage(), e);
        }
    }

    private static InputStream open(String path) throws IOException {
        InputStream in = Lexicon.class.getResourceAsStream(path);
        if (in == null) {
            throw new IOException("not on the classpath");
        }
        return in;
    }
}
