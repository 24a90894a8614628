package dev.kg.link;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which administrative division a place or an organization belongs to, by its name and the gazetteer,
 * and nothing else: a name that the gazetteer does not settle stays unresolved rather than guessed.
 *
 * <pre>
 * resolver.place("徐州", Optional.empty())              // 徐州市 320300
 * resolver.organization("邳州市国税局", home)           // Scope[320382, ...]
 * resolver.organization("中央巡回检查组", home)         // the national scope
 * </pre>
 */
public final class DivisionResolver {
    /** Where the lexicon of national bodies lives on the classpath. */
    static final String NATIONAL = "/lexicon/national-prefixes.txt";

    /** An organization's division, or {@link #national()} for a body of the whole country. */
    public record Scope(Optional<Division> division) {
        public static Scope national() {
            return new Scope(Optional.empty());
        }

        public boolean isNational() {
            return division.isEmpty();
        }
    }

    private final Gazetteer gazetteer;
    private final List<String> nationalPrefixes;

    public DivisionResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.nationalPrefixes = readLines(NATIONAL);
    }

    public static DivisionResolver standard() {
        return new DivisionResolver(Gazetteer.standard());
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /**
     * The division a place name denotes: the only division of that full or short name, or the only
     * one of them inside {@code context} (the enclosing place or the article's home place).
     */
    public Optional<Division> place(String name, Optional<Division> context) {
        return pick(gazetteer.byName(name), context);
    }

    /**
     * The division an organization's name starts with (邳州市国税局 → 邳州市); a county's short name
     * only inside the context's province, since many are ordinary words too (新华, 和平). Empty when
     * the name starts with no division (人民法院) or with one that the context does not settle.
     */
    public Optional<Scope> organization(String name, Optional<Division> context) {
        for (String prefix : nationalPrefixes) {
            if (name.startsWith(prefix)) {
                return Optional.of(Scope.national());
            }
        }
        Optional<Division> found = Optional.empty();
        // 江苏省宿迁市委: each further division named must lie inside the one before; the last wins
        for (int at = 0; at < name.length(); ) {
            Optional<Gazetteer.Match> m = gazetteer.longestMatchAt(name, at);
            if (m.isEmpty()) {
                break;
            }
            Optional<Division> outer = found;
            Optional<Division> next = pick(usable(m.get(), found.or(() -> context))
                    .stream().filter(d -> outer.isEmpty() || within(d, outer.get())).toList(), found.or(() -> context));
            if (next.isEmpty()) {
                break;
            }
            found = next;
            at = m.get().end();
        }
        return found.map(d -> new Scope(Optional.of(d)));
    }

    private List<Division> usable(Gazetteer.Match m, Optional<Division> context) {
        List<Division> usable = new ArrayList<>();
        for (Division d : m.divisions()) {
            boolean shortCounty = !d.name().equals(m.text()) && d.level() == Division.Level.COUNTY;
            if (!shortCounty || context.filter(c -> sameProvince(c, d)).isPresent()) {
                usable.add(d);
            }
        }
        return usable;
    }

    /** Whether one division is the other or contains it. */
    public boolean nested(Division a, Division b) {
        return within(a, b) || within(b, a);
    }

    /** Whether {@code inner} is {@code outer} or lies inside it. */
    public boolean within(Division inner, Division outer) {
        for (Optional<Division> d = Optional.of(inner); d.isPresent(); d = gazetteer.parent(d.get())) {
            if (d.get().code().equals(outer.code())) {
                return true;
            }
        }
        return false;
    }

    private boolean sameProvince(Division a, Division b) {
        return gazetteer.province(a).code().equals(gazetteer.province(b).code());
    }

    private Optional<Division> pick(List<Division> candidates, Optional<Division> context) {
        if (candidates.size() == 1) {
            return Optional.of(candidates.get(0));
        }
        if (candidates.isEmpty() || context.isEmpty()) {
            return Optional.empty();
        }
        List<Division> inside = candidates.stream().filter(d -> nested(d, context.get())).toList();
        if (inside.size() == 1) {
            return Optional.of(inside.get(0));
        }
        List<Division> sameProvince = candidates.stream().filter(d -> sameProvince(d, context.get())).toList();
        return sameProvince.size() == 1 ? Optional.of(sameProvince.get(0)) : Optional.empty();
    }

    private static List<String> readLines(String resource) {
        InputStream in = DivisionResolver.class.getResourceAsStream(resource);
        if (in == null) {
            throw new GazetteerException(resource + " is not on the classpath (is src/main/resources packaged?)");
        }
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) {
                    lines.add(s);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(lines);
    }
}
