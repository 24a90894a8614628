package dev.kg.extract;

import static dev.kg.extract.Events.only;
import static dev.kg.extract.Events.roles;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Who a clause is about ({@link Subjects}). */
class SubjectsTest {
    @Test
    void aPronounIsTheLastSubject() {
        EventFact e = only("9月12日，市委召开座谈会。市长王建国出席。他强调，要抓好落实。");
        assertEquals(List.of("王建国:attendee", "王建国:speaker"), roles(e));
    }

    @Test
    void aClauseListingPersonsPassesThemToTheNextVerb() {
        EventFact e = only("9月12日，市委召开座谈会。市长王建国，副市长张伟，出席会议。");
        assertEquals(List.of("王建国:attendee", "张伟:attendee"), roles(e));
    }

    @Test
    void theyAlonePointsAtPersonsNotNamed() {
        EventFact e = only("9月12日，市委召开座谈会。市长王建国出席，要求确保他们按时参加培训。");
        assertEquals(List.of("王建国:attendee"), roles(e));
    }

    @Test
    void personsInTheAccompanyingPhraseAreNotTheSubject() {
        EventFact e = only("9月12日，王建国在市长张伟的陪同下来到我市调研。");
        assertEquals(List.of("王建国:visitor", "张伟:accompany"), roles(e));
    }
}
