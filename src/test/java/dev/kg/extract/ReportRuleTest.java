package dev.kg.extract;

import static dev.kg.extract.Events.only;
import static dev.kg.extract.Events.roles;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Whoever makes a report on the state of things reports ({@link ReportRule}). */
class ReportRuleTest {
    @Test
    void eachPersonOfAListOfReportsReports() {
        EventFact e = only("3月5日，县九届人大常委会第十二次会议举行。会上听取了县水利局局长王建国受县政府委托所作的关于防汛工作情况的报告、"
                + "县教育局局长张伟受县政府委托所作的关于校舍建设情况的报告。");
        assertEquals(List.of("王建国:reporter", "张伟:reporter"), roles(e));
    }

    @Test
    void personsWhoSeverallyReportAllReport() {
        EventFact e = only("3月5日，市委召开座谈会。王建国、张伟分别作了工作情况汇报。");
        assertEquals(List.of("王建国:reporter", "张伟:reporter"), roles(e));
    }

    @Test
    void aReportThatIsNotOnTheStateOfThingsIsASpeech() {
        EventFact e = only("3月5日，市委召开动员会。王建国作动员报告。");
        assertEquals(List.of("王建国:speaker"), roles(e));
    }
}
