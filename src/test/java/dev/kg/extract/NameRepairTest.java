package dev.kg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kg.nlp.Token;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Person names as the chunker sees them after {@link NameRepair}. */
class NameRepairTest {
    /** Title + three-character name, some of which HanLP splits (林晓/nr 曦/nz, 王/n 造林/vi). */
    private static final List<String[]> TITLE_NAMES = List.of(
            new String[] {"副组长", "林晓曦"},
            new String[] {"主任", "王造林"},
            new String[] {"科长", "何小曦"},
            new String[] {"副局长", "孔德曦"},
            new String[] {"副组长", "贝丽曦"},
            new String[] {"书记", "王红旗"},
            new String[] {"处长", "马国强"});

    private static boolean splitByHanlp(String sentence, String name) {
        return Chunks.raw(sentence).stream().map(Token::word).noneMatch(name::equals);
    }

    @Test
    void aThreeCharacterNameSplitByHanlpIsMended() {
        int split = 0;
        for (String[] tn : TITLE_NAMES) {
            String sentence = tn[0] + tn[1] + "出席会议。";
            List<Chunk> chunks = Chunks.of(sentence);
            assertEquals(List.of(tn[1]), Chunks.texts(chunks, Chunk.Type.PERSON), Chunks.show(chunks));
            assertEquals(List.of(tn[0]), Chunks.texts(chunks, Chunk.Type.TITLE), Chunks.show(chunks));
            if (splitByHanlp(sentence, tn[1])) {
                split++;
            }
        }
        assumeTrue(split > 0, "HanLP split none of the names: the repair was not exercised");
    }

    @Test
    void aTwoCharacterNameBeforeAccompanyingIsNotExtended() {
        assertEquals(List.of("王建"), Chunks.texts("市长王建陪同检查。", Chunk.Type.PERSON));
        assertEquals(List.of("张伟"), Chunks.texts("副市长张伟陪同调研。", Chunk.Type.PERSON));
    }

    @Test
    void aTwoCharacterNameBeforeEtcIsNotExtended() {
        // HanLP: 张伟/nr 等/udeng; 张伟等 would end at the digit
        assertEquals(List.of("王建国", "张伟"), Chunks.texts("王建国、张伟等3名委员出席。", Chunk.Type.PERSON));
    }

    @Test
    void aTitleGluedToTheNameIsSeparated() {
        // HanLP reads 组/n 长夏/nz here
        List<Chunk> chunks = Chunks.of("组长夏明亮出席会议。");
        assertEquals(List.of("组长"), Chunks.texts(chunks, Chunk.Type.TITLE), Chunks.show(chunks));
        assertEquals(List.of("夏明亮"), Chunks.texts(chunks, Chunk.Type.PERSON), Chunks.show(chunks));
        assertEquals(List.of("夏雨"), Chunks.texts("组长夏雨出席会议。", Chunk.Type.PERSON));
        assertEquals(List.of("王建国"), Chunks.texts("组长王建国出席会议。", Chunk.Type.PERSON));
    }

    @Test
    void aNameLikeWordOutsideAPersonContextIsNoPerson() {
        for (String sentence : List.of("群众都说这里好。", "我们学习雷锋精神。")) {
            assumeTrue(Chunks.raw(sentence).stream().anyMatch(t -> t.natureStartsWith("nr")), "HanLP found no name in " + sentence);
            assertEquals(List.of(), Chunks.texts(sentence, Chunk.Type.PERSON), sentence);
        }
    }

    @Test
    void anAdjectiveAfterATitleIsNoName() {
        // 我/市领导/热情: the title comes from a split deictic; 热情 follows it but is no name
        assertEquals(List.of(), Chunks.texts("我市领导热情接待。", Chunk.Type.PERSON));
    }

    @Test
    void aVerbSplitByAMendedNameStaysOneWord() {
        // HanLP: 王建/nr 国强/nz 调/v
        List<Chunk> chunks = Chunks.of("王建国强调，要抓好落实。");
        assertEquals(List.of("王建国"), Chunks.texts(chunks, Chunk.Type.PERSON), Chunks.show(chunks));
        assertTrue(chunks.stream().anyMatch(c -> c.text().equals("强调")), Chunks.show(chunks));
    }

    @Test
    void namesInAListAfterATitle() {
        List<Chunk> chunks = Chunks.of("市领导王建国、李红梅、张伟出席。");
        assertEquals(List.of("王建国", "李红梅", "张伟"), Chunks.texts(chunks, Chunk.Type.PERSON), Chunks.show(chunks));
    }

    @Test
    void aBylineNameInBrackets() {
        List<Chunk> chunks = Chunks.of("市委召开座谈会(记者 王建国)");
        assertEquals(List.of("王建国"), Chunks.texts(chunks, Chunk.Type.PERSON), Chunks.show(chunks));
    }

    @Test
    void aTitleChunkCarriesItsConcept() {
        Optional<Lexicon.Title> t = Chunks.of("副组长林晓曦出席会议。").get(0).title();
        assertEquals("副组长", t.orElseThrow().text());
    }

