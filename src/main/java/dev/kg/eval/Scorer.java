package dev.kg.eval;

import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 *       from the events query.</li>
 * </ul>
 * Only the categories present in the rows are scored.
 */
public final class Scorer {
    private static final String NONE = "—";

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
            case PLACES -> entities(gold.places(), ours);
            case POSITIONS -> positions(gold, ours);
            case EVENTS -> events(gold, ours);
            case PARTICIPANTS -> participants(gold, ours, rows.getOrDefault(Category.EVENTS, List.of()));
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
        Map<GoldEntity, String> goldKeys = new LinkedHashMap<>();
        gold.forEach(e -> goldKeys.put(e, e.name()));
        Map<String, String> ourKeys = new LinkedHashMap<>();
        ours.forEach(r -> present(r, "name").ifPresent(n -> ourKeys.put(n, n)));
        return compare(goldKeys, ourKeys, GoldEntity::isNamed);
    }

    private static CategoryScore positions(GoldArticle gold, List<Map<String, String>> ours) {
        Map<GoldPosition, String> goldKeys = new LinkedHashMap<>();
        gold.positions().forEach(p -> goldKeys.put(p, describe(p.person(), p.title(), p.org().orElse(null))));
        Map<List<String>, String> ourKeys = new LinkedHashMap<>();
        for (Map<String, String> r : ours) {
            List<String> key = Arrays.asList(r.get("person"), r.get("title"), r.get("org"));
            ourKeys.put(key, describe(key.toArray(String[]::new)));
        }
        return compare(goldKeys, ourKeys, (g, o) -> g.person().equals(o.get(0)) && g.title().equals(o.get(1))
                && g.org().map(org -> o.get(2) != null && orgNamed(gold, org, o.get(2))).orElse(true));
    }

    /** Whether our org name names the gold org called {@code goldOrg} (by its name or an alias). */
    private static boolean orgNamed(GoldArticle gold, String goldOrg, String ourOrg) {
        return goldOrg.equals(ourOrg) || gold.organizations().stream()
                .anyMatch(e -> e.name().equals(goldOrg) && e.isNamed(ourOrg));
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

    private static CategoryScore participants(GoldArticle gold, List<Map<String, String>> ours,
                                              List<Map<String, String>> eventRows) {
        Map<List<String>, String> goldKeys = new LinkedHashMap<>();
        for (GoldEvent e : gold.events()) {
            for (GoldParticipant p : e.participants()) {
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
        Map<List<String>, String> ourKeys = new LinkedHashMap<>();
        for (Map<String, String> r : ours) {
            String start = startOfEvent.get(r.get("event"));
            ourKeys.putIfAbsent(Arrays.asList(r.get("person"), r.get("role"), dayKey(start)),
                    describe(r.get("person"), r.get("role"), start));
        }
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
