package dev.kg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.junit.jupiter.api.Test;

class IriMinterTest {
    private static final String BASE = "https://example.org/id/";

    /** The IRIs one minter gives for a fixed sequence of requests. */
    private static List<String> mint(String articleId) {
        IriMinter m = new IriMinter(BASE, articleId);
        return List.of(m.article(), m.sentence(0), m.span(3, 6), m.person("王建国"), m.person("李红梅"),
                m.org("省委第二巡视组"), m.place("扬州市"), m.position("王建国", "组长", "省委第二巡视组"),
                m.position("李红梅", "市委书记", null), m.event(1), m.participation(1, "chair", "李红梅"));
    }

    @Test
    void theSameInputGivesTheSameIris() {
        assertEquals(mint("a-01"), mint("a-01"));
        assertNotEquals(mint("a-01"), mint("a-02"));
    }

    @Test
    void irisFollowTheDocumentedLayout() {
        List<String> iris = mint("a-01");
        assertEquals(BASE + "a-01", iris.get(0));
        assertEquals(BASE + "a-01/s1", iris.get(1));
        assertEquals(BASE + "a-01#char=3,6", iris.get(2));
        assertEquals(BASE + "a-01/person/wang-jian-guo", iris.get(3));
        assertEquals(BASE + "a-01/place/yang-zhou-shi", iris.get(6));
        assertEquals(BASE + "a-01/event/1", iris.get(9));
        assertEquals(BASE + "a-01/participation/1-chair-li-hong-mei", iris.get(10));
    }

    @Test
    void eachKindHasAPrefixThatAbbreviatesItsIris() {
        IriMinter m = new IriMinter(BASE, "a-01");
        PrefixMap prefixes = PrefixMapFactory.create(m.prefixes());   // as Turtle writers abbreviate
        assertEquals("article:a-01", prefixes.abbreviate(m.article()));
        assertEquals(":s1", prefixes.abbreviate(m.sentence(0)));
        assertEquals("person:wang-jian-guo", prefixes.abbreviate(m.person("王建国")));
        assertEquals("organization:sheng-wei", prefixes.abbreviate(m.org("省委")));
        assertEquals("place:yang-zhou-shi", prefixes.abbreviate(m.place("扬州市")));
        assertTrue(prefixes.abbreviate(m.position("王建国", "组长", null)).matches("position:[0-9a-f]{16}"));
        assertEquals("event:1", prefixes.abbreviate(m.event(1)));
        assertEquals("participation:1-chair-wang-jian-guo", prefixes.abbreviate(m.participation(1, "chair", "王建国")));
        assertFalse(m.prefixes().containsKey("org"), "org: is the W3C organization vocabulary");
    }

    @Test
    void irisHoldNoSpaces() {
        for (String iri : mint("dev article 01")) {
            assertFalse(iri.contains(" "), iri);
        }
        assertEquals(BASE + "dev%20article%2001", new IriMinter(BASE, "dev article 01").article());
    }

    @Test
    void namesWithTheSamePinyinGetDistinctSlugs() {
        IriMinter m = new IriMinter(BASE, "a");
        String first = m.person("张伟");
        String second = m.person("章伟");
        assertNotEquals(first, second);
        assertTrue(second.endsWith("-2"), second);
        assertEquals(first, m.person("张伟"));
        // kinds have their own slugs
        assertEquals(BASE + "a/org/zhang-wei", m.org("章伟"));
    }

    @Test
    void aPositionDependsOnPersonTitleAndOrganization() {
        IriMinter m = new IriMinter(BASE, "a");
        String withOrg = m.position("王建国", "组长", "省委巡视组");
        assertEquals(withOrg, m.position("王建国", "组长", "省委巡视组"));
        assertNotEquals(withOrg, m.position("王建国", "组长", null));
        assertNotEquals(withOrg, m.position("王建国", "副组长", "省委巡视组"));
        assertTrue(withOrg.matches(".*/position/[0-9a-f]{16}"), withOrg);
    }
}
