package dev.kg.extract;

import static dev.kg.extract.Events.date;
import static dev.kg.extract.Events.only;
import static dev.kg.extract.Events.roles;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Events named by verbs of inspection or visit ({@link VerbEventRule}). */
class VerbEventRuleTest {
    @Test
    void anInspectionVerbAfterTheVisitedPlace() {
        EventFact e = only("9月12日至13日，省委第二巡视组来到如皋市检查工作。组长王建国听取汇报。");
        assertEquals("inspection", e.kind());
        assertEquals("--09-12", date(e.start()));
        assertEquals("--09-13", date(e.end()));
        assertEquals(Optional.of("如皋市"), e.place());
        assertEquals(Optional.of("省委第二巡视组"), e.organizer());
        assertEquals(List.of("王建国:listener"), roles(e));
    }
}
