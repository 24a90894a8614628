package dev.kg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The acceptance comparison itself: perfect rows pass, and each kind of deviation is reported. */
class ExactMatchTest {
    private static final GoldArticle GOLD = GoldReader.read(Path.of("seeds/xuzhou-2005.gold.json"));

    private Map<Category, List<Map<String, String>>> rows;

    /** The rows a perfect converter would give for the seed. */
    @BeforeEach
    void rowsFromGold() {
        rows = new EnumMap<>(Category.class);
        rows.put(Category.PERSONS, new ArrayList<>(GOLD.persons().stream().map(n -> Map.of("name", n)).toList()));
        rows.put(Category.ORGANIZATIONS,
                new ArrayList<>(GOLD.organizations().stream().map(o -> Map.of("name", o.name())).toList()));
        rows.put(Category.PLACES, new ArrayList<>(GOLD.places().stream().map(p -> Map.of("name", p.name())).toList()));
        List<Map<String, String>> positions = new ArrayList<>();
        GOLD.positions().forEach(p -> positions.add(row("person", p.person(), "title", p.title(),
                "org", p.org().orElse(null))));
        rows.put(Category.POSITIONS, positions);
        List<Map<String, String>> events = new ArrayList<>();
        List<Map<String, String>> participants = new ArrayList<>();
        for (GoldEvent e : GOLD.events()) {
            events.add(row("event", "ex:" + e.id(), "kind", e.kind(), "label", e.label(),
                    "start", e.start().orElse(null), "end", e.end().orElse(null),
                    "partOfDay", e.partOfDay().orElse(null), "place", e.place().orElse(null),
                    "organizer", e.organizer().orElse(null)));
            e.participants().forEach(p -> participants.add(
                    row("event", "ex:" + e.id(), "person", p.person(), "role", p.role())));
        }
        rows.put(Category.EVENTS, events);
        rows.put(Category.PARTICIPANTS, participants);
    }

    private static Map<String, String> row(String... varsAndValues) {
        Map<String, String> row = new HashMap<>();
        for (int i = 0; i < varsAndValues.length; i += 2) {
            if (varsAndValues[i + 1] != null) {
                row.put(varsAndValues[i], varsAndValues[i + 1]);
            }
        }
        return row;
    }

    private List<String> problems(Category c) {
        return ExactMatch.problems(GOLD, rows).get(c);
    }

    @Test
    void rowsEqualToGoldHaveNoProblems() {
        Map<Category, List<String>> problems = ExactMatch.problems(GOLD, rows);
        for (Category c : Category.values()) {
            assertEquals(List.of(), problems.get(c), c.code());
        }
    }

    @Test
    void anAliasIsAcceptedButTwoNamesOfOneOrganizationAreNot() {
        rows.get(Category.ORGANIZATIONS).replaceAll(r -> r.get("name").equals("徐州市委") ? Map.of("name", "中共徐州市委") : r);
        assertEquals(List.of(), problems(Category.ORGANIZATIONS));

        rows.get(Category.ORGANIZATIONS).add(Map.of("name", "市委"));
        assertEquals(List.of("more than once: 徐州市委 as [中共徐州市委, 市委]"), problems(Category.ORGANIZATIONS));
    }

    @Test
    void missingAndExtraPersonsAreListed() {
        rows.get(Category.PERSONS).removeIf(r -> r.get("name").equals("肖俊"));
        rows.get(Category.PERSONS).add(Map.of("name", "肖"));
        assertEquals(List.of("missing: 肖俊", "extra: 肖"), problems(Category.PERSONS));
    }

    @Test
    void aPositionWithoutGoldOrgMustHaveNoOrg() {
        rows.get(Category.POSITIONS).replaceAll(r -> r.get("person").equals("肖俊")
                ? row("person", "肖俊", "title", "市领导", "org", "徐州市委") : r);
        List<String> p = problems(Category.POSITIONS);
        assertEquals(2, p.size(), p.toString());
        assertEquals("missing: 肖俊 | 市领导 | (no org)", p.get(0));
    }

    @Test
    void eventsAcceptAYearButNotASecondRow() {
        rows.get(Category.EVENTS).replaceAll(r -> "ex:e2".equals(r.get("event")) ? withValue(r, "start", "2005-09-12") : r);
        assertEquals(List.of(), problems(Category.EVENTS));

        rows.get(Category.EVENTS).add(withValue(rows.get(Category.EVENTS).get(0), "place", "邳州市"));
        assertEquals(List.of("extra: " + rows.get(Category.EVENTS).get(5)), problems(Category.EVENTS));
    }

    @Test
    void participantsOfAnEventThatMatchesNoGoldEventAreExtra() {
        rows.get(Category.EVENTS).replaceAll(r -> "ex:e3".equals(r.get("event")) ? withValue(r, "partOfDay", "上午") : r);
        List<String> p = problems(Category.PARTICIPANTS);
        assertEquals(List.of(
                "missing: e3 座谈会 | 朱成林 | speaker",
                "missing: e3 座谈会 | 徐鸣 | speaker",
                "extra: (no gold event: ex:e3) | 朱成林 | speaker",
                "extra: (no gold event: ex:e3) | 徐鸣 | speaker"), p);
    }

    private static Map<String, String> withValue(Map<String, String> row, String var, String value) {
        Map<String, String> copy = new HashMap<>(row);
        copy.put(var, value);
        return copy;
    }
}
