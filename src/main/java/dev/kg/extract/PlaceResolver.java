package dev.kg.extract;

import dev.kg.link.Division;
import dev.kg.link.Gazetteer;
import dev.kg.normalize.Han;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Collects the places an article mentions and decides its home place: the place that 我市 / 我县
 * points at. The home is the place of the deictic's level that the text names most often outside
 * officials' titles (东江市副市长 says where an official is from, not where the story is); when the
 * text never names it, the deictic itself stands as the place's name.
 */
public final class PlaceResolver {
    /** A place name seen in the text; {@code inTitle} when it only qualifies an official's title. */
    public record PlaceMention(String name, Span span, boolean inTitle) {}

    /** The article's home place: its name, level character, and whether the text names it. */
    public record Home(String name, char level, boolean named, List<Division> divisions) {
        public Home {
            divisions = List.copyOf(divisions);
        }

        /**
         * The place an organization name starting with level character {@code c} belongs to: the
         * home itself (市委 in a city), or the division enclosing it at that level (省委 → its
         * province), when the gazetteer knows the home unambiguously.
         */
        public Optional<String> placeFor(char c) {
            if (c == level && named) {
                return Optional.of(name);
            }
            return divisions.stream().skip(1).map(Division::name)
                    .filter(n -> n.charAt(n.length() - 1) == c).findFirst();
        }
    }

    /** A division name glued into one token with what follows (如皋市国税局): two or three characters and a level. */
    private static final Pattern PLACE_PREFIX = Pattern.compile("^([^省市县区镇乡村全我本该各\\P{IsHan}]\\p{IsHan}{1,2}?[省市县区镇乡])(?=\\p{IsHan})");
    private static final String LEVELS = PlaceFinder.LEVELS;
    private static final String GLUE = "的新在和与及了是将";

    private final Lexicon lexicon;
    private final Gazetteer gazetteer = Gazetteer.standard();
    private final List<PlaceMention> mentions = new ArrayList<>();
    private final List<Chunk> deictics = new ArrayList<>();
    private final Map<String, String> aliasOf = new LinkedHashMap<>();
    private static final Set<String> COMING = Set.of("在", "来", "赴", "抵", "离", "到", "返");
    private final List<Span> abbreviationCandidates = new ArrayList<>();
    private final List<String> abbreviationTexts = new ArrayList<>();

