package dev.kg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        // 市委书记 in 市委 is 书记 in 市委 (a title fused with its body's name)
        assertCounts(1, 0, 0, score(gold, Category.POSITIONS,
                List.of(row("person", "甲乙", "title", "书记", "org", "市委"))));
        assertCounts(0, 1, 1, score(gold, Category.POSITIONS,
                List.of(row("person", "甲乙", "title", "副书记", "org", "市委"))));
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

    private static GoldEvent eventAt(String kind, String start, String place, String organizer) {
        return new GoldEvent("e", kind, "会", Optional.ofNullable(start), Optional.empty(), Optional.empty(),
                Optional.ofNullable(place), Optional.ofNullable(organizer), List.of());
    }

    private CategoryScore participants(GoldArticle gold, List<Map<String, String>> participants) {
        List<Map<String, String>> events = List.of(row("event", "ex:1", "kind", "meeting", "label", "会",
                "start", "--05-06"));
        return scorer.score(gold, Map.of(Category.EVENTS, events, Category.PARTICIPANTS, participants))
                .score(Category.PARTICIPANTS).orElseThrow();
    }

    @Test
    void attendanceBesideAnotherRoleIsImpliedOnBothSides() {
        GoldArticle gold = gold(List.of("甲乙", "丙丁"), List.of(), List.of(), List.of(), List.of(
                event("meeting", "--05-06", new GoldParticipant("甲乙", "chair"),
                        new GoldParticipant("甲乙", "attendee"), new GoldParticipant("丙丁", "attendee"))));

        // gold's attendee for 甲乙 is implied by the chair: not listing it is not missing
        assertCounts(2, 0, 0, participants(gold, List.of(
                row("event", "ex:1", "person", "甲乙", "role", "chair"),
                row("event", "ex:1", "person", "丙丁", "role", "attendee"))));
        // and listing it is not extra
        assertCounts(2, 0, 0, participants(gold, List.of(
                row("event", "ex:1", "person", "甲乙", "role", "chair"),
                row("event", "ex:1", "person", "甲乙", "role", "attendee"),
                row("event", "ex:1", "person", "丙丁", "role", "attendee"))));
        // attendance alone is still a fact of its own: it does not stand for the chair
        CategoryScore alone = participants(gold, List.of(
                row("event", "ex:1", "person", "甲乙", "role", "attendee"),
                row("event", "ex:1", "person", "丙丁", "role", "attendee")));
        assertCounts(1, 1, 1, alone);
        assertEquals(List.of("甲乙 | chair | --05-06"), alone.missing());
        assertEquals(List.of("甲乙 | attendee | --05-06"), alone.extra());
    }

    @Test
    void attendanceIsImpliedOnlyByARoleAtTheSameEvent() {
        List<Equivalences.Role> roles = List.of(new Equivalences.Role("甲乙", "speaker"),
                new Equivalences.Role("甲乙", "attendee"), new Equivalences.Role("丙丁", "attendee"));
        assertEquals(List.of(new Equivalences.Role("甲乙", "speaker"), new Equivalences.Role("丙丁", "attendee")),
                Equivalences.withoutImpliedAttendance(roles));

        GoldArticle gold = gold(List.of("甲乙"), List.of(), List.of(), List.of(), List.of(
                event("meeting", "--05-06", new GoldParticipant("甲乙", "attendee")),
                event("meeting", "--05-07", new GoldParticipant("甲乙", "speaker"))));
        List<Map<String, String>> events = List.of(
                row("event", "ex:1", "kind", "meeting", "label", "会", "start", "--05-06"),
                row("event", "ex:2", "kind", "meeting", "label", "会", "start", "--05-07"));
        List<Map<String, String>> ours = List.of(
                row("event", "ex:1", "person", "甲乙", "role", "attendee"),
                row("event", "ex:2", "person", "甲乙", "role", "speaker"));
        CategoryScore s = scorer.score(gold, Map.of(Category.EVENTS, events, Category.PARTICIPANTS, ours))
                .score(Category.PARTICIPANTS).orElseThrow();
        assertCounts(2, 0, 0, s);
    }

    @Test
    void aTitleLosesTheEndingOfItsBodysNameItStartsWith() {
        assertEquals("副书记", Equivalences.titleWithoutBody("区委副书记", List.of("区委")));
        assertEquals("副书记", Equivalences.titleWithoutBody("区委副书记", List.of("青禾区委")));
        // the longest ending that the title starts with: 校党委, not 党委
        assertEquals("书记", Equivalences.titleWithoutBody("校党委书记", List.of("校党委")));
        assertEquals("书记", Equivalences.titleWithoutBody("党委书记", List.of("校党委")));
        assertEquals("书记", Equivalences.titleWithoutBody("书记", List.of("校党委")));
        // one character is no ending of a name; a title is never stripped to nothing
        assertEquals("委员", Equivalences.titleWithoutBody("委员", List.of("区委")));
        assertEquals("区委", Equivalences.titleWithoutBody("区委", List.of("区委")));
        assertEquals("副组长", Equivalences.titleWithoutBody("副组长", List.of("检查组")));
        assertEquals("组长", Equivalences.titleWithoutBody("检查组组长", List.of("省委检查组")));
    }

    @Test
    void aFusedTitleIsTheBareTitleInItsBodyOnBothSides() {
        GoldArticle gold = gold(List.of("甲乙", "丙丁"),
                List.of(new GoldEntity("青禾区委", List.of("区委")), new GoldEntity("校党委", List.of())), List.of(),
                List.of(new GoldPosition("甲乙", "区委副书记", Optional.of("青禾区委")),
                        new GoldPosition("丙丁", "党委书记", Optional.of("校党委"))), List.of());

        assertCounts(2, 0, 0, score(gold, Category.POSITIONS, List.of(
                row("person", "甲乙", "title", "副书记", "org", "区委"),
                row("person", "丙丁", "title", "校党委书记", "org", "校党委"))));
        // both forms of ours are one fact
        assertCounts(2, 0, 0, score(gold, Category.POSITIONS, List.of(
                row("person", "甲乙", "title", "区委副书记", "org", "青禾区委"),
                row("person", "甲乙", "title", "副书记", "org", "青禾区委"),
                row("person", "丙丁", "title", "书记", "org", "校党委"))));
        // the body still has to match
        CategoryScore otherBody = score(gold, Category.POSITIONS, List.of(
                row("person", "甲乙", "title", "副书记", "org", "县委"),
                row("person", "丙丁", "title", "书记", "org", null)));
        assertCounts(0, 2, 2, otherBody);
        assertEquals(List.of("甲乙 | 副书记 | 县委", "丙丁 | 书记 | —"), otherBody.extra());
    }

    @Test
    void bothSidesStripWithEveryNameOfTheGoldOrganization() {
        // gold names the body fully and keeps the short form as an alias; the fused title uses the short form
        GoldArticle gold = gold(List.of("甲乙"), List.of(new GoldEntity("青禾大学党委", List.of("校党委"))), List.of(),
                List.of(new GoldPosition("甲乙", "校党委书记", Optional.of("青禾大学党委"))), List.of());

        assertCounts(1, 0, 0, score(gold, Category.POSITIONS,
                List.of(row("person", "甲乙", "title", "书记", "org", "青禾大学党委"))));
        assertCounts(1, 0, 0, score(gold, Category.POSITIONS,
                List.of(row("person", "甲乙", "title", "校党委书记", "org", "青禾大学党委"))));
        assertCounts(1, 0, 0, score(gold, Category.POSITIONS,
                List.of(row("person", "甲乙", "title", "党委书记", "org", "校党委"))));
    }

    @Test
    void goldListingBothFormsOfOneTitleIsOneFact() {
        GoldArticle gold = gold(List.of("甲乙"), List.of(new GoldEntity("市纪委", List.of())), List.of(),
                List.of(new GoldPosition("甲乙", "市纪委书记", Optional.of("市纪委")),
                        new GoldPosition("甲乙", "书记", Optional.of("市纪委"))), List.of());
        assertCounts(1, 0, 0, score(gold, Category.POSITIONS,
                List.of(row("person", "甲乙", "title", "纪委书记", "org", "市纪委"))));
    }

    @Test
    void divisionSuffixesComeFromTheGazetteerAndTheLevelsBelowIt() {
        DivisionSuffixes d = DivisionSuffixes.standard();
        assertTrue(d.suffixes().containsAll(List.of("省", "市", "县", "区", "自治区", "藏族自治州", "旗", "镇", "乡", "村", "街道")),
                d.suffixes().toString());
        assertTrue(d.sameDivision("青禾", "青禾县"));
        assertTrue(d.sameDivision("云溪镇", "云溪"));
        assertTrue(d.sameDivision("青禾县", "青禾县"));
        assertFalse(d.sameDivision("青禾县", "青禾市"), "two suffixed forms are two divisions");
        assertFalse(d.sameDivision("禾", "禾县"), "a one-character stem");
        assertFalse(d.sameDivision("青禾", "青禾县委"), "委 is no division suffix");
    }

    @Test
    void aPlaceMatchesWithOrWithoutItsSuffix() {
        GoldArticle gold = gold(List.of(), List.of(), List.of(new GoldEntity("青禾县", List.of("我县")),
                new GoldEntity("云溪", List.of())), List.of(), List.of());
        assertCounts(2, 0, 0, score(gold, Category.PLACES, names("青禾", "云溪镇")));
        assertCounts(1, 1, 1, score(gold, Category.PLACES, names("青禾市", "云溪")));
    }

    @Test
    void eventDetailsCompareKindDayPlaceAndOrganizerTogether() {
        GoldArticle gold = gold(List.of(),
                List.of(new GoldEntity("青禾县委", List.of("县委"))), List.of(new GoldEntity("青禾县", List.of("我县"))),
                List.of(), List.of(eventAt("meeting", "--05-06", "青禾县", "青禾县委"),
                        eventAt("inspection", null, null, null)));

        // organizer by alias, place without its suffix, a year from the publication date
        assertCounts(2, 0, 0, score(gold, Category.EVENT_DETAILS, List.of(
                row("event", "ex:1", "kind", "meeting", "label", "会", "start", "2020-05-06",
                        "place", "青禾", "organizer", "县委"),
                row("event", "ex:2", "kind", "inspection", "label", "检查"))));
        // a detail missing, or one that gold leaves open, is a wrong fact
        CategoryScore s = score(gold, Category.EVENT_DETAILS, List.of(
                row("event", "ex:1", "kind", "meeting", "label", "会", "start", "--05-06", "organizer", "县委"),
                row("event", "ex:2", "kind", "inspection", "label", "检查", "place", "我县")));
        assertCounts(0, 2, 2, s);
        assertEquals(List.of("meeting | --05-06 | 青禾县 | 青禾县委 | 会", "inspection | — | — | — | 会"), s.missing());
        assertEquals(List.of("meeting | --05-06 | — | 县委 | 会", "inspection | — | 我县 | — | 检查"), s.extra());
    }

    @Test
    void eventDetailsGiveOneFactPerDistinctRow() {
        GoldArticle gold = gold(List.of(), List.of(), List.of(new GoldEntity("青禾县", List.of())), List.of(),
                List.of(eventAt("visit", "--05-06", "青禾县", null)));
        // the events query gives an event in two places as two rows: one of them is extra
        assertCounts(1, 1, 0, score(gold, Category.EVENT_DETAILS, List.of(
                row("event", "ex:1", "kind", "visit", "label", "调研", "start", "--05-06", "place", "青禾县"),
                row("event", "ex:1", "kind", "visit", "label", "调研", "start", "--05-06", "place", "云溪镇"))));
    }

    @Test
    void eventDetailsAreCalledEventDetailsOnTheCommandLine() {
        assertEquals("event_details", Category.EVENT_DETAILS.code());
        assertEquals(Optional.of(Category.EVENT_DETAILS), Category.ofCode("event-details"));
        assertEquals(Category.EVENTS, Category.EVENT_DETAILS.query());
        assertEquals("/queries/cq/events.rq", CompetencyQueries.resource(Category.EVENT_DETAILS));
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
