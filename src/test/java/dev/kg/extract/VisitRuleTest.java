package dev.kg.extract;

import static dev.kg.extract.Events.only;
import static dev.kg.extract.Events.roles;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
