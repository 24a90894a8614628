package dev.kg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScorerTest {
    private static final double EPS = 1e-9;

    private final Scorer scorer = new Scorer();

    private static GoldArticle gold(List<String> persons, List<GoldEntity> orgs, List<GoldEntity> places,
                                    List<GoldPosition> positions, List<GoldEvent> events) {
        return new GoldArticle("t", Optional.empty(), Optional.empty(), persons, orgs, places, positions, events);
    }

    private static GoldArticle withOrgs(GoldEntity... orgs) {
        return gold(List.of(), List.of(orgs), List.of(), List.of(), List.of());
    }

    private static GoldEvent event(String kind, String start, GoldParticipant... participants) {
        return new GoldEvent("e", kind, "会", Optional.ofNullable(start), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(participants));
    }

    private static List<Map<String, String>> names(String... names) {
        return List.of(names).stream().map(n -> Map.of("name", n)).toList();
    }

    /** A row as the competency queries give it: null values are unbound, hence absent. */
    private static Map<String, String> row(String... varsAndValues) {
        Map<String, String> row = new HashMap<>();
        for (int i = 0; i < varsAndValues.length; i += 2) {
            if (varsAndValues[i + 1] != null) {
                row.put(varsAndValues[i], varsAndValues[i + 1]);
            }
        }
        return row;
    }

    private CategoryScore score(GoldArticle gold, Category c, List<Map<String, String>> rows) {
        return scorer.score(gold, Map.of(c, rows)).score(c).orElseThrow();
    }

    private static void assertCounts(int tp, int fp, int fn, CategoryScore s) {
        assertEquals(List.of(tp, fp, fn), List.of(s.truePositives(), s.falsePositives(), s.falseNegatives()),
                "tp/fp/fn; missing " + s.missing() + ", extra " + s.extra());
    }

    @Test
    void personsByName() {
        GoldArticle gold = gold(List.of("甲乙", "丙丁"), List.of(), List.of(), List.of(), List.of());
        CategoryScore s = score(gold, Category.PERSONS, names("甲乙", "戊己", "甲乙"));

        assertCounts(1, 1, 1, s);
        assertEquals(List.of("丙丁"), s.missing());
        assertEquals(List.of("戊己"), s.extra());
        assertEquals(0.5, s.precision(), EPS);
        assertEquals(0.5, s.recall(), EPS);
        assertEquals(0.5, s.f1(), EPS);
    }

    @Test
    void anOrganizationMatchesByAlias() {
        GoldArticle gold = withOrgs(new GoldEntity("徐州市委", List.of("市委", "中共徐州市委")));
        assertCounts(1, 0, 0, score(gold, Category.ORGANIZATIONS, names("中共徐州市委")));
    }

    @Test
    void severalNamesOfOneGoldOrganizationCountOnce() {
        GoldArticle gold = withOrgs(new GoldEntity("徐州市委", List.of("市委")), new GoldEntity("省委", List.of()));
        CategoryScore s = score(gold, Category.ORGANIZATIONS, names("徐州市委", "市委", "检查组"));

        assertCounts(1, 1, 1, s);
        assertEquals(List.of("省委"), s.missing());
        assertEquals(List.of("检查组"), s.extra());
    }

    @Test
    void placesMatchByAliasToo() {
        GoldArticle gold = gold(List.of(), List.of(), List.of(new GoldEntity("徐州市", List.of("我市", "徐州"))),
                List.of(), List.of());
        assertCounts(1, 0, 0, score(gold, Category.PLACES, names("徐州", "我市")));
        assertCounts(0, 1, 1, score(gold, Category.PLACES, names("邳州市")));
    }

    @Test
    void aPositionWithNoGoldOrgAcceptsAnyOrgOrNone() {
        GoldArticle gold = gold(List.of("甲乙"), List.of(), List.of(),
                List.of(new GoldPosition("甲乙", "市领导", Optional.empty())), List.of());
        CategoryScore s = score(gold, Category.POSITIONS, List.of(
                row("person", "甲乙", "title", "市领导", "org", "徐州市委"),
                row("person", "甲乙", "title", "市领导", "org", null)));
        assertCounts(1, 0, 0, s);
    }

    @Test
    void aPositionOrgMatchesByAliasAndIsRequiredWhenGoldHasOne() {
        GoldArticle gold = gold(List.of("甲乙"), List.of(new GoldEntity("徐州市委", List.of("市委"))), List.of(),
                List.of(new GoldPosition("甲乙", "市委书记", Optional.of("徐州市委"))), List.of());

        assertCounts(1, 0, 0, score(gold, Category.POSITIONS,
                List.of(row("person", "甲乙", "title", "市委书记", "org", "市委"))));
        CategoryScore noOrg = score(gold, Category.POSITIONS,
                List.of(row("person", "甲乙", "title", "市委书记", "org", null)));
        assertCounts(0, 1, 1, noOrg);
        assertEquals(List.of("甲乙 | 市委书记 | 徐州市委"), noOrg.missing());
        assertEquals(List.of("甲乙 | 市委书记 | —"), noOrg.extra());
        assertCounts(0, 1, 1, score(gold, Category.POSITIONS,
                List.of(row("person", "甲乙", "title", "书记", "org", "市委"))));
    }

    @Test
    void eventDatesCompareMonthAndDayOnly() {
        GoldArticle gold = gold(List.of(), List.of(), List.of(), List.of(),
                List.of(event("meeting", "--09-12"), event("inspection", null)));
        CategoryScore s = score(gold, Category.EVENTS, List.of(
                row("event", "ex:1", "kind", "meeting", "label", "汇报会", "start", "2005-09-12"),
                row("event", "ex:2", "kind", "inspection", "label", "检查", "start", null),
                row("event", "ex:3", "kind", "meeting", "label", "座谈会", "start", "--09-13")));

        assertCounts(2, 1, 0, s);
        assertEquals(List.of("meeting | --09-13 | 座谈会"), s.extra());
    }

    @Test
    void aGoldNullStartDoesNotMatchADatedEvent() {
        GoldArticle gold = gold(List.of(), List.of(), List.of(), List.of(), List.of(event("inspection", null)));
        assertCounts(0, 1, 1, score(gold, Category.EVENTS,
                List.of(row("event", "ex:1", "kind", "inspection", "label", "检查", "start", "--09-12"))));
    }

    @Test
    void participantsJoinTheirEventStart() {
        GoldArticle gold = gold(List.of("甲乙", "丙丁"), List.of(), List.of(), List.of(), List.of(
                event("meeting", "--09-12", new GoldParticipant("甲乙", "chair")),
                event("meeting", null, new GoldParticipant("丙丁", "speaker"))));
        List<Map<String, String>> events = List.of(
                row("event", "ex:1", "kind", "meeting", "label", "汇报会", "start", "2005-09-12"),
                row("event", "ex:2", "kind", "meeting", "label", "座谈会", "start", null));
        List<Map<String, String>> participants = List.of(
                row("event", "ex:1", "person", "甲乙", "role", "chair"),
                row("event", "ex:2", "person", "丙丁", "role", "speaker"),
                // right person and role, wrong event
                row("event", "ex:2", "person", "甲乙", "role", "chair"));

        CategoryScore s = scorer.score(gold, Map.of(Category.EVENTS, events, Category.PARTICIPANTS, participants))
                .score(Category.PARTICIPANTS).orElseThrow();

        assertCounts(2, 1, 0, s);
        assertEquals(List.of("甲乙 | chair | —"), s.extra());
    }

    @Test
    void onlyTheCategoriesGivenAreScored() {
        GoldArticle gold = gold(List.of("甲乙"), List.of(), List.of(), List.of(), List.of());
        ArticleScore score = scorer.score(gold, Map.of(Category.PERSONS, names("甲乙")));

        assertEquals(1.0, score.score(Category.PERSONS).orElseThrow().f1(), EPS);
        assertFalse(score.score(Category.POSITIONS).isPresent());
    }

    @Test
    void anEmptyResultScoresZeroAndBothEmptyScoresOne() {
        GoldArticle gold = gold(List.of("甲乙"), List.of(), List.of(), List.of(), List.of());
        CategoryScore empty = score(gold, Category.PERSONS, List.of());
        assertEquals(List.of(0.0, 0.0, 0.0), List.of(empty.precision(), empty.recall(), empty.f1()));

        CategoryScore nothing = score(gold, Category.EVENTS, List.of());
        assertEquals(List.of(1.0, 1.0, 1.0), List.of(nothing.precision(), nothing.recall(), nothing.f1()));
    }

    @Test
    void theCorpusTotalIsMicroAveraged() {
        ArticleScore a = new ArticleScore("a", Map.of(Category.PERSONS,
                new CategoryScore(1, 0, 0, List.of(), List.of())));
        ArticleScore b = new ArticleScore("b", Map.of(Category.PERSONS,
                new CategoryScore(0, 1, 3, List.of("x", "y", "z"), List.of("w"))));
        CategoryScore total = ArticleScore.total("total", List.of(a, b)).score(Category.PERSONS).orElseThrow();

        assertCounts(1, 1, 3, total);
        assertEquals(0.5, total.precision(), EPS);
        assertEquals(0.25, total.recall(), EPS);
    }
}
