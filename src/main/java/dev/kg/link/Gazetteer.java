package dev.kg.link;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * China's administrative divisions at province, prefecture and county level, read from a
 * tab-separated file ({@code code name short level parent}); the bundled one is
 * {@code /gazetteer/divisions.tsv} (see the README beside it for its source and derivation).
 *
 * <pre>
 * Gazetteer gaz = Gazetteer.standard();
 * Division yangzhou = gaz.byName("扬州").get(0);          // 扬州市, a prefecture
 * Division jiangsu = gaz.province(yangzhou);               // 江苏省
 * gaz.longestMatchAt("扬州市委书记", 0)                   // Match[0, 3, 扬州市]
 * </pre>
 *
 * Immutable and safe to share between threads.
 */
public final class Gazetteer {

    /** Classpath location of the bundled data file. */
    public static final String RESOURCE = "/gazetteer/divisions.tsv";

    static final String HEADER = "code\tname\tshort\tlevel\tparent";
    private static final Pattern CODE = Pattern.compile("\\d{6}");

    // Ambiguous names list the broader division first: a bare 吉林 or 海南 means the province
    // more often than anything below it.
    private static final Comparator<Division> BROADEST_FIRST =
            Comparator.comparing(Division::level).thenComparing(Division::code);

    private final Map<String, Division> byCode;
    private final Map<String, List<Division>> byName;
    private final Map<String, List<Division>> children;
    private final Set<Character> firstChars;
    private final int longestName;

    private Gazetteer(List<Division> divisions) {
        Map<String, Division> codes = new LinkedHashMap<>();
        Map<String, List<Division>> names = new HashMap<>();
        Map<String, List<Division>> kids = new HashMap<>();
        Set<Character> first = new HashSet<>();
        int longest = 0;
        for (Division d : divisions) {
            codes.put(d.code(), d);
            List<String> keys = d.name().equals(d.shortName())
                    ? List.of(d.name())
                    : List.of(d.name(), d.shortName());
            for (String n : keys) {
                names.computeIfAbsent(n, k -> new ArrayList<>()).add(d);
                first.add(n.charAt(0));
                longest = Math.max(longest, n.length());
            }
            if (d.hasParent()) {
                kids.computeIfAbsent(d.parentCode(), k -> new ArrayList<>()).add(d);
            }
        }
        this.byCode = Map.copyOf(codes);
        this.byName = sortedCopy(names);
        this.children = sortedCopy(kids);
        this.firstChars = Set.copyOf(first);
        this.longestName = longest;
    }

    /** The bundled gazetteer, read from the classpath on first use. */
    public static Gazetteer standard() {
        return Bundled.INSTANCE;
    }

