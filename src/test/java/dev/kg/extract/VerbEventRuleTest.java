package dev.kg.extract;

import static dev.kg.extract.Events.date;
import static dev.kg.extract.Events.only;
import static dev.kg.extract.Events.roles;
import static dev.kg.extract.Events.events;
import static dev.kg.extract.Events.labelled;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Events named by verbs of inspection or visit ({@link VerbEventRule}). */
class VerbEventRuleTest {
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
    void anEventVerbModifyingANounNamesNoEvent() {
        List<EventFact> events = events("9月12日，县委召开动员会。王建国要求深入学习关于巡视工作的重要论述，充分认识巡察的重大意义，把思想统一到巡察工作要求上来。");
        assertEquals(List.of("meeting"), events.stream().map(EventFact::kind).toList());
    }

    @Test
    void anEventVerbInsideATitleNamesNoEvent() {
        List<EventFact> events = events("9月12日，县委召开动员会。王建国解读了《县委巡察工作办法》。");
        assertEquals(List.of("meeting"), events.stream().map(EventFact::kind).toList());
    }

    @Test
    void callingOnIsAVisit() {
        EventFact e = only("1月6日，县委书记王建国、县长张伟看望慰问了困难群众。");
        assertEquals("visit", e.kind());
        assertEquals("--01-06", date(e.start()));
    }

    @Test
    void aTaskToDoWellIsNoEvent() {
        List<EventFact> events = events("9月12日，县委召开动员会。王建国表示，要全力配合巡察组开展好本轮巡察工作。");
        assertEquals(List.of("meeting"), events.stream().map(EventFact::kind).toList());
    }

    @Test
    void aTeamNamedAfterItsMembersInspects() {
        List<EventFact> events = events("9月17日，由李明、赵刚组成的省督导组在市领导的陪同下，对我校开学工作进行督导检查。");
        assertEquals(Optional.of("省督导组"), labelled(events, "督导检查").organizer());
    }

    @Test
    void aSiteCheckBelongsToTheMainInspection() {
        List<EventFact> events = events("9月17日，省督导组对我校开学工作进行督导检查。会后，组长李明对学校食堂进行了现场检查。");
        assertEquals(Optional.of("省督导组"), labelled(events, "现场检查").organizer());
    }

    @Test
    void aFurtherVisitAfterStillIsAnEventOfItsOwnUndatedWithinTheTrip() {
        List<EventFact> events = events("9月5日，省长助理王建国来到甲山市调研。王建国一行还调研了甲山市乙丙公司的生产情况。");
        assertEquals(List.of("visit", "visit"), events.stream().map(EventFact::kind).toList());
        EventFact further = events.get(1);
        assertEquals("--09-05", date(events.get(0).start()));
        assertEquals(Optional.empty(), further.start(), "the text does not say when");
        assertEquals(events.get(0).place(), further.place());
        assertEquals(List.of("王建国:visitor"), roles(further));
    }

    @Test
    void withoutStillTheSameVerbTellsOfTheSameVisit() {
        List<EventFact> events = events("9月5日，省长助理王建国来到甲山市调研。王建国一行调研了甲山市乙丙公司的生产情况。");
        assertEquals(1, events.size(), events.toString());
    }

    @Test
    void aFurtherVisitDatedByItsOwnSentenceKeepsThatDate() {
        List<EventFact> events = events("9月5日，省长助理王建国来到甲山市调研。9月6日，王建国又调研了甲山市乙丙公司。");
        assertEquals(2, events.size(), events.toString());
        assertEquals("--09-06", date(events.get(1).start()));
    }
}
