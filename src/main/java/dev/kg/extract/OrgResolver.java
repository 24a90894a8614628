package dev.kg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the organization names as written into organizations: {@code 市委} in a story about a named
 * city becomes that city's 市委; a short form ({@code 检查组}, {@code 市委巡察组}) becomes the full
 * organization named earlier with the same suffix; everything else stands as written.
 */
public final class OrgResolver {
    /** Organization-type words that may follow a bare level character (市委, 市政协, 县人大常委会). */
    private static final double SIMILAR = 0.6;

    private final Lexicon lexicon;
    private final Optional<PlaceResolver.Home> home;
    private final Map<String, OrgBuilder> orgs = new LinkedHashMap<>();
    private final Map<String, String> resolved = new LinkedHashMap<>();

    public OrgResolver(Lexicon lexicon, Optional<PlaceResolver.Home> home) {
        this.lexicon = lexicon;
        this.home = home;
    }

    /** Registers a mention, in text order, and returns the organization's name. */
    public String add(String surface, Span span) {
        String name = resolve(surface);
        OrgBuilder b = orgs.computeIfAbsent(name, n -> new OrgBuilder(n, orgClass(n)));
        b.aliases.add(surface);
        if (!b.mentions.contains(span)) {
            b.mentions.add(span);
        }
        return name;
    }

    /** The organization a surface form names, without recording a mention. */
    public String resolve(String surface) {
        return resolved.computeIfAbsent(surface, this::compute);
    }

    public List<OrgFact> facts() {
        List<OrgFact> out = new ArrayList<>();
        for (OrgBuilder b : orgs.values()) {
            Set<String> aliases = new LinkedHashSet<>(b.aliases);
            aliases.remove(b.name);
            out.add(new OrgFact(b.name, aliases, b.orgClass, b.mentions));
        }
        return out;
    }

    public Optional<String> suffixOf(String name) {
        return lexicon.orgSuffixAtEnd(name);
    }

    private String compute(String surface) {
        String withHome = prefixHome(surface);
        for (String earlier : orgs.keySet()) {
            // a one-character ending (委, 局) says too little to call one name short for another
            Optional<String> suffix = lexicon.sharedOrgSuffix(withHome, earlier).filter(x -> x.length() > 1);
            if (suffix.isPresent() && !earlier.equals(withHome) && isShortFormOf(withHome, earlier, suffix.get())) {
                return earlier;
            }
        }
        return withHome;
    }

    /**
     * 市委… → 扬州市委… when the story's home is a named city (likewise 县, 区, 镇), and 省委… →
     * 浙江省委… when the gazetteer knows the province that city is in.
     */
    private String prefixHome(String surface) {
        if (home.isEmpty() || surface.length() < 2) {
            return surface;
        }
        String rest = surface.substring(1);
        boolean orgWord = rest.startsWith("委") || lexicon.orgSuffixAtEnd(rest).isPresent()
                && startsWithSuffix(rest);
        if (!orgWord) {
            return surface;
        }
        return home.get().placeFor(surface.charAt(0)).map(place -> place + rest).orElse(surface);
    }

    private boolean startsWithSuffix(String rest) {
        for (int len = 2; len <= rest.length(); len++) {
            if (lexicon.isOrgSuffix(rest.substring(0, len))) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code short} names the same organization as {@code full}: same suffix, and either its
     * characters appear in order in the full name, or most of its qualifier does.
     */
    private boolean isShortFormOf(String shortName, String full, String suffix) {
        String a = Lexicon.variants(shortName);
        String b = Lexicon.variants(full);
        String sfx = Lexicon.variants(suffix);
        if (!b.endsWith(sfx) || a.length() >= b.length()) {
            return false;
        }
        // a bare 市委 is the home city's, never another city's 泰州市委; only a team is named short that way (市督查组)
        if (PlaceFinder.LEVELS.indexOf(a.charAt(0)) >= 0 && a.charAt(0) != b.charAt(0)
                && !"InspectionTeam".equals(lexicon.orgClass(suffix))) {
            return false;
        }
        if (isSubsequence(a, b)) {
            // 省人大 is not short for 省乡镇人大: a lone level character qualifies only a team (市督查组)
            return a.length() - sfx.length() != 1 || "InspectionTeam".equals(lexicon.orgClass(suffix));
        }
        String qa = a.substring(0, a.length() - sfx.length());
        String qb = b.substring(0, b.length() - sfx.length());
        if (qa.length() < 4) {
            return false;
        }
        long shared = qa.chars().filter(ch -> qb.indexOf(ch) >= 0).count();
        return shared >= SIMILAR * qa.length() && commonPrefixOrInfix(qa, qb) >= 4;
    }

    private static int commonPrefixOrInfix(String a, String b) {
        int best = 0;
        for (int i = 0; i < a.length(); i++) {
            for (int j = i + best + 1; j <= a.length(); j++) {
                if (b.contains(a.substring(i, j))) {
                    best = j - i;
                } else {
                    break;
                }
            }
        }
        return best;
    }

    private static boolean isSubsequence(String a, String b) {
        int i = 0;
        for (int j = 0; j < b.length() && i < a.length(); j++) {
            if (a.charAt(i) == b.charAt(j)) {
                i++;
            }
        }
        return i == a.length();
    }

    private String orgClass(String name) {
        return lexicon.orgSuffixAtEnd(name).map(lexicon::orgClass).orElse("Organization");
    }

    private static final class OrgBuilder {
        final String name;
        final String orgClass;
        final Set<String> aliases = new LinkedHashSet<>();
        final List<Span> mentions = new ArrayList<>();

        OrgBuilder(String name, String orgClass) {
            this.name = name;
            this.orgClass = orgClass;
        }
    }
}
