package dev.kg.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * Row-by-row comparison of competency-query rows with a gold article, for acceptance tests. Stricter
 * than {@link Scorer}: every gold fact must be given by exactly one row (an organization under two
 * names, or an event in two rows, is a problem) and every row must be a gold fact. Events compare
 * kind, label, start, end, part of day, place and organizer; participants are tied to the gold event
 * that their event's row matched.
 */
final class ExactMatch {
    private final GoldArticle gold;
    private final Map<Category, List<Map<String, String>>> rows;

    private ExactMatch(GoldArticle gold, Map<Category, List<Map<String, String>>> rows) {
        this.gold = gold;
        this.rows = rows;
    }

    /** Per category, what is missing, found more than once, or extra; all lists empty when rows equal gold. */
    static Map<Category, List<String>> problems(GoldArticle gold, Map<Category, List<Map<String, String>>> rows) {
        ExactMatch m = new ExactMatch(gold, rows);
        Map<Category, List<String>> problems = new EnumMap<>(Category.class);
        problems.put(Category.PERSONS, m.persons());
        problems.put(Category.ORGANIZATIONS, m.entities(Category.ORGANIZATIONS, gold.organizations()));
        problems.put(Category.PLACES, m.entities(Category.PLACES, gold.places()));
        problems.put(Category.POSITIONS, m.oneRowEach(Category.POSITIONS, gold.positions(), ExactMatch::describe,
                (g, r) -> g.person().equals(r.get("person"))
                        && g.title().equals(r.get("title"))
                        && named(g.org(), r.get("org"), gold.organizations())));
        problems.put(Category.EVENTS, m.oneRowEach(Category.EVENTS, gold.events(), ExactMatch::describe, m::sameEvent));
        problems.put(Category.PARTICIPANTS, m.participants());
        // an event's row above is compared whole, its place and organizer included
        problems.put(Category.EVENT_DETAILS, problems.get(Category.EVENTS));
        return problems;
    }

    private List<String> persons() {
        Set<String> ours = new LinkedHashSet<>(column(Category.PERSONS, "name"));
        List<String> missing = gold.persons().stream().filter(p -> !ours.contains(p)).toList();
        List<String> extra = ours.stream().filter(p -> !gold.persons().contains(p)).toList();
        return problems(missing, List.of(), extra);
    }

    private List<String> participants() {
        // Our event IRI → the gold event whose one row it is.
        Map<String, String> goldIdOfEvent = new LinkedHashMap<>();
        for (GoldEvent g : gold.events()) {
            List<Map<String, String>> matching = rows.get(Category.EVENTS).stream().filter(r -> sameEvent(g, r)).toList();
            if (matching.size() == 1) {
                goldIdOfEvent.put(matching.get(0).get("event"), g.id());
            }
        }
        Set<String> goldFacts = new LinkedHashSet<>();
        for (GoldEvent e : gold.events()) {
            e.participants().forEach(p -> goldFacts.add(e.id() + " " + e.label() + " | " + p.person() + " | " + p.role()));
        }
        Set<String> ours = new LinkedHashSet<>();
        for (Map<String, String> r : rows.get(Category.PARTICIPANTS)) {
            String event = Optional.ofNullable(goldIdOfEvent.get(r.get("event")))
                    .map(id -> id + " " + gold.events().stream().filter(e -> e.id().equals(id)).findFirst()
                            .orElseThrow().label())
                    .orElse("(no gold event: " + r.get("event") + ")");
            ours.add(event + " | " + r.get("person") + " | " + r.get("role"));
        }
        List<String> missing = goldFacts.stream().filter(f -> !ours.contains(f)).toList();
        List<String> extra = ours.stream().filter(f -> !goldFacts.contains(f)).toList();
        return problems(missing, List.of(), extra);
    }

