package dev.kg.extract;

import static dev.kg.extract.Events.events;
import static dev.kg.extract.Events.only;
import static dev.kg.extract.Events.roles;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A situation report heard outside any meeting is a report event, placed where it is given ({@link ReportEventRule}). */
class ReportEventRuleTest {
    @Test
    void aSituationReportHeardAtABodysOfficesIsAReportThere() {
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

    @Test
    void aReportThatTheArticleCallsAReportMeetingIsNoOtherEvent() {
        List<EventFact> events = events("7月30日，副部长王立新在青海省调研并听取了全省经济运行情况汇报。省委副书记张伟主持汇报会。");
        assertEquals(List.of("visit", "meeting"), events.stream().map(EventFact::kind).toList());
    }
}
