package dev.kg.eval;

import dev.kg.link.Division;
import dev.kg.link.Gazetteer;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The suffixes that end the name of an administrative division ({@code 省}, {@code 市}, {@code 区},
 * {@code 自治州}, …), so that a scorer can take {@code 萧山} and {@code 萧山区} for one division. They
 * are read from the gazetteer (a division's full name minus its short name), with the levels below the
 * county that the gazetteer does not list ({@link #BELOW_COUNTY}).
 *
 * <pre>
 *   DivisionSuffixes.standard().sameDivision("萧山", "萧山区")   // true
 *   DivisionSuffixes.standard().sameDivision("吉林省", "吉林市") // false: two suffixed forms
 * </pre>
 */
public final class DivisionSuffixes {
    /** Towns, townships, villages and subdistricts: below the gazetteer's lowest level. */
    static final Set<String> BELOW_COUNTY = Set.of("镇", "乡", "村", "街道");

    /** A one-character stem is no name on its own ({@code 和县}, {@code 我市}). */
    private static final int MIN_STEM = 2;

    private final Set<String> suffixes;

    DivisionSuffixes(Set<String> suffixes) {
        this.suffixes = Set.copyOf(suffixes);
    }

    /** The gazetteer's suffixes and {@link #BELOW_COUNTY}. */
    public static DivisionSuffixes standard() {
        return Bundled.INSTANCE;
    }

    /** Sorted, for documentation and tests. */
    public Set<String> suffixes() {
        return new TreeSet<>(suffixes);
    }

    /** Equal names, or one is the other (of two characters or more) followed by a division suffix. */
    public boolean sameDivision(String a, String b) {
        return a.equals(b) || suffixed(a, b) || suffixed(b, a);
    }

    private boolean suffixed(String stem, String full) {
        return stem.length() >= MIN_STEM && full.startsWith(stem)
                && suffixes.contains(full.substring(stem.length()));
    }

    private static final class Bundled {
        static final DivisionSuffixes INSTANCE = new DivisionSuffixes(Stream.concat(
                Gazetteer.standard().all().stream()
                        .filter(d -> !d.name().equals(d.shortName()) && d.name().startsWith(d.shortName()))
                        .map(DivisionSuffixes::suffixOf),
                BELOW_COUNTY.stream()).collect(Collectors.toSet()));
    }

    private static String suffixOf(Division d) {
        return d.name().substring(d.shortName().length());
    }
}