    public PlaceResolver(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Records the place mentions of one sentence's chunks. */
    public void scan(List<Chunk> chunks) {
        for (int i = 0; i < chunks.size(); i++) {
            Chunk c = chunks.get(i);
            boolean beforeTitle = i + 1 < chunks.size() && chunks.get(i + 1).is(Chunk.Type.TITLE)
                    && chunks.get(i + 1).start() == c.end();
            switch (c.type()) {
                case PLACE -> mentions.add(new PlaceMention(c.text(), c.span(), beforeTitle || isFacility(c.text())));
                case ORG -> {
                    // inside an organization's name only a division counts as a place (如皋市国税局, not 中国科学院)
                    for (Span sp : PlaceFinder.find(c.tokens(), 0, c.tokens().size(), null)) {
                        String name = c.text().substring(sp.start() - c.start(), sp.end() - c.start());
                        if (LEVELS.indexOf(name.charAt(name.length() - 1)) >= 0 && !lexicon.deictics().containsKey(name)
                                && !(sp.end() == c.end())) {
                            mentions.add(new PlaceMention(name, sp, beforeTitle));
                        }
                    }
                    Matcher m = PLACE_PREFIX.matcher(c.text());
                    if (m.find() && mentions.stream().noneMatch(x -> x.span().start() == c.start())) {
                        mentions.add(new PlaceMention(m.group(1), new Span(c.start(), c.start() + m.group(1).length()), beforeTitle));
                    }
                }
                case DEICTIC -> deictics.add(c);
                case WORD -> {
                    // 在沪, 来京: a province by its one-character name
                    String province = lexicon.provinceAbbreviations().get(c.text());
                    if (province != null && i > 0 && COMING.contains(chunks.get(i - 1).text())) {
                        mentions.add(new PlaceMention(c.text(), c.span(), true));
                        aliasOf.put(c.text(), province);
                    }
                    // a single character after a verb of coming or before 期间 may abbreviate the home (来徐)
                    if (c.text().length() == 1 && Han.is(c.text().charAt(0))
                            && i > 0 && (lexicon.visitVerbs().contains(chunks.get(i - 1).text()) || chunks.get(i - 1).text().equals("在"))) {
                        abbreviationCandidates.add(c.span());
                        abbreviationTexts.add(c.text());
                    }
                }
                default -> { }
            }
        }
    }

    /** A facility (…中心, …园区) is a place, never the home a deictic points at. */
    private boolean isFacility(String name) {
        return lexicon.facilitySuffixes().stream().anyMatch(name::endsWith)
                || lexicon.venueSuffixes().stream().anyMatch(name::endsWith)
                || lexicon.premisesSuffixes().stream().anyMatch(name::endsWith);
    }

    /** Decides the home place and groups mentions into places. */
    public Result resolve() {
        Map<String, String> canonical = canonicalNames();
        Optional<Home> home = home(canonical);
        Map<String, PlaceBuilder> places = new LinkedHashMap<>();
        for (PlaceMention m : mentions) {
            String name = canonical.get(m.name());
            places.computeIfAbsent(aliasOf.getOrDefault(name, name), PlaceBuilder::new).add(m.name(), m.span());
        }
        if (home.isPresent()) {
            Home h = home.get();
            PlaceBuilder hb = places.computeIfAbsent(h.name(), PlaceBuilder::new);
            hb.home = true;
            for (Chunk d : deictics) {
                if (lexicon.deictics().get(d.text()) == h.level()) {
                    hb.add(d.text(), d.span());
                }
            }
            if (h.named()) {
                for (int i = 0; i < abbreviationCandidates.size(); i++) {
                    if (h.name().startsWith(abbreviationTexts.get(i))) {
                        hb.add(abbreviationTexts.get(i), abbreviationCandidates.get(i));
                    }
                }
            }
        }
        List<PlaceFact> facts = new ArrayList<>();
        List<Division> chain = home.map(Home::divisions).orElse(List.of());
        for (PlaceBuilder b : places.values()) {
            if (!b.mentions.isEmpty()) {
                b.aliases.remove(b.name);
                Optional<String> code = b.home && !chain.isEmpty() ? Optional.of(chain.get(0).code()) : Optional.empty();
                Optional<String> in = b.home && chain.size() > 1 ? Optional.of(chain.get(1).name()) : Optional.empty();
                facts.add(new PlaceFact(b.name, b.aliases, b.home, b.mentions, code, in));
            }
        }
        // the divisions enclosing the home: in the graph, but not mentioned by the article
        for (int i = 1; i < chain.size(); i++) {
            Division d = chain.get(i);
            if (facts.stream().noneMatch(p -> p.name().equals(d.name()))) {
                facts.add(new PlaceFact(d.name(), Set.of(), false, List.of(), Optional.of(d.code()),
                        i + 1 < chain.size() ? Optional.of(chain.get(i + 1).name()) : Optional.empty()));
            }
        }
        return new Result(facts, home);
    }

    /** The places, and the home place when the article has a first-person deictic. */
    public record Result(List<PlaceFact> places, Optional<Home> home) {
        public Optional<String> nameOf(String surface) {
            for (PlaceFact p : places) {
                if (p.name().equals(surface) || p.aliases().contains(surface)) {
                    return Optional.of(p.name());
                }
            }
            return Optional.empty();
        }
    }

    /** Mention text → place name: glue stripped (的新扬州 → 扬州), a bare name joined to its full form. */
    private Map<String, String> canonicalNames() {
        Set<String> names = new LinkedHashSet<>();
        mentions.forEach(m -> names.add(m.name()));
        Map<String, String> out = new LinkedHashMap<>();
        for (String n : names) {
            String name = n;
            for (String other : names) {
                if (!other.equals(n) && n.endsWith(other) && other.length() >= 2
                        && n.substring(0, n.length() - other.length()).chars().allMatch(ch -> GLUE.indexOf(ch) >= 0)) {
                    name = other;
                }
            }
            if (LEVELS.indexOf(name.charAt(name.length() - 1)) < 0) {
                // a short name the gazetteer knows for exactly one division: 南通 → 南通市
                List<Division> ds = gazetteer.byName(name);
                if (ds.size() == 1 && ds.get(0).shortName().equals(name)) {
                    name = ds.get(0).name();
                }
            }
            if (LEVELS.indexOf(name.charAt(name.length() - 1)) < 0) {
                for (String other : names) {
                    if (other.length() == name.length() + 1 && other.startsWith(name)
                            && LEVELS.indexOf(other.charAt(other.length() - 1)) >= 0) {
                        name = other;
                    }
                }
            }
            out.put(n, name);
        }
        return out;
    }

    private Optional<Home> home(Map<String, String> canonical) {
        Optional<Chunk> first = deictics.stream().filter(d -> lexicon.isFirstPersonDeictic(d.text())).findFirst();
        if (first.isEmpty()) {
            return Optional.empty();
        }
        char level = lexicon.deictics().get(first.get().text());
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (PlaceMention m : mentions) {
            String name = canonical.get(m.name());
            char last = name.charAt(name.length() - 1);
            if (!m.inTitle() && (last == level || LEVELS.indexOf(last) < 0) && divisionCompatible(name, level)) {
                // a name the gazetteer knows at the deictic's level outweighs any number of unknown ones
                counts.merge(name, known(name, level) ? 100 : 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .max((a, b) -> Integer.compare(a.getValue(), b.getValue()))
                .map(e -> new Home(fullName(e.getKey(), level), level, true, chain(fullName(e.getKey(), level))))
                .or(() -> Optional.of(new Home(first.get().text(), level, false, List.of())));
    }

    /** The division of that name and the ones enclosing it, when the gazetteer has exactly one. */
    private List<Division> chain(String name) {
        List<Division> matches = gazetteer.byName(name).stream().filter(d -> d.name().equals(name)).toList();
        if (matches.size() != 1) {
            return List.of();
        }
        List<Division> out = new ArrayList<>();
        for (Optional<Division> d = Optional.of(matches.get(0)); d.isPresent(); d = gazetteer.parent(d.get())) {
            out.add(d.get());
        }
        return out;
    }

    /** The gazetteer's full name at that level (宝应 → 宝应县), else the name with the level added. */
    private String fullName(String name, char level) {
        if (LEVELS.indexOf(name.charAt(name.length() - 1)) >= 0) {
            return name;
        }
        return gazetteer.byName(name).stream().map(Division::name)
                .filter(n -> n.charAt(n.length() - 1) == level).findFirst().orElse(name + level);
    }

    private boolean known(String name, char level) {
        return gazetteer.byName(name).stream().anyMatch(d -> d.name().charAt(d.name().length() - 1) == level)
                || gazetteer.byName(name + level).size() > 0;
    }

    /** A name the gazetteer knows only at other levels (湖北 for 我市) cannot be the home. */
    private boolean divisionCompatible(String name, char level) {
        List<Division> ds = gazetteer.byName(name);
        return ds.isEmpty() || ds.stream().anyMatch(d -> d.name().charAt(d.name().length() - 1) == level);
    }

    private static final class PlaceBuilder {
        final String name;
        final Set<String> aliases = new LinkedHashSet<>();
        final List<Span> mentions = new ArrayList<>();
        boolean home;

        PlaceBuilder(String name) {
            this.name = name;
        }

        void add(String surface, Span span) {
            aliases.add(surface);
            if (!mentions.contains(span)) {
                mentions.add(span);
            }
        }
    }
}
