package dev.kg.extract;

import static dev.kg.extract.Events.events;
import static dev.kg.extract.Events.roles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Visitors, companions and the inspecting team belong to the main event ({@link MainEventRoles}). */
class MainEventRolesTest {
    @Test
    void theTeamsMembersAreTheInspectors() {
        List<EventFact> events = events("9月12日，省委第二巡视组来到我市开展巡视。"
                + "省委第二巡视组组长王建国、副组长张伟出席见面会。市委书记李红梅陪同。");
        assertEquals(2, events.size(), events::toString);
        EventFact inspection = events.get(0);
        assertEquals("inspection", inspection.kind());
        assertEquals(Optional.of("省委第二巡视组"), inspection.organizer());
        assertEquals(Optional.of("我市"), inspection.place());
        List<String> roles = roles(inspection);
        assertTrue(roles.containsAll(List.of("王建国:inspector", "张伟:inspector", "李红梅:accompany")), roles::toString);
        EventFact meeting = events.get(1);
        assertEquals("见面会", meeting.label());
        assertEquals(List.of("王建国:attendee", "张伟:attendee"), roles(meeting));
    }
}
