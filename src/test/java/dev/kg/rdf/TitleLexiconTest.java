package dev.kg.rdf;

import dev.kg.vocab.TitleEntry;
import dev.kg.vocab.Ontology;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The titles scheme read as the extractor's lexicon ({@link Ontology#titles()}). */
class TitleLexiconTest {
    private static List<TitleEntry> titles;
    private static Map<String, TitleEntry> byForm;

    @BeforeAll
    static void load() {
        titles = Ontology.load().titles();
        byForm = titles.stream().collect(Collectors.toMap(TitleEntry::zhHans, Function.identity()));
    }

    @Test
    void containsEveryRequiredTitle() {
        String required = "组长 副组长 主任 副主任 常务副主任 书记 副书记 常委 委员 主席 副主席 秘书长 副秘书长 主委 副主委 院士 "
                + "部长 副部长 局长 副局长 厅长 副厅长 处长 副处长 科长 主任委员 副主任委员 理事长 会长 副会长 董事长 总经理 "
                + "副总经理 校长 院长 副院长 所长 检察长 庭长 政委 队长 副队长 团长 社长 总编辑 督查专员 政务督查专员 专员 "
                + "负责人 主要负责人 成员 市委书记 县委书记 区委书记 省委书记 市委常委 县委常委 区委常委 省委常委 党委书记 "
                + "党委副书记 纪委书记 监委主任 党组书记 党组副书记 党组成员 市领导 县领导 区领导 省领导 市长 副市长 常务副市长 "
                + "县长 副县长 常务副县长 区长 副区长 常务副区长 省长 副省长 常务副省长 镇长 副镇长 乡长 副乡长 记者 全媒体记者 "
                + "首席记者 通讯员 巡视员 一级巡视员 二级巡视员 副巡视员 调研员 一级调研员 二级调研员 副调研员 副校长 大队长 "
                + "副大队长 支队长 场长 厂长 省长助理 国务委员 总书记";
        List<String> missing = new ArrayList<>();
        for (String t : required.split(" ")) {
            if (!byForm.containsKey(t)) {
                missing.add(t);
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void notationsAreUnique() {
        Set<String> seen = new HashSet<>();
        List<String> duplicates = titles.stream().map(TitleEntry::notation).filter(n -> !seen.add(n)).toList();
        assertEquals(List.of(), duplicates);
        assertEquals("fu-zu-zhang", byForm.get("副组长").notation());
        // 厅长 and 庭长 are both ting-zhang without tones
        assertEquals("ting-zhang", byForm.get("厅长").notation());
        assertEquals("ting-zhang-2", byForm.get("庭长").notation());
    }

    @Test
    void everyDeputyTitleHasABroaderTitle() {
        Map<String, TitleEntry> byIri = titles.stream().collect(Collectors.toMap(TitleEntry::iri, Function.identity()));
        List<String> problems = new ArrayList<>();
        for (TitleEntry t : titles) {
            if (t.zhHans().contains("副") && t.broader().isEmpty()) {
                problems.add(t.zhHans() + " has no broader");
            }
            t.broader().filter(b -> !byIri.containsKey(b)).ifPresent(b -> problems.add(t.zhHans() + " → unknown " + b));
        }
        assertEquals(List.of(), problems);
        assertEquals("组长", broaderForm("副组长"));
        assertEquals("副市长", broaderForm("常务副市长"));
        assertEquals("巡视员", broaderForm("一级巡视员"));
        assertEquals("书记", broaderForm("市委书记"));
        assertEquals("书记", broaderForm("党委书记"));
        assertEquals("督查专员", broaderForm("政务督查专员"));
        assertEquals("记者", broaderForm("全媒体记者"));
    }

    private static String broaderForm(String title) {
        String iri = byForm.get(title).broader().orElseThrow();
        return titles.stream().filter(t -> t.iri().equals(iri)).findFirst().orElseThrow().zhHans();
    }

    @Test
    void compoundTitlesNameTheirOrganizationHead() {
        assertEquals(Optional.of("市委"), byForm.get("市委书记").orgHead());
        assertEquals(Optional.of("省委"), byForm.get("省委常委").orgHead());
        assertEquals(Optional.of("党委"), byForm.get("党委副书记").orgHead());
        assertEquals(Optional.of("纪委"), byForm.get("纪委书记").orgHead());
        assertEquals(Optional.of("监委"), byForm.get("监委主任").orgHead());
        assertEquals(Optional.of("党组"), byForm.get("党组成员").orgHead());
        assertEquals(Optional.empty(), byForm.get("副组长").orgHead());
        assertEquals(15, titles.stream().filter(t -> t.orgHead().isPresent()).count());
    }

    @Test
    void standaloneTitlesAreMarked() {
        for (String t : List.of("市领导", "常务副市长", "记者", "全媒体记者", "二级调研员", "副乡长", "副调研员", "省长助理")) {
            assertTrue(byForm.get(t).standalone(), t);
        }
        for (String t : List.of("副组长", "主任", "市委书记", "委员")) {
            assertFalse(byForm.get(t).standalone(), t);
        }
        assertEquals(38, titles.stream().filter(TitleEntry::standalone).count());
    }

    @Test
    void longestFormsComeFirst() {
        for (int i = 1; i < titles.size(); i++) {
            assertTrue(titles.get(i - 1).zhHans().length() >= titles.get(i).zhHans().length(),
                    titles.get(i - 1).zhHans() + " before " + titles.get(i).zhHans());
        }
        assertTrue(titles.indexOf(byForm.get("常务副市长")) < titles.indexOf(byForm.get("副市长")));
    }

    @Test
    void theLexiconIsImmutable() {
        assertThrowsUnsupported(() -> titles.add(titles.get(0)));
    }

    private static void assertThrowsUnsupported(Runnable r) {
        org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class, r::run);
    }
}
