package dev.kg.extract;

import static dev.kg.extract.Events.date;
import static dev.kg.extract.Events.events;
import static dev.kg.extract.Events.only;
import static dev.kg.extract.Events.roles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kg.normalize.Normalizer;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The events stage as a whole: dates and loose times, evidence ({@link EventDetector}). */
class EventDetectorTest {
    @Test
    void aLooseTimeLeavesTheStartEmpty() {
        EventFact e = only("9月12日，省委第二巡视组进驻我市。巡视期间，巡视组召开见面会。组长王建国讲话。");
        assertEquals("见面会", e.label());
        assertEquals(Optional.empty(), e.start());
        assertEquals(Optional.of("省委第二巡视组"), e.organizer());
        assertEquals(List.of("王建国:speaker"), roles(e));
    }

    @Test
    void aLaterBarePartOfDayDatesItsOwnEvent() {
        List<EventFact> events = events("9月12日上午，王建国来到如皋市调研。下午，王建国主持召开座谈会。");
        EventFact forum = events.stream().filter(e -> e.label().equals("座谈会")).findFirst().orElseThrow();
        assertEquals("--09-12", date(forum.start()));
        assertEquals(Optional.of("下午"), forum.partOfDay());
    }

    @Test
    void evidenceSpansLieInsideTheText() {
        String article = "9月12日上午，市委召开座谈会。市委书记李红梅主持会议，副市长张伟汇报工作。";
        String text = Normalizer.normalize(article).text();
        for (EventFact e : events(article)) {
            assertTrue(e.evidence().end() <= text.length());
            for (ParticipationFact p : e.participants()) {
                assertTrue(text.substring(p.evidence().start(), p.evidence().end()).contains(p.person()), p::toString);
            }
        }
    }
}
