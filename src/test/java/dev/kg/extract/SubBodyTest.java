package dev.kg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kg.normalize.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A body's committees and departments are organizations of their own, named with their body. */
class SubBodyTest {
    private static final Extractor EXTRACTOR = new Extractor(Lexicon.standard());

    private static ArticleFacts facts(String text) {
        return EXTRACTOR.extract(Normalizer.normalize(text));
    }

    private static List<String> positions(String text) {
        return facts(text).positions().stream()
                .map(p -> p.person() + " " + p.title().text() + p.org().map(o -> " @" + o).orElse(""))
                .toList();
    }

    private static List<String> orgs(String text) {
        return facts(text).organizations().stream().map(OrgFact::name).toList();
    }

    @Test
    void aDepartmentAfterItsBodyIsOneOrganization() {
        assertEquals(List.of("张三 副处长 @省教育厅基教处"), positions("省教育厅基教处副处长张三出席会议。"));
        assertEquals(List.of("李四 副主任 @省人民政府教育督导室"), positions("省人民政府教育督导室副主任李四出席会议。"));
        assertEquals(List.of("王五 负责人 @市公安局治安支队"), positions("市公安局治安支队负责人王五出席会议。"));
    }

    @Test
    void aDepartmentHanlpKnowsAsAnInstitutionStandsAlone() {
        assertEquals(List.of("教务处", "人事处"), orgs("教务处、人事处负责人参加会议。"));
    }

    @Test
    void aWordAndALoneSuffixInAListOfDepartmentsIsOneMore() {
        // HanLP: 学生/nnt 处/n
        assertEquals(List.of("教务处", "学生处", "人事处"), orgs("教务处、学生处、人事处负责人参加会议。"));
    }

    @Test
    void aRoomIsNoDepartment() {
        assertEquals(List.of(), orgs("大家在会议室讨论。"));
    }

    @Test
    void theOwnBodyByOneCharacterBeforeACommitteeTitle() {
        assertEquals(List.of("赵六 党委书记 @校党委", "钱七 纪委书记 @校纪委"), positions("校党委书记赵六、校纪委书记钱七出席会议。"));
    }

    @Test
    void aCompanysCommitteesAreItsOwn() {
        assertEquals(List.of("孙八 纪委书记 @集团纪委"), positions("集团纪委书记孙八讲话。"));
        assertEquals(List.of("集团党委"), orgs("集团党委召开会议。"));
        assertEquals(List.of("集团公司工会"), orgs("集团公司工会组织活动。"));
        assertEquals(List.of("物业公司党总支"), orgs("巡察组进驻物业公司党总支。").stream().filter(o -> !o.endsWith("组")).toList());
    }
}
