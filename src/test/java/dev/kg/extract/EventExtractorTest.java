package dev.kg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kg.normalize.Normalizer;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Events and roles, read by {@link Extractor} from small articles of two or three sentences. */
class EventExtractorTest {
    private static final Extractor EXTRACTOR = new Extractor(Lexicon.standard());

    private static List<EventFact> events(String article) {
        return EXTRACTOR.extract(Normalizer.normalize(article)).events();
    }

    private static EventFact only(String article) {
        List<EventFact> events = events(article);
        assertEquals(1, events.size(), () -> "events of " + article + ": " + events);
        return events.get(0);
    }

    /** Participants as {@code person:role}, in order. */
    private static List<String> roles(EventFact e) {
        return e.participants().stream().map(p -> p.person() + ":" + p.role()).toList();
    }

    private static String date(Optional<PartialDate> d) {
        return d.map(PartialDate::lexical).orElse("none");
    }

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
    void aVisitWithItsVisitorPlaceAndCompanion() {
        EventFact e = only("9月12日，王建国来到扬州市调研。市委书记李红梅陪同。");
        assertEquals("visit", e.kind());
        assertEquals("Visit", e.eventClass());
        assertEquals(Optional.of("扬州市"), e.place());
        assertEquals(List.of("王建国:visitor", "李红梅:accompany"), roles(e));
    }

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

    @Test
    void anInspectionVerbAfterTheVisitedPlace() {
        EventFact e = only("9月12日至13日，省委第二巡视组来到如皋市检查工作。组长王建国听取汇报。");
        assertEquals("inspection", e.kind());
        assertEquals("--09-12", date(e.start()));
        assertEquals("--09-13", date(e.end()));
        assertEquals(Optional.of("如皋市"), e.place());
        assertEquals(Optional.of("省委第二巡视组"), e.organizer());
        assertEquals(List.of("王建国:listener"), roles(e));
    }

    @Test
    void aLooseTimeLeavesTheStartEmpty() {
        EventFact e = only("9月12日，省委第二巡视组进驻我市。巡视期间，巡视组召开见面会。组长王建国讲话。");
        assertEquals("见面会", e.label());
        assertEquals(Optional.empty(), e.start());
        assertEquals(Optional.of("省委第二巡视组"), e.organizer());
        assertEquals(List.of("王建国:speaker"), roles(e));
    }

    @Test
    void aHeadlineWithoutEndPunctuationMakesNoEvent() {
        EventFact e = only("扬州市召开调度会\n9月12日，市委召开座谈会。市委书记李红梅主持会议。");
        assertEquals("座谈会", e.label());
        assertEquals(List.of("李红梅:chair"), roles(e));
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
