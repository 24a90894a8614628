package dev.kg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Organization chunks: deictic institutions, names with 和 or brackets inside, common words ending in a suffix. */
class OrgChunkerTest {
    private static List<String> orgs(String sentence) {
        List<Chunk> chunks = Chunks.of(sentence);
        return Chunks.texts(chunks, Chunk.Type.ORG);
    }

    @Test
    void anInstitutionNamedByADeicticIsAnOrganization() {
        assertEquals(List.of("我校"), orgs("我校召开新学期工作会议。"));
        assertEquals(List.of("我公司"), orgs("专家来到我公司检查安全生产。"));
    }

    @Test
    void aConjunctionBetweenTwoSectorNounsStaysInsideTheName() {
        assertEquals(List.of("省发展和改革委员会"), orgs("省发展和改革委员会主任张三出席会议。"));
        assertEquals(List.of("县住房和城乡建设局"), orgs("县住房和城乡建设局局长李四作了报告。"));
    }

    @Test
    void aConjunctionBetweenTwoBodiesStillSeparatesThem() {
        assertEquals(List.of("市委", "市政府"), orgs("市委和市政府高度重视此项工作。"));
    }

    @Test
    void aCommonWordEndingInASuffixIsNoOrganization() {
        assertEquals(List.of(), orgs("代表们要著眼全局,积极建言。"));
        assertEquals(List.of(), orgs("为明年工作创造良好开局。"));
    }

    @Test
    void aCompanyNameKeepsItsBracketedPartAndItsLastSuffix() {
        assertEquals(List.of("青山矿业(集团)有限公司"), orgs("专家调研了青山矿业(集团)有限公司。"));
        assertEquals(List.of("青山矿业（集团）有限公司"), orgs("专家调研了青山矿业（集团）有限公司。"));
        assertEquals(List.of("青山制药集团有限公司"), orgs("专家调研了青山制药集团有限公司。"));
    }

    @Test
    void aNumberedSessionIsPartOfTheName() {
        assertEquals(List.of("县十六届人大常委会"), orgs("县十六届人大常委会第三次会议召开。"));
    }

    @Test
    void aWordHanlpKnowsAsAnOrganizationIsOne() {
        assertEquals(List.of("教育部"), orgs("校长传达了教育部会议精神。"));
    }
}