    /** Reads a gazetteer from a classpath resource such as {@link #RESOURCE}. */
    public static Gazetteer fromResource(String resource) {
        InputStream in = Gazetteer.class.getResourceAsStream(resource);
        if (in == null) {
            throw new GazetteerException("Gazetteer resource " + resource
                    + " is not on the classpath. Is src/main/resources/gazetteer/divisions.tsv packaged?");
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return read(reader, resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a gazetteer in the {@code divisions.tsv} format; {@code source} names it in error messages.
     *
     * @throws GazetteerException on a bad header, a row without five fields, a malformed or
     *                            duplicate code, an unknown level, or a parent that is not listed
     */
    public static Gazetteer read(Reader reader, String source) {
        List<Division> rows = new ArrayList<>();
        Map<String, Integer> lineOf = new HashMap<>();
        try {
            BufferedReader in = new BufferedReader(reader);
            String header = in.readLine();
            if (header == null || !header.equals(HEADER)) {
                throw new GazetteerException(source + ":1: expected the header '"
                        + HEADER.replace("\t", "<TAB>") + "'");
            }
            int lineNo = 1;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNo++;
                if (line.isEmpty()) {
                    continue;
                }
                Division d = parseRow(line, source, lineNo);
                if (lineOf.putIfAbsent(d.code(), lineNo) != null) {
                    throw new GazetteerException(source + ":" + lineNo + ": code " + d.code()
                            + " already used on line " + lineOf.get(d.code()));
                }
                rows.add(d);
            }
        } catch (IOException e) {
            throw new GazetteerException("Cannot read gazetteer " + source + ": " + e.getMessage(), e);
        }
        checkParents(rows, lineOf, source);
        return new Gazetteer(rows);
    }

    private static Division parseRow(String line, String source, int lineNo) {
        String[] f = line.split("\t", -1);
        if (f.length != 5) {
            throw new GazetteerException(source + ":" + lineNo + ": expected 5 tab-separated fields, found "
                    + f.length);
        }
        if (!CODE.matcher(f[0]).matches() || !(f[4].isEmpty() || CODE.matcher(f[4]).matches())) {
            throw new GazetteerException(source + ":" + lineNo + ": codes must have six digits");
        }
        if (f[1].isEmpty() || f[2].isEmpty()) {
            throw new GazetteerException(source + ":" + lineNo + ": name and short name must not be empty");
        }
        try {
            return new Division(f[0], f[1], f[2], Division.Level.fromLabel(f[3]), f[4]);
        } catch (IllegalArgumentException e) {
            throw new GazetteerException(source + ":" + lineNo + ": " + e.getMessage(), e);
        }
    }

    private static void checkParents(List<Division> rows, Map<String, Integer> lineOf, String source) {
        Map<String, Division> codes = new HashMap<>();
        rows.forEach(d -> codes.put(d.code(), d));
        for (Division d : rows) {
            String where = source + ":" + lineOf.get(d.code()) + ": ";
            boolean province = d.level() == Division.Level.PROVINCE;
            if (province == d.hasParent()) {
                throw new GazetteerException(where + (province
                        ? "a province must have an empty parent"
                        : "a " + d.level().label() + " needs a parent code"));
            }
            if (!province) {
                Division parent = codes.get(d.parentCode());
                if (parent == null) {
                    throw new GazetteerException(where + "parent " + d.parentCode() + " is not listed");
                }
                if (parent.level().compareTo(d.level()) >= 0) {
                    throw new GazetteerException(where + "parent " + d.parentCode()
                            + " is not above a " + d.level().label());
                }
            }
        }
    }

    public Optional<Division> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** Divisions whose full or short name is {@code name}, broadest level first; empty if none. */
    public List<Division> byName(String name) {
        return byName.getOrDefault(name, List.of());
    }

    public Optional<Division> parent(Division division) {
        return division.hasParent() ? byCode(division.parentCode()) : Optional.empty();
    }

    /** The province (or municipality, autonomous region) containing {@code division}, or itself. */
    public Division province(Division division) {
        Division d = division;
        for (Optional<Division> p = parent(d); p.isPresent(); p = parent(d)) {
            d = p.get();
        }
        return d;
    }

    /**
     * The prefecture-level division containing {@code division}, or itself if it is one; empty for
     * provinces and for counties directly under a province (municipal districts, 济源市, 仙桃市, ...).
     */
    public Optional<Division> prefecture(Division division) {
        return switch (division.level()) {
            case PROVINCE -> Optional.empty();
            case PREFECTURE -> Optional.of(division);
            case COUNTY -> parent(division).filter(p -> p.level() == Division.Level.PREFECTURE);
        };
    }

    /** The divisions directly under {@code division}, prefectures before counties, then by code. */
    public List<Division> children(Division division) {
        return children.getOrDefault(division.code(), List.of());
    }

    /** Every division, by code. */
    public List<Division> all() {
        return byCode.values().stream().sorted(Comparator.comparing(Division::code)).toList();
    }

    public int size() {
        return byCode.size();
    }

    /**
     * The longest division name, full or short, that starts at {@code offset} in {@code text}.
     * Longest wins so that 扬州市委 yields 扬州市 rather than 扬州. A short name of a county is often an
     * ordinary word as well (和平, 新华, 鼓楼); callers that scan free text should weigh
     * {@link Match#isFullName()} and the level.
     */
    public Optional<Match> longestMatchAt(CharSequence text, int offset) {
        if (offset < 0 || offset >= text.length() || !firstChars.contains(text.charAt(offset))) {
            return Optional.empty();
        }
        for (int len = Math.min(longestName, text.length() - offset); len >= 1; len--) {
            String candidate = text.subSequence(offset, offset + len).toString();
            List<Division> found = byName.get(candidate);
            if (found != null) {
                return Optional.of(new Match(offset, offset + len, candidate, found));
            }
        }
        return Optional.empty();
    }

    /**
     * A division name found in a text.
     *
     * @param begin     offset of the first character
     * @param end       offset after the last character
     * @param text      the characters matched
     * @param divisions every division with that full or short name, broadest level first
     */
    public record Match(int begin, int end, String text, List<Division> divisions) {
        public Match {
            divisions = List.copyOf(divisions);
        }

        /** Whether some matched division carries the name in full (扬州市) rather than short (扬州). */
        public boolean isFullName() {
            return divisions.stream().anyMatch(d -> d.name().equals(text));
        }
    }

    private static Map<String, List<Division>> sortedCopy(Map<String, List<Division>> map) {
        Map<String, List<Division>> copy = new HashMap<>();
        map.forEach((k, v) -> copy.put(k, v.stream().sorted(BROADEST_FIRST).toList()));
        return Map.copyOf(copy);
    }

    private static final class Bundled {
        static final Gazetteer INSTANCE = fromResource(RESOURCE);
    }
}
