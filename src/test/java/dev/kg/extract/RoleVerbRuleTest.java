package dev.kg.extract;

import static dev.kg.extract.Events.only;
import static dev.kg.extract.Events.roles;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Role verbs give their role to the clause's subject in their target event ({@link RoleVerbRule}). */
class RoleVerbRuleTest {
    @Test
    void aSpeechVerbOnlySpeaksAtAMeeting() {
        EventFact e = only("9月12日，王建国来到我市调研。王建国强调，要抓好落实。");
        assertEquals(List.of("王建国:visitor"), roles(e));
    }

    @Test
    void verbsJoinedByAndShareTheSubject() {
        EventFact e = only("9月12日，市委召开座谈会。市长王建国出席并讲话。");
        assertEquals(List.of("王建国:attendee", "王建国:speaker"), roles(e));
    }

    @Test
    void aVerbSplitByLeStillGivesItsRole() {
        EventFact e = only("1月3日，学校召开干部大会。副书记王建国和副校长张伟分别就相关工作讲了话。");
        assertEquals(List.of("王建国:speaker", "张伟:speaker"), roles(e));
    }

    @Test
    void settingOutRequirementsAtAMeetingIsSpeaking() {
        EventFact e = only("9月12日，市委召开座谈会。市长王建国，代表市委对下一步工作提出了三点要求。");
        assertEquals(List.of("王建国:speaker"), roles(e));
    }

    @Test
    void aHostSayingAtAReportMeetingReports() {
        List<EventFact> events = Events.events("7月12日，市检查组来到甲县检查。检查组在县政府会议室召开了工作汇报会。"
                + "会上，县长王建国说，今年以来我县狠抓落实。");
        EventFact meeting = Events.labelled(events, "工作汇报会");
        assertEquals(List.of("王建国:reporter"), roles(meeting));
    }

    @Test
    void aListenerSayingAtAReportMeetingDoesNotReport() {
        List<EventFact> events = Events.events("7月12日，市长王建国在甲县听取了工作汇报会。会上，王建国说，要狠抓落实。");
        EventFact meeting = Events.labelled(events, "工作汇报会");
        assertEquals(List.of("王建国:listener"), roles(meeting));
    }

    @Test
    void sayingOutsideAReportMeetingIsNoRole() {
        EventFact e = only("9月12日，市委召开座谈会。市长王建国出席会议。王建国说，要狠抓落实。");
        assertEquals(List.of("王建国:attendee"), roles(e));
    }
}
