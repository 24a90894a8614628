package dev.kg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kg.normalize.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Who holds which title, read by {@link Extractor} from one sentence. */
class PositionExtractorTest {
    private static final Extractor EXTRACTOR = new Extractor(Lexicon.standard());

    /** Positions as {@code person title @org} (no {@code @} when the text names no organization). */
    private static List<String> positions(String text) {
        return EXTRACTOR.extract(Normalizer.normalize(text)).positions().stream()
                .map(p -> p.person() + " " + p.title().text() + p.org().map(o -> " @" + o).orElse(""))
                .toList();
    }

    @Test
    void organizationTitlePerson() {
        assertEquals(List.of("王建国 组长 @省委巡视组"), positions("省委巡视组组长王建国出席会议。"));
    }

    @Test
    void aTitleWithoutOrganization() {
        assertEquals(List.of("张伟 副市长"), positions("副市长张伟陪同调研。"));
    }

    @Test
    void titlesJoinedBeforeOnePerson() {
        assertEquals(List.of("李红梅 副书记 @市委", "李红梅 市长"), positions("市委副书记、市长李红梅出席。"));
    }

    @Test
    void oneTitleBeforeAListOfPersons() {
        assertEquals(List.of("王建国 市领导", "李红梅 市领导", "张伟 市领导"), positions("市领导王建国、李红梅、张伟出席。"));
    }

    @Test
    void aCompoundTitleNamesItsOrganization() {
        assertEquals(List.of("李红梅 市委书记 @市委"), positions("市委书记李红梅主持会议。"));
        assertEquals(List.of("王建国 党组成员 @市政府党组"), positions("市政府党组成员王建国出席。"));
    }

    @Test
    void aBareTitleAfterACommaTakesTheOrganizationBefore() {
        assertEquals(List.of("李红梅 市委书记 @市委", "张伟 副书记 @市委"), positions("市委书记李红梅、副书记张伟出席。"));
        assertEquals(List.of("王建国 组长 @省委巡视组", "张伟 副组长 @省委巡视组"),
                positions("省委巡视组组长王建国、副组长张伟出席会议。"));
    }

    @Test
    void aBareTitleInheritsTheOrganizationWithoutTheCompoundsHead() {
        assertEquals(List.of("王建国 党组书记 @市政协党组", "王建国 副主席 @市政协"), positions("市政协党组书记、副主席王建国出席。"));
    }

    @Test
    void aListClosedByACountedTitle() {
        assertEquals(List.of("王建国 委员", "李红梅 委员", "张伟 委员"), positions("王建国、李红梅、张伟等3名委员出席。"));
    }

    @Test
    void aTitleWithoutAPersonIsNoPosition() {
        assertEquals(List.of(), positions("市委书记、副书记出席。"));
    }

    @Test
    void aShortTeamNameResolvesToTheTeamNamedBefore() {
        assertEquals(List.of("王建国 组长 @省委第二巡视组"),
                positions("9月12日，省委第二巡视组来到我市。巡视组组长王建国讲话。"));
    }

    @Test
    void aTitleGluedToACompoundSurnameIsCut() {
        // HanLP reads 组/长孙/明杰 (长孙 is a surname): the title is 组长, the name 孙明杰
        assertEquals(List.of("孙明杰 组长 @督导组", "周丽 副组长 @督导组"),
                positions("督导组组长孙明杰、副组长周丽一行听取了汇报。"));
    }

    @Test
    void aBodyNamedAfterATitleIsNotATitleAndAName() {
        // 市委常委会会议 holds 市委常委, but 常委会 is the body: no one called 会会议
        assertEquals(List.of("王建国 市委书记 @市委"), positions("市委书记王建国主持召开市委常委会会议。"));
    }

    @Test
    void aDepartmentOfAPartyCommitteeIsOneOrganization() {
        assertEquals(List.of("陈刚 副部长 @省委宣传部"), positions("省委宣传部副部长陈刚一行来我市调研。"));
    }

    @Test
    void twoTitlesOfTwoOrganizationsForOnePerson() {
        assertEquals(List.of("李伟 组长 @督查组", "李伟 副主任 @国家发展改革委"),
                positions("督查组组长、国家发展改革委副主任李伟介绍了安排。"));
    }

    @Test
    void aTitleAfterTheName() {
        assertEquals(List.of("刘建华 国务委员"), positions("会议传达了刘建华国务委员的讲话精神。"));
        assertEquals(List.of("周立新 总书记"), positions("深入学习周立新总书记关于调研工作的重要论述。"));
    }

    @Test
    void aTitleBetweenTwoNamesBelongsToTheSecond() {
        assertEquals(List.of("张伟 副县长"), positions("王建国、副县长张伟出席。").stream().filter(p -> p.startsWith("张伟")).toList());
    }

    @Test
    void aBareTitleAfterAPartyTitleTakesTheBodyBeforeIt() {
        assertEquals(List.of("王建国 董事长 @青禾机械公司", "李红梅 党委书记 @党委", "张伟 总经理 @青禾机械公司"),
                positions("青禾机械公司董事长王建国、党委书记李红梅、总经理张伟出席。"));
    }

    @Test
    void aTitleThatNamesNoBodyTakesTheOneWrittenBeforeIt() {
        assertEquals(List.of("李国强 代县长 @县政府"), positions("县政府代县长李国强出席会议。"));
        assertEquals(List.of("李国强 副县长"), positions("副县长李国强出席会议。"));
    }
}
