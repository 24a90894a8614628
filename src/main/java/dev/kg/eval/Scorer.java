package dev.kg.eval;

import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiPredicate;

/**
 * Scores competency-query rows against a gold article, per category, comparing sets of keys
 * (a fact stated twice counts once on either side):
 * <ul>
 *   <li>persons: {@code ?name};</li>
 *   <li>organizations, places: {@code ?name} against the gold name or any alias. Several of our names
 *       that match one gold entity are one true positive, not extras; a name matching none is extra;</li>
 *   <li>positions: person, title, and org by name or alias; a gold org of null accepts any org of ours
 *       or none;</li>
 *   <li>events: kind and the month-day of the start (a year from the publication date is not wrong;
 *       gold's null start matches our unbound start);</li>
 *   <li>participants: person, role, and the start month-day of the event, joined on {@code ?event}
 *       from the events query;</li>
 *   <li>event details: kind, start month-day, place and organizer of an event together, the place and
 *       organizer matched like the places and organizations above (null only matches null).</li>
 * </ul>
 * Before comparing, both sides go through the annotation conventions' {@link Equivalences}: attendance
 * implied by another role, titles fused with their body's name, divisions with or without their suffix
 * (for places, wherever they are matched). Only the categories present in the rows are scored.
 */
public final class Scorer {
    private static final String NONE = "—";

    private final DivisionSuffixes divisions = DivisionSuffixes.standard();

    /** Scores every category for which {@code rows} holds results. */
    public ArticleScore score(GoldArticle gold, Map<Category, List<Map<String, String>>> rows) {
        Map<Category, CategoryScore> scores = new EnumMap<>(Category.class);
        for (Category c : rows.keySet()) {
            scores.put(c, score(c, gold, rows));
        }
        return new ArticleScore(gold.id(), scores);
    }

    private CategoryScore score(Category c, GoldArticle gold, Map<Category, List<Map<String, String>>> rows) {
        List<Map<String, String>> ours = rows.get(c);
        return switch (c) {
            case PERSONS -> persons(gold, ours);
            case ORGANIZATIONS -> entities(gold.organizations(), ours);
            case PLACES -> places(gold.places(), ours);
            case POSITIONS -> positions(gold, ours);
            case EVENTS -> events(gold, ours);
            case PARTICIPANTS -> participants(gold, ours, rows.getOrDefault(Category.EVENTS, List.of()));
            case EVENT_DETAILS -> eventDetails(gold, ours);
        };
    }

    private static CategoryScore persons(GoldArticle gold, List<Map<String, String>> ours) {
        Map<String, String> goldKeys = new LinkedHashMap<>();
        gold.persons().forEach(n -> goldKeys.put(n, n));
        Map<String, String> ourKeys = new LinkedHashMap<>();
        ours.forEach(r -> present(r, "name").ifPresent(n -> ourKeys.put(n, n)));
        return compare(goldKeys, ourKeys, String::equals);
    }

    private static CategoryScore entities(List<GoldEntity> gold, List<Map<String, String>> ours) {
        return entities(gold, ours, GoldEntity::isNamed);
    }

    private CategoryScore places(List<GoldEntity> gold, List<Map<String, String>> ours) {
        return entities(gold, ours, this::placeNamed);
    }

    private static CategoryScore entities(List<GoldEntity> gold, List<Map<String, String>> ours,
                                          BiPredicate<GoldEntity, String> named) {
        Map<GoldEntity, String> goldKeys = new LinkedHashMap<>();
        gold.forEach(e -> goldKeys.put(e, e.name()));
        Map<String, String> ourKeys = new LinkedHashMap<>();
        ours.forEach(r -> present(r, "name").ifPresent(n -> ourKeys.put(n, n)));
        return compare(goldKeys, ourKeys, named);
    }

    /** A gold place is named by its name or an alias, each with or without its division suffix. */
    private boolean placeNamed(GoldEntity place, String ourName) {
        return place.names().stream().anyMatch(n -> divisions.sameDivision(n, ourName));
    }

