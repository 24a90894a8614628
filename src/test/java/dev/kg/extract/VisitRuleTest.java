package dev.kg.extract;

import static dev.kg.extract.Events.only;
import static dev.kg.extract.Events.roles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A verb of coming and a place: where, and who visits ({@link VisitRule}). */
class VisitRuleTest {
    @Test
    void aVisitWithItsVisitorPlaceAndCompanion() {
        EventFact e = only("9月12日，王建国来到扬州市调研。市委书记李红梅陪同。");
        assertEquals("visit", e.kind());
        assertEquals("Visit", e.eventClass());
        assertEquals(Optional.of("扬州市"), e.place());
        assertEquals(List.of("王建国:visitor", "李红梅:accompany"), roles(e));
    }

    @Test
    void aTeamStationedInATownInspectsThere() {
        EventFact e = only("2020年9月1日，县委第二巡察组正式进驻石桥镇，将开展为期两个月的巡察。");
        assertEquals("inspection", e.kind());
        assertEquals(Optional.of("石桥镇"), e.place());
        assertEquals(Optional.of("县委第二巡察组"), e.organizer());
    }

    @Test
    void anInspectionOfAUnitIsWhereTheUnitIs() {
        EventFact e = only("2021年3月2日，市委第三巡察组对河西区青山镇党委开展了巡察。");
        assertEquals(Optional.of("青山镇"), e.place());
    }

    @Test
    void anInspectionOfAUnitWithoutAPlaceNameHasNoPlace() {
        EventFact e = only("9月17日，督导组对我校开学工作进行督导检查。");
        assertEquals(Optional.empty(), e.place());
    }

    @Test
    void aVisitInAProvince() {
        EventFact e = only("7月30日，副部长王立新在青海省调研并听取工作汇报。");
        assertEquals("visit", e.kind());
        assertEquals(Optional.of("青海省"), e.place());
        assertTrue(roles(e).contains("王立新:visitor"), roles(e)::toString);
    }
}
