package dev.kg.extract;

import static dev.kg.extract.Events.date;
import static dev.kg.extract.Events.events;
import static dev.kg.extract.Events.only;
import static dev.kg.extract.Events.roles;
import static dev.kg.extract.Events.labelled;
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

    @Test
    void aMeetingNamedByItsSessionNumber() {
        EventFact e = only("3月5日，县九届人大常委会第十二次会议举行，主任王建国主持会议。副县长张伟列席会议。");
        assertEquals("meeting", e.kind());
        assertEquals("县九届人大常委会第十二次会议", e.label());
        assertEquals("--03-05", date(e.start()));
        assertEquals(List.of("王建国:chair", "张伟:attendee"), roles(e));
    }

    @Test
    void anArabicSessionNumberToo() {
        EventFact e = only("3月5日，市政协八届3次会议开幕。");
        assertEquals("市政协八届3次会议", e.label());
    }

    @Test
    void aBareMeetingWordIsNoNewMeeting() {
        assertEquals(0, events("3月5日，王建国在会议上要求抓好落实。").size());
    }

    @Test
    void aRelayedSpeechsMeetingIsAnotherUndatedMeeting() {
        List<EventFact> events = events("3月5日，县委召开干部大会。县委书记王建国传达了张伟同志在全省第三次工作会议上的讲话精神。");
        EventFact current = labelled(events, "干部大会");
        assertEquals("--03-05", date(current.start()));
        assertEquals(List.of("王建国:speaker"), roles(current));
        EventFact relayed = events.get(1);
        assertEquals("none", date(relayed.start()));
        assertEquals(List.of("张伟:speaker"), roles(relayed));
    }

    @Test
    void aRelayedMeetingWithNoOneInItIsDropped() {
        List<EventFact> events = events("3月5日，县委召开干部大会。县委书记王建国传达了全省工作会议精神。");
        assertEquals(1, events.size(), events::toString);
    }

    @Test
    void aMeetingHeldBeforehandDoesNotTakeTheCurrentMeetingsRoles() {
        List<EventFact> events = events("3月5日，县委召开动员会。会前，巡察组召开见面沟通会。会上，组长王建国作动员讲话。");
        assertEquals(List.of("王建国:speaker"), roles(labelled(events, "动员会")));
        assertEquals("none", date(labelled(events, "见面沟通会").start()));
    }

    @Test
    void aSessionIsHeldByTheBodyItsNameStartsWith() {
        EventFact e = only("3月5日，县九届人大常委会第十二次会议举行，主任王建国主持会议。");
        assertEquals(Optional.of("县九届人大常委会"), e.organizer());
    }

    @Test
    void aMeetingWithoutASessionNumberIsNotHeldByTheBodyInItsName() {
        EventFact e = only("3月5日，县委巡察组巡察工作动员会在白湖镇召开，组长王建国主持会议。");
        assertEquals(Optional.empty(), e.organizer());
    }

    @Test
    void anInstitutionNamingItselfHoldsItsMeeting() {
        EventFact e = only("新闻中心讯 我校3月5日召开中层干部大会。校长王建国主持会议。");
        assertEquals(Optional.of("我校"), e.organizer());
    }

    @Test
    void aMeetingDuringAnInspectionIsWhereTheInspectionIs() {
        List<EventFact> events = events("9月12日，省委第二巡视组进驻河西县，开展为期一个月的巡视。当天下午，巡视组召开见面会。");
        assertEquals(Optional.of("河西县"), labelled(events, "见面会").place());
    }

    @Test
    void aVenueOutranksThePlaceOfTheInspection() {
        List<EventFact> events = events("9月12日，省委第二巡视组进驻河西县，开展为期一个月的巡视。下午，巡视组在县政府会议室召开座谈会。");
        assertEquals(Optional.of("县政府会议室"), labelled(events, "座谈会").place());
    }

    @Test
    void anotherBodysSessionIsNoPartOfTheInspection() {
        List<EventFact> events = events("9月1日，县委第二巡察组进驻石桥镇，开展巡察。9月8日，县十二届人大常委会第九次会议举行。");
        assertEquals(Optional.empty(), labelled(events, "县十二届人大常委会第九次会议").place());
    }

    @Test
    void aMeetingTheTextDoesNotPlaceHasNoPlaceEvenInAnArticleWithAHome() {
        EventFact e = only("12月24日，县政府召开座谈会，听取我县各界意见。县长王建国主持会议。");
        assertEquals(Optional.empty(), e.place());
        assertEquals(Optional.of("县政府"), e.organizer());
    }

    @Test
    void aDivisionThatHoldsAMeetingIsItsPlace() {
        EventFact e = only("6月3日上午，河西县召开防汛工作会议。副县长王建国主持会议。");
        assertEquals(Optional.of("河西县"), e.place());
        assertEquals(Optional.empty(), e.organizer());
    }

    @Test
    void aBodyThatHoldsAMeetingGivesItNoPlace() {
        EventFact e = only("6月3日上午，河西县政府召开防汛工作会议。副县长王建国主持会议。");
        assertEquals(Optional.empty(), e.place());
        assertEquals(Optional.of("河西县政府"), e.organizer());
    }

    @Test
    void aTeamWhoseLeaderHoldsAMeetingOrganizesIt() {
        EventFact e = only("9月12日，省委第二巡视组组长张建国一行来到河西县，与县领导召开了见面会。");
        assertEquals(Optional.of("省委第二巡视组"), e.organizer());
        assertEquals(Optional.of("河西县"), e.place());
    }

    @Test
    void aMeetingHeldInAPlaceNamedAfterIt() {
        EventFact e = only("8月3日，县委巡察工作动员会在河西县召开，县委书记王建国主持会议。");
        assertEquals(Optional.of("河西县"), e.place());
    }

    @Test
    void aMeetingHeldInAVenueNamedAfterIt() {
        EventFact e = only("8月3日，全县防汛工作会议在县行政中心会议室举行。");
        assertEquals(Optional.of("县行政中心会议室"), e.place());
    }

    @Test
    void aMeetingHeldInAPlaceNamedBeforeIt() {
        EventFact e = only("8月5日，县政府在河西县召开座谈会。");
        assertEquals(Optional.of("河西县"), e.place());
        assertEquals(Optional.of("县政府"), e.organizer());
    }
}
