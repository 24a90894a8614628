package dev.kg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kg.link.Division.Level;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class GazetteerTest {

    private final Gazetteer gaz = Gazetteer.standard();

    private Division only(String name) {
        List<Division> found = gaz.byName(name);
        assertEquals(1, found.size(), () -> name + " -> " + found);
        return found.get(0);
    }

    @Test
    void dataFileRowsAreWellFormed() throws IOException {
        Set<String> codes = new HashSet<>();
        int rows = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                Gazetteer.class.getResourceAsStream(Gazetteer.RESOURCE), StandardCharsets.UTF_8))) {
            assertEquals(Gazetteer.HEADER, in.readLine());
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.split("\t", -1);
                assertEquals(5, f.length, line);
                assertTrue(codes.add(f[0]), "duplicate code " + f[0]);
                assertTrue(f[2].length() >= 2, "short name too short: " + line);
                rows++;
            }
        }
        assertEquals(rows, gaz.size());
        for (Division d : gaz.all()) {
            if (d.level() != Level.PROVINCE) {
                assertTrue(gaz.parent(d).isPresent(), () -> "no parent for " + d);
            }
        }
        Map<Level, Long> perLevel = gaz.all().stream()
                .collect(Collectors.groupingBy(Division::level, Collectors.counting()));
        assertEquals(31, perLevel.get(Level.PROVINCE));
        assertTrue(perLevel.get(Level.PREFECTURE) > 300);
        assertTrue(perLevel.get(Level.COUNTY) > 2800);
    }

    @Test
    void xuzhouIsAPrefectureOfJiangsu() {
        Division xuzhou = only("徐州市");
        assertEquals("320300", xuzhou.code());
        assertEquals(Level.PREFECTURE, xuzhou.level());
        assertEquals("徐州", xuzhou.shortName());
        assertEquals("江苏省", gaz.province(xuzhou).name());
        assertEquals("江苏", gaz.province(xuzhou).shortName());
        assertEquals(List.of(xuzhou), gaz.byName("徐州"));
    }

    @Test
    void pizhouIsACountyLevelCityUnderXuzhou() {
        Division pizhou = only("邳州市");
        assertEquals(Level.COUNTY, pizhou.level());
        assertEquals("徐州市", gaz.parent(pizhou).orElseThrow().name());
        assertEquals("徐州市", gaz.prefecture(pizhou).orElseThrow().name());
        assertEquals("江苏省", gaz.province(pizhou).name());
        assertEquals(pizhou, only("邳州"));
        Division tongshan = only("铜山");
        assertEquals("铜山区", tongshan.name());
        assertTrue(gaz.children(gaz.parent(pizhou).orElseThrow()).containsAll(List.of(pizhou, tongshan)));
    }

    @Test
    void shanghaiIsAProvinceLevelMunicipalityWithDistricts() {
        Division shanghai = only("上海市");
        assertEquals(Level.PROVINCE, shanghai.level());
        assertEquals(shanghai, gaz.province(shanghai));
        Division pudong = only("浦东新区");
        assertEquals("浦东", pudong.shortName());
        assertEquals(Level.COUNTY, pudong.level());
        assertEquals(shanghai, gaz.parent(pudong).orElseThrow());
        assertTrue(gaz.prefecture(pudong).isEmpty());
        List<Division> districts = gaz.children(shanghai);
        assertEquals(16, districts.size());
        assertTrue(districts.stream().allMatch(d -> d.level() == Level.COUNTY));
        // the 市辖区 placeholder of most datasets is not a division
        assertTrue(gaz.byName("市辖区").isEmpty());
    }

    @Test
    void provinceDirectCountiesHangUnderTheirProvince() {
        Division xiantao = only("仙桃市");
        assertEquals(Level.COUNTY, xiantao.level());
        assertEquals("湖北省", gaz.parent(xiantao).orElseThrow().name());
    }

    @Test
    void shortNamesDoNotStealAHigherLevelName() {
        assertEquals(List.of(only("长沙市")), gaz.byName("长沙"));
        assertEquals("长沙县", only("长沙县").shortName());
        assertEquals("本溪县", only("本溪满族自治县").shortName());
        assertEquals("延边", only("延边朝鲜族自治州").shortName());
        assertEquals("广西", only("广西壮族自治区").shortName());
        assertEquals("沙县", only("沙县区").shortName());
        List<Division> jilin = gaz.byName("吉林");
        assertEquals("吉林省", jilin.get(0).name());
    }

    @Test
    void longestMatchPrefersTheFullName() {
        Gazetteer.Match m = gaz.longestMatchAt("徐州市委", 0).orElseThrow();
        assertEquals("徐州市", m.text());
        assertEquals(0, m.begin());
        assertEquals(3, m.end());
        assertTrue(m.isFullName());
        assertEquals("320300", m.divisions().get(0).code());

        Gazetteer.Match inside = gaz.longestMatchAt("中共江苏省委", 2).orElseThrow();
        assertEquals("江苏省", inside.text());

        Gazetteer.Match shortOnly = gaz.longestMatchAt("在徐州考察", 1).orElseThrow();
        assertEquals("徐州", shortOnly.text());
        assertFalse(shortOnly.isFullName());

        assertTrue(gaz.longestMatchAt("徐州市委", 3).isEmpty());
        assertTrue(gaz.longestMatchAt("徐州", 5).isEmpty());
    }

    @Test
    void readRejectsAMissingParent() {
        String tsv = Gazetteer.HEADER + "\n320000\t江苏省\t江苏\tprovince\t\n320382\t邳州市\t邳州\tcounty\t320300\n";
        GazetteerException e = assertThrows(GazetteerException.class,
                () -> Gazetteer.read(new StringReader(tsv), "t.tsv"));
        assertTrue(e.getMessage().startsWith("t.tsv:3:"), e.getMessage());
    }

    @Test
    void readRejectsAShortRowAndADuplicateCode() {
        String shortRow = Gazetteer.HEADER + "\n320000\t江苏省\tprovince\t\n";
        assertThrows(GazetteerException.class, () -> Gazetteer.read(new StringReader(shortRow), "t"));
        String dup = Gazetteer.HEADER + "\n320000\t江苏省\t江苏\tprovince\t\n320000\t江苏省\t江苏\tprovince\t\n";
        assertThrows(GazetteerException.class, () -> Gazetteer.read(new StringReader(dup), "t"));
    }
}
