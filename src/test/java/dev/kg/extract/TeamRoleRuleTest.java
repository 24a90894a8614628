package dev.kg.extract;

import static dev.kg.extract.Events.events;
import static dev.kg.extract.Events.labelled;
import static dev.kg.extract.Events.roles;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** An inspecting team that hears a report: its members listen ({@link TeamRoleRule}). */
class TeamRoleRuleTest {
    private static final String INSPECTION = "9月17日，省督导组组长王建国、副组长张伟对我校进行督导检查。学校召开督导检查汇报会。";

    @Test
    void theTeamAfterTheHearingClauseListens() {
        List<EventFact> events = events(INSPECTION + "在听取学校汇报后，省督导组认为工作扎实。");
        assertEquals(List.of("王建国:listener", "张伟:listener"), roles(labelled(events, "督导检查汇报会")));
    }

    @Test
    void theTeamBeforeTheVerbListens() {
        List<EventFact> events = events(INSPECTION + "省督导组听取了学校汇报。");
        assertEquals(List.of("王建国:listener", "张伟:listener"), roles(labelled(events, "督导检查汇报会")));
    }

    @Test
    void aTeamThatIsToHearReportsDoesNotReport() {
        List<EventFact> events = events(INSPECTION + "省督导组将通过听汇报、谈话等形式开展工作。");
        assertEquals(List.of(), roles(labelled(events, "督导检查汇报会")));
    }
}