    /** Each gold entity is named by exactly one of our names; each of our names names a gold entity. */
    private List<String> entities(Category category, List<GoldEntity> goldEntities) {
        List<String> ours = column(category, "name");
        List<String> missing = new ArrayList<>();
        List<String> twice = new ArrayList<>();
        for (GoldEntity g : goldEntities) {
            List<String> names = ours.stream().filter(g::isNamed).toList();
            if (names.isEmpty()) {
                missing.add(g.name());
            } else if (names.size() > 1) {
                twice.add(g.name() + " as " + names);
            }
        }
        List<String> extra = ours.stream().filter(n -> goldEntities.stream().noneMatch(g -> g.isNamed(n))).toList();
        return problems(missing, twice, extra);
    }

    /** Each gold fact has exactly one matching row, and every row matches a gold fact. */
    private <G> List<String> oneRowEach(Category category, List<G> goldFacts,
                                             Function<G, String> describe,
                                             BiPredicate<G, Map<String, String>> matches) {
        List<Map<String, String>> ours = rows.get(category);
        List<String> missing = new ArrayList<>();
        List<String> twice = new ArrayList<>();
        for (G g : goldFacts) {
            List<Map<String, String>> matching = ours.stream().filter(r -> matches.test(g, r)).toList();
            if (matching.isEmpty()) {
                missing.add(describe.apply(g));
            } else if (matching.size() > 1) {
                twice.add(describe.apply(g) + " as " + matching);
            }
        }
        List<String> extra = ours.stream()
                .filter(r -> goldFacts.stream().noneMatch(g -> matches.test(g, r)))
                .map(Object::toString)
                .toList();
        return problems(missing, twice, extra);
    }

    private boolean sameEvent(GoldEvent g, Map<String, String> r) {
        return g.kind().equals(r.get("kind"))
                && g.label().equals(r.get("label"))
                && sameDate(g.start(), r.get("start"))
                && sameDate(g.end(), r.get("end"))
                && Objects.equals(g.partOfDay().orElse(null), r.get("partOfDay"))
                && named(g.place(), r.get("place"), gold.places())
                && named(g.organizer(), r.get("organizer"), gold.organizations());
    }

    /** Gold null ↔ unbound; otherwise our name is the gold entity's name or an alias. */
    private static boolean named(Optional<String> goldName, String ours, List<GoldEntity> entities) {
        if (goldName.isEmpty() || ours == null) {
            return goldName.isEmpty() && ours == null;
        }
        return goldName.get().equals(ours)
                || entities.stream().anyMatch(e -> e.name().equals(goldName.get()) && e.isNamed(ours));
    }

    /** Month and day must agree; a year must agree only where gold states one. */
    private static boolean sameDate(Optional<String> goldDate, String ours) {
        if (goldDate.isEmpty() || ours == null) {
            return goldDate.isEmpty() && ours == null;
        }
        String g = goldDate.get();
        boolean sameDay = EventDates.monthDay(g).equals(EventDates.monthDay(ours));
        return sameDay && (g.startsWith("--") || ours.startsWith(g.substring(0, g.indexOf('-', 1))));
    }

    private List<String> column(Category category, String var) {
        return rows.get(category).stream().map(r -> r.get(var)).filter(Objects::nonNull).toList();
    }

    private static String describe(GoldPosition p) {
        return p.person() + " | " + p.title() + " | " + p.org().orElse("(no org)");
    }

    private static String describe(GoldEvent e) {
        return e.id() + " " + e.kind() + " " + e.label() + " start=" + e.start().orElse("null")
                + " end=" + e.end().orElse("null") + " " + e.partOfDay().orElse("") + " place="
                + e.place().orElse("null") + " organizer=" + e.organizer().orElse("null");
    }

    private static List<String> problems(List<String> missing, List<String> twice, List<String> extra) {
        List<String> problems = new ArrayList<>();
        missing.forEach(m -> problems.add("missing: " + m));
        twice.forEach(t -> problems.add("more than once: " + t));
        extra.forEach(e -> problems.add("extra: " + e));
        return problems;
    }
}
