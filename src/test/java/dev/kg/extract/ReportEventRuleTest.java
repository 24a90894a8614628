package dev.kg.extract;

import static dev.kg.extract.Events.events;
import static dev.kg.extract.Events.labelled;
import static dev.kg.extract.Events.only;
import static dev.kg.extract.Events.roles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A report on the state of things heard outside a meeting is an event ({@link ReportEventRule}). */
class ReportEventRuleTest {
    @Test
    void aHeardReportIsAnEventWithItsListeners() {
        List<EventFact> events = events("5月20日，副县长王建国对我县水利项目进行了调研。王建国观看了水利工作情况汇报专题片，并听取了县水利局项目建设情况汇报。");
        EventFact report = labelled(events, "项目建设情况汇报");
        assertEquals("report", report.kind());
        assertEquals("--05-20", Events.date(report.start()));
        assertEquals(List.of("王建国:listener"), roles(report));
        assertTrue(events.stream().noneMatch(e -> roles(e).contains("王建国:reporter")), events::toString);
    }

    @Test
    void aReportHeardOnTheDayOfAReportMeetingIsThatMeeting() {
        List<EventFact> events = events("7月30日，王建国在我省调研并听取全省经济发展情况汇报。副省长张伟陪同调研并主持汇报会。"
                + "张伟在会上介绍了全省重点工程建设情况。");
        assertTrue(events.stream().noneMatch(e -> e.kind().equals("report")), events::toString);
        List<String> meeting = roles(labelled(events, "汇报会"));
        assertTrue(meeting.containsAll(List.of("王建国:listener", "张伟:chair", "张伟:reporter")), meeting::toString);
    }

    @Test
    void aReportHeardAtABodysOfficesIsGivenThere() {
        EventFact e = only("5月20日下午，副县长王建国在县水利局机关听取了全县防汛工作情况汇报。");
        assertEquals("report", e.kind());
        assertEquals(Optional.of("县水利局机关"), e.place());
        assertEquals(List.of("王建国:listener"), roles(e));
    }

    @Test
    void aReportHeardAtAMeetingIsThatMeetingsBusiness() {
        EventFact e = only("5月20日，县委召开座谈会，听取了全县防汛工作情况汇报。");
        assertEquals("meeting", e.kind());
    }
}
