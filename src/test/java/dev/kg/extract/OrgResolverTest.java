package dev.kg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kg.link.Division;
import dev.kg.link.Gazetteer;
import dev.kg.normalize.Normalizer;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OrgResolverTest {
    private static final Lexicon LEXICON = Lexicon.standard();
    private static final Extractor EXTRACTOR = new Extractor(LEXICON);
    private static final Division YANGZHOU_CITY = Gazetteer.standard().byName("扬州市").get(0);
    /** A named home city, with the province the gazetteer puts it in. */
    private static final Optional<PlaceResolver.Home> YANGZHOU = Optional.of(new PlaceResolver.Home("扬州市", '市', true,
            List.of(YANGZHOU_CITY, Gazetteer.standard().province(YANGZHOU_CITY))));
    private static final Optional<PlaceResolver.Home> UNNAMED = Optional.of(new PlaceResolver.Home("我市", '市', false, List.of()));

    private static Span at(int start, int end) {
        return new Span(start, end);
    }

    @Test
    void aCityBodyBecomesTheHomeCitysWhenTheHomeIsNamed() {
        OrgResolver orgs = new OrgResolver(LEXICON, YANGZHOU);
        assertEquals("扬州市委", orgs.add("市委", at(0, 2)));
        assertEquals("扬州市政府", orgs.resolve("市政府"));
        // not a body of the home's level
        assertEquals("县委", orgs.resolve("县委"));
        OrgFact fact = orgs.facts().get(0);
        assertEquals("扬州市委", fact.name());
        assertEquals(java.util.Set.of("市委"), fact.aliases());
        assertEquals("PartyCommittee", fact.orgClass());
    }

    @Test
    void aProvinceBodyBecomesTheHomeCitysProvinces() {
        assertEquals("江苏省委", new OrgResolver(LEXICON, YANGZHOU).resolve("省委"));
        assertEquals("江苏省委巡视组", new OrgResolver(LEXICON, YANGZHOU).resolve("省委巡视组"));
    }

    @Test
    void anUnnamedHomeLeavesTheBodyAsWritten() {
        assertEquals("市委", new OrgResolver(LEXICON, UNNAMED).add("市委", at(0, 2)));
        assertEquals("省委", new OrgResolver(LEXICON, UNNAMED).resolve("省委"));
        assertEquals("市委", new OrgResolver(LEXICON, Optional.empty()).add("市委", at(0, 2)));
    }

    @Test
    void aShortFormIsTheTeamNamedBefore() {
        OrgResolver orgs = new OrgResolver(LEXICON, UNNAMED);
        orgs.add("省委第二巡视组", at(0, 7));
        assertEquals("省委第二巡视组", orgs.add("巡视组", at(20, 23)));
        List<OrgFact> facts = orgs.facts();
        assertEquals(1, facts.size());
        assertEquals(2, facts.get(0).mentions().size());
        assertEquals("InspectionTeam", facts.get(0).orgClass());
    }

    @Test
    void aCityBodyIsNeverAnotherCitysBody() {
        OrgResolver orgs = new OrgResolver(LEXICON, UNNAMED);
        orgs.add("泰州市委", at(0, 4));
        assertEquals("市委", orgs.add("市委", at(10, 12)));
        assertEquals(2, orgs.facts().size());
        OrgResolver named = new OrgResolver(LEXICON, YANGZHOU);
        named.add("泰州市委", at(0, 4));
        assertEquals("扬州市委", named.add("市委", at(10, 12)));
    }

    @Test
    void inAnArticleTheHomeCitysCommitteeIsNamedInFull() {
        ArticleFacts f = EXTRACTOR.extract(Normalizer.normalize(
                "9月12日，王建国来到扬州市调研。市委书记李红梅陪同。王建国对我市工作表示肯定。"));
        assertEquals(List.of("扬州市委"), f.organizations().stream().map(OrgFact::name).toList());
        PositionFact p = f.positions().get(0);
        assertEquals(Optional.of("扬州市委"), p.org());
    }

    @Test
    void inAnArticleAnotherCitysCommitteeStaysApart() {
        ArticleFacts f = EXTRACTOR.extract(Normalizer.normalize(
                "9月12日，泰州市委书记王建国来我市调研。市委书记李红梅陪同。"));
        List<String> names = f.organizations().stream().map(OrgFact::name).toList();
        assertTrue(names.contains("泰州市委") && names.contains("市委"), names::toString);
    }

    @Test
    void aliasesComeInOneOrderInEveryJvm() {
        // Set.copyOf's order depends on a salt drawn when the JVM starts: the graph's order would too
        java.util.Set<String> given = new java.util.LinkedHashSet<>(List.of("乙局", "丙局", "甲局", "丁局"));
        OrgFact org = new OrgFact("甲乙丙丁局", given, "Organization", List.of());
        assertEquals(List.of("丁局", "丙局", "乙局", "甲局"), List.copyOf(org.aliases()));
        PlaceFact place = new PlaceFact("甲市", java.util.Set.of("乙", "甲", "丙"), false, List.of());
        assertEquals(List.of("丙", "乙", "甲"), List.copyOf(place.aliases()));
    }
}
