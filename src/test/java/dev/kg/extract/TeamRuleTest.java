package dev.kg.extract;

import static dev.kg.extract.Events.only;
import static dev.kg.extract.Events.roles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The leader of a team leads its inspection ({@link TeamRule}). */
class TeamRuleTest {
    @Test
    void whoLeadsTheTeamInspects() {
        EventFact e = only("9月12日，王建国率省委第二巡视组来到我市开展巡视。");
        assertEquals("inspection", e.kind());
        assertEquals(Optional.of("省委第二巡视组"), e.organizer());
        assertTrue(roles(e).contains("王建国:inspector"), () -> roles(e).toString());
    }
}
