package dev.kg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Organizations, titles and persons as chunks of one sentence. */
class ChunkerTest {
    private static List<String> orgs(String sentence) {
        return Chunks.texts(sentence, Chunk.Type.ORG);
    }

    @Test
    void anInspectionTeamIsOneOrganization() {
        List<Chunk> chunks = Chunks.of("省委巡视组组长王建国出席会议。");
        assertEquals(List.of("省委巡视组"), Chunks.texts(chunks, Chunk.Type.ORG), Chunks.show(chunks));
        assertEquals(List.of("组长"), Chunks.texts(chunks, Chunk.Type.TITLE));
        assertEquals(List.of("王建国"), Chunks.texts(chunks, Chunk.Type.PERSON));
    }

    @Test
    void aNumberedTeamIsOneOrganization() {
        assertEquals(List.of("省委第二巡视组"), orgs("省委第二巡视组进驻如皋市。"));
    }

    @Test
    void genericBodiesAreNoOrganization() {
        assertEquals(List.of(), orgs("各级党委要落实责任。"));
        assertEquals(List.of(), orgs("党委政府高度重视。"));
    }

    @Test
    void twoWholeBodiesSideBySideAreTwoOrganizations() {
        assertEquals(List.of("省委", "省政府"), orgs("省委省政府召开会议。"));
    }

    @Test
    void aCompanyNameRunsBackToItsFirstContentWord() {
        assertEquals(List.of("扬州市宏达建材有限公司"), orgs("扬州市宏达建材有限公司负责人参加。"));
    }

    @Test
    void anOrganizationNamingADocumentIsNone() {
        assertEquals(List.of(), orgs("学习省人大工作条例。"));
        // the same name, not before a document noun, is one
        assertEquals(List.of("省人大"), orgs("省人大工作会议召开。"));
    }

    @Test
    void aCompoundTitleIsOneTitleChunk() {
        List<Chunk> chunks = Chunks.of("市委书记李红梅主持会议。");
        Chunk title = chunks.get(0);
        assertTrue(title.is(Chunk.Type.TITLE), Chunks.show(chunks));
        assertEquals("市委书记", title.text());
        assertEquals("市委", title.title().orElseThrow().orgHead().orElseThrow());
        assertEquals(List.of(), Chunks.texts(chunks, Chunk.Type.ORG));
    }

    @Test
    void deicticsAreTheirOwnChunks() {
        assertEquals(List.of("我市"), Chunks.texts("省委巡视组进驻我市。", Chunk.Type.DEICTIC));
    }

    @Test
    void chunksCoverTheSentenceInOrder() {
        String sentence = "9月12日，省委第二巡视组组长王建国来到如皋市丁堰镇调研。";
        List<Chunk> chunks = Chunks.of(sentence);
        StringBuilder joined = new StringBuilder();
        int end = -1;
        for (Chunk c : chunks) {
            assertTrue(c.start() >= end, Chunks.show(chunks));
            end = c.end();
            joined.append(c.text());
        }
        assertEquals(sentence, joined.toString());
    }

    @Test
    void aPrefixedTitleIsOneTitleOfTheTitleAfterThePrefix() {
        // 代县长 is the acting county head, not the county 代县 + 长 (the gloss is stripped first)
        List<Chunk> chunks = Chunks.of("縣政府代縣(xiàn)長李國強、原局长王建明、老场长赵立新出席。");
        assertEquals(List.of("代县长", "原局长", "老场长"), Chunks.texts(chunks, Chunk.Type.TITLE), Chunks.show(chunks));
        assertEquals(List.of(), Chunks.texts(chunks, Chunk.Type.PLACE), Chunks.show(chunks));
        assertEquals(List.of("李国强", "王建明", "赵立新"), Chunks.texts(chunks, Chunk.Type.PERSON), Chunks.show(chunks));
        Lexicon.Title acting = chunks.stream().filter(c -> c.text().equals("代县长")).findFirst().orElseThrow().title().orElseThrow();
        assertEquals(Chunks.LEXICON.title("县长").orElseThrow().iri(), acting.iri());
    }

    @Test
    void aConceptOfTheSchemeWinsOverThePrefixRule() {
        assertEquals("chang-wu-fu-shi-zhang", Chunks.LEXICON.title("常务副市长").orElseThrow().notation());
        assertEquals(Chunks.LEXICON.title("副校长").orElseThrow().iri(), Chunks.LEXICON.title("常务副校长").orElseThrow().iri());
        assertEquals(List.of("常务副校长"), Chunks.texts("常务副校长孙立新主持会议。", Chunk.Type.TITLE));
    }

    @Test
    void aPrefixThatClosesAWordBeforeItIsNoTitlePrefix() {
        // 目前 "now", 此前 "before this": the title is 县长, 局长
        assertEquals(List.of("县长"), Chunks.texts("目前县长王建国正在调研。", Chunk.Type.TITLE));
        assertEquals(List.of("局长"), Chunks.texts("此前局长王建国已经部署。", Chunk.Type.TITLE));
        assertEquals(List.of("代县长"), Chunks.texts("他代县长王建国宣读了决定。", Chunk.Type.TITLE));
    }
}
