package dev.kg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HanlpBaselineTest {
    private static final String SIMPLIFIED = "中央巡回检查组副组长朱成林来到徐州市。";
    /** The same sentence as the republishing sites store it: traditional, with pinyin glosses. */
    private static final String GLOSSED = "中央巡回檢(jiǎn)查組副組長朱成(chéng)林來到徐州市。";

    private final HanlpBaseline baseline = new HanlpBaseline();

    private static List<String> names(Map<Category, List<Map<String, String>>> rows, Category c) {
        return rows.get(c).stream().map(r -> r.get("name")).toList();
    }

    @Test
    void findsPersonsAndPlacesByNature() {
        Map<Category, List<Map<String, String>>> rows = baseline.rows(SIMPLIFIED);
        assertEquals(List.of("朱成林"), names(rows, Category.PERSONS));
        assertTrue(names(rows, Category.PLACES).contains("徐州市"), rows.toString());
    }

    @Test
    void normalizesGlossesAndTraditionalCharactersFirst() {
        assertEquals(baseline.rows(SIMPLIFIED), baseline.rows(GLOSSED));
    }

    @Test
    void givesOnlyTheThreeNameCategories() {
        assertEquals(Set.of(Category.PERSONS, Category.ORGANIZATIONS, Category.PLACES),
                baseline.rows(SIMPLIFIED).keySet());
    }
}