    /**
     * Titles are compared without the body's name they may start with ({@link Equivalences#titleWithoutBody}),
     * stripped with every name of the organization: gold's name and aliases, and for ours its own name
     * with the names of the gold organization it matches, so that both sides strip alike. Positions
     * that are then alike count once on either side.
     */
    private static CategoryScore positions(GoldArticle gold, List<Map<String, String>> ours) {
        Map<List<String>, String> goldKeys = new LinkedHashMap<>();
        for (GoldPosition p : gold.positions()) {
            String org = p.org().orElse(null);
            goldKeys.merge(Arrays.asList(p.person(), bareTitle(gold, p.title(), org), org),
                    describe(p.person(), p.title(), org), (a, b) -> a + "; " + b);
        }
        Map<List<String>, String> ourKeys = new LinkedHashMap<>();
        for (Map<String, String> r : ours) {
            String org = r.get("org");
            ourKeys.putIfAbsent(Arrays.asList(r.get("person"), bareTitle(gold, r.get("title"), org), org),
                    describe(r.get("person"), r.get("title"), org));
        }
        return compare(goldKeys, ourKeys, (g, o) -> g.get(0).equals(o.get(0)) && g.get(1).equals(o.get(1))
                && (g.get(2) == null || o.get(2) != null && orgNamed(gold, g.get(2), o.get(2))));
    }

    /** A title less the name of its body, where the body is named by org (gold's or ours) or is absent. */
    private static String bareTitle(GoldArticle gold, String title, String org) {
        if (title == null || org == null) {
            return title;
        }
        List<String> names = new ArrayList<>(List.of(org));
        gold.organizationsNamed(org).forEach(e -> names.addAll(e.names()));
        return Equivalences.titleWithoutBody(title, names);
    }

    /** Whether our org name names the gold org called {@code goldOrg} (by its name or an alias). */
    private static boolean orgNamed(GoldArticle gold, String goldOrg, String ourOrg) {
        return goldOrg.equals(ourOrg) || gold.organizations().stream()
                .anyMatch(e -> e.name().equals(goldOrg) && e.isNamed(ourOrg));
    }

    /** Whether our place name names the gold place called {@code goldPlace} (name, alias, suffix). */
    private boolean placeNamed(GoldArticle gold, String goldPlace, String ourPlace) {
        return divisions.sameDivision(goldPlace, ourPlace) || gold.places().stream()
                .anyMatch(e -> e.name().equals(goldPlace) && placeNamed(e, ourPlace));
    }

    private static CategoryScore events(GoldArticle gold, List<Map<String, String>> ours) {
        Map<List<String>, String> goldKeys = new LinkedHashMap<>();
        for (GoldEvent e : gold.events()) {
            List<String> key = Arrays.asList(e.kind(), dayKey(e.start().orElse(null)));
            goldKeys.merge(key, describe(e.kind(), e.start().orElse(null), e.label()), (a, b) -> a + "; " + b);
        }
        Map<List<String>, String> ourKeys = new LinkedHashMap<>();
        for (Map<String, String> r : ours) {
            List<String> key = Arrays.asList(r.get("kind"), dayKey(r.get("start")));
            ourKeys.putIfAbsent(key, describe(r.get("kind"), r.get("start"), r.get("label")));
        }
        return compare(goldKeys, ourKeys, Object::equals);
    }

    /**
     * An event's kind, start month-day, place and organizer together; each distinct row of ours is one
     * fact (an event in two places is two). Null matches null only: a place gold leaves open is not ours
     * to add.
     */
    private CategoryScore eventDetails(GoldArticle gold, List<Map<String, String>> ours) {
        Map<List<String>, String> goldKeys = new LinkedHashMap<>();
        for (GoldEvent e : gold.events()) {
            String start = e.start().orElse(null);
            String place = e.place().orElse(null);
            String organizer = e.organizer().orElse(null);
            goldKeys.merge(Arrays.asList(e.kind(), dayKey(start), place, organizer),
                    describe(e.kind(), start, place, organizer, e.label()), (a, b) -> a + "; " + b);
        }
        Map<List<String>, String> ourKeys = new LinkedHashMap<>();
        for (Map<String, String> r : ours) {
            ourKeys.putIfAbsent(Arrays.asList(r.get("kind"), dayKey(r.get("start")), r.get("place"), r.get("organizer")),
                    describe(r.get("kind"), r.get("start"), r.get("place"), r.get("organizer"), r.get("label")));
        }
        return compare(goldKeys, ourKeys, (g, o) -> Objects.equals(g.get(0), o.get(0))
                && Objects.equals(g.get(1), o.get(1))
                && (g.get(2) == null ? o.get(2) == null : o.get(2) != null && placeNamed(gold, g.get(2), o.get(2)))
                && (g.get(3) == null ? o.get(3) == null : o.get(3) != null && orgNamed(gold, g.get(3), o.get(3))));
    }