    @Test
    void aNameEndsBeforeAConjunctionGluedToTheNextWord() {
        // HanLP reads 王建明/nr 和县/ns (a county): 和 is the conjunction, 县法院 the court
        List<Chunk> chunks = Chunks.of("副县长王建明和县法院院长刘志华出席会议。");
        assertEquals(List.of("王建明", "刘志华"), Chunks.texts(chunks, Chunk.Type.PERSON), Chunks.show(chunks));
        assertEquals(List.of(), Chunks.texts(chunks, Chunk.Type.PLACE), Chunks.show(chunks));
        assertEquals(List.of("县法院"), Chunks.texts(chunks, Chunk.Type.ORG), Chunks.show(chunks));
    }

    @Test
    void aMendedNameDoesNotRunOverAFunctionWord() {
        // HanLP: 赵/nz 明/ag 远/a 和/cc …: the name stops before 和 and 向
        assertEquals(List.of("赵明远", "钱学军"), Chunks.texts("区委书记赵明远和区法院院长钱学军出席。", Chunk.Type.PERSON));
        assertEquals(List.of("赵明远"), Chunks.texts("区委书记赵明远向县委组织部汇报。", Chunk.Type.PERSON));
    }

    @Test
    void wordsAfterATitleThatStartWithNoSurnameAreNoName() {
        // 委员|们亲切, 负责人|一定要: 们 never starts a name, 一定 is a common word of no surname
        assertEquals(List.of("陈永福"), Chunks.texts("县长陈永福与政协委员们亲切交谈，要求负责人一定要照顾好委员们的生活。",
                Chunk.Type.PERSON));
    }

    @Test
    void aCommonWordBeforeAFunctionCharacterIsNoName() {
        // HanLP: 全会上/nr, 全会和/nr
        assertEquals(List.of(), Chunks.texts("会议传达了市委九届三次全会上的讲话精神。", Chunk.Type.PERSON));
        assertEquals(List.of(), Chunks.texts("会议传达了市委九届三次全会和有关会议精神。", Chunk.Type.PERSON));
    }

    @Test
    void namesThatEndAsPlacesEndAreNoPersons() {
        // HanLP: 李家桥/nr 、 王家滩/nr
        assertEquals(List.of(), Chunks.texts("随后来到李家桥、王家滩等乡镇卫生院。", Chunk.Type.PERSON));
    }

    @Test
    void aNameBeforeATitleIsAPerson() {
        assertEquals(List.of("刘建华"), Chunks.texts("会议传达了刘建华国务委员的讲话精神。", Chunk.Type.PERSON));
    }

    @Test
    void aNameEndsBeforeAOneCharacterVerbWhereHanlpEndsAWord() {
        // HanLP: 韩/b 建文/t 受/v, 梁/n 文华/nz 受/v
        assertEquals(List.of("韩建文"), Chunks.texts("县教育局局长韩建文受县政府委托作报告。", Chunk.Type.PERSON));
        assertEquals(List.of("梁文华"), Chunks.texts("县教育局局长梁文华受县政府委托作报告。", Chunk.Type.PERSON));
    }

    @Test
    void aPaddedTwoCharacterNameInABylineIsOneName() {
        assertEquals(List.of("钱明"), Chunks.texts("县卫生局召开会议(钱 明)", Chunk.Type.PERSON));
    }

    @Test
    void namesInACreditLine() {
        assertEquals(List.of("孙立新", "王建国"), Chunks.texts("摄影 孙立新 王建国", Chunk.Type.PERSON));
        assertEquals(List.of("陈永福", "赵立新"), Chunks.texts("文/陈永福 图/赵立新", Chunk.Type.PERSON));
        assertEquals(List.of("刘志华", "钱明"), Chunks.texts("(撰稿：刘志华 审核：钱 明)", Chunk.Type.PERSON));
        assertEquals(List.of("孙立新", "王建国", "刘志华"),
                Chunks.texts("（撰稿、核稿：办公室 孙立新、王建国 编辑：宣传部 刘志华）", Chunk.Type.PERSON));
    }

    @Test
    void aNameMayHoldTheCharacterOfAConjunction() {
        // 和 is a conjunction far more often, but a given name may hold it (HanLP: 王和平/nr; 刘/nz 永和/nz)
        assertEquals(List.of("王和平"), Chunks.texts("县长王和平出席会议。", Chunk.Type.PERSON));
        assertEquals(List.of("张和平", "李红梅"), Chunks.texts("张和平、李红梅出席会议。", Chunk.Type.PERSON));
        assertEquals(List.of("刘永和"), Chunks.texts("副市长刘永和主持会议。", Chunk.Type.PERSON));
    }

    @Test
    void aNameAfterACompoundSurnameRunsToFourCharacters() {
        List<Chunk> chunks = Chunks.of("副市长欧阳明华、司马光、上官文静出席会议。");
        assertEquals(List.of("欧阳明华", "司马光", "上官文静"), Chunks.texts(chunks, Chunk.Type.PERSON), Chunks.show(chunks));
    }

    @Test
    void aCompoundSurnameNameStopsAtABoundaryWord() {
        List<Chunk> chunks = Chunks.of("市长诸葛亮陪同调研。");
        assertEquals(List.of("诸葛亮"), Chunks.texts(chunks, Chunk.Type.PERSON), Chunks.show(chunks));
    }
}
