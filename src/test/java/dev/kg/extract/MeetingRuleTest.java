package dev.kg.extract;

import static dev.kg.extract.Events.date;
import static dev.kg.extract.Events.only;
import static dev.kg.extract.Events.roles;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A meeting named by a meeting noun: label, class, organizer, date ({@link MeetingRule}). */
class MeetingRuleTest {
    @Test
    void aMeetingNounWithItsOrganizerAndRoles() {
        EventFact e = only("9月12日上午，市委召开座谈会。市委书记李红梅主持会议，副市长张伟汇报工作，市长王建国出席。");
        assertEquals("meeting", e.kind());
        assertEquals("Forum", e.eventClass());
        assertEquals("座谈会", e.label());
        assertEquals(Optional.of("市委"), e.organizer());
        assertEquals("--09-12", date(e.start()));
        assertEquals(Optional.of("上午"), e.partOfDay());
        assertEquals(List.of("李红梅:chair", "张伟:reporter", "王建国:attendee"), roles(e));
    }

    @Test
    void aHeadlineWithoutEndPunctuationMakesNoEvent() {
        EventFact e = only("扬州市召开调度会\n9月12日，市委召开座谈会。市委书记李红梅主持会议。");
        assertEquals("座谈会", e.label());
        assertEquals(List.of("李红梅:chair"), roles(e));
    }
}