    /** Person, role and event day; attendance implied by another role is dropped on both sides first. */
    private static CategoryScore participants(GoldArticle gold, List<Map<String, String>> ours,
                                              List<Map<String, String>> eventRows) {
        Map<List<String>, String> goldKeys = new LinkedHashMap<>();
        for (GoldEvent e : gold.events()) {
            List<Equivalences.Role> roles = e.participants().stream()
                    .map(p -> new Equivalences.Role(p.person(), p.role())).toList();
            for (Equivalences.Role p : Equivalences.withoutImpliedAttendance(roles)) {
                String start = e.start().orElse(null);
                goldKeys.putIfAbsent(Arrays.asList(p.person(), p.role(), dayKey(start)),
                        describe(p.person(), p.role(), start));
            }
        }
        // An event has one start; the events query may give it several rows (several places), all alike.
        Map<String, String> startOfEvent = new LinkedHashMap<>();
        for (Map<String, String> r : eventRows) {
            if (r.get("event") != null) {
                startOfEvent.putIfAbsent(r.get("event"), r.get("start"));
            }
        }
        Map<String, List<Equivalences.Role>> rolesOfEvent = new LinkedHashMap<>();
        for (Map<String, String> r : ours) {
            rolesOfEvent.computeIfAbsent(r.get("event"), k -> new ArrayList<>())
                    .add(new Equivalences.Role(r.get("person"), r.get("role")));
        }
        Map<List<String>, String> ourKeys = new LinkedHashMap<>();
        rolesOfEvent.forEach((event, roles) -> {
            String start = startOfEvent.get(event);
            for (Equivalences.Role p : Equivalences.withoutImpliedAttendance(roles)) {
                ourKeys.putIfAbsent(Arrays.asList(p.person(), p.role(), dayKey(start)),
                        describe(p.person(), p.role(), start));
            }
        });
        return compare(goldKeys, ourKeys, Object::equals);
    }

    /**
     * Gold keys that some key of ours matches are true positives, the others missing; keys of ours
     * that match no gold key are extra. Values are the descriptions listed by {@code --verbose}.
     */
    static <G, O> CategoryScore compare(Map<G, String> gold, Map<O, String> ours, BiPredicate<G, O> matches) {
        int tp = 0;
        List<String> missing = new ArrayList<>();
        for (Map.Entry<G, String> g : gold.entrySet()) {
            if (ours.keySet().stream().anyMatch(o -> matches.test(g.getKey(), o))) {
                tp++;
            } else {
                missing.add(g.getValue());
            }
        }
        List<String> extra = new ArrayList<>();
        for (Map.Entry<O, String> o : ours.entrySet()) {
            if (gold.keySet().stream().noneMatch(g -> matches.test(g, o.getKey()))) {
                extra.add(o.getValue());
            }
        }
        return new CategoryScore(tp, extra.size(), missing.size(), missing, extra);
    }

    /** Month and day as {@code --MM-DD}; null stays null; a form we cannot read is kept so it matches nothing. */
    private static String dayKey(String date) {
        if (date == null) {
            return null;
        }
        return EventDates.monthDay(date).map(MonthDay::toString).orElse("unreadable:" + date);
    }

    private static Optional<String> present(Map<String, String> row, String var) {
        return Optional.ofNullable(row.get(var));
    }

    private static String describe(String... fields) {
        List<String> parts = new ArrayList<>();
        for (String f : fields) {
            parts.add(f == null ? NONE : f);
        }
        return String.join(" | ", parts);
    }
}
