package dev.kg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DateExtractorTest {
    private static String lexical(Optional<PartialDate> d) {
        return d.map(PartialDate::lexical).orElse("none");
    }

    @Test
    void aDayRangeCarriesItsMonthToTheEnd() {
        DateExtractor.SentenceDate d = new DateExtractor().next("9月12日至13日，省委巡视组在扬州市检查工作。");
        assertEquals("--09-12", lexical(d.start()));
        assertEquals("--09-13", lexical(d.end()));
        assertTrue(d.explicit());
        assertEquals(Optional.empty(), d.partOfDay());
    }

    /** Found by ConverterFuzzTest: a digit lost from 13日 made an event end before it began. */
    @Test
    void aRangeThatWouldEndBeforeItStartsKeepsOnlyItsStart() {
        DateExtractor.SentenceDate d = new DateExtractor().next("9月12日至3日，中央巡回检查组来到我市。");
        assertEquals("--09-12", lexical(d.start()));
        assertEquals("none", lexical(d.end()));
    }

    @Test
    void aDayAloneTakesTheMonthSeenBefore() {
        DateExtractor dates = new DateExtractor();
        dates.next("9月12日，王建国来到如皋市。");
        DateExtractor.SentenceDate d = dates.next("12日上午，王建国召开座谈会。");
        assertEquals("--09-12", lexical(d.start()));
        assertEquals(Optional.of("上午"), d.partOfDay());
        assertEquals("--09-14", lexical(dates.next("14日，李红梅出席会议。").start()));
    }

    @Test
    void aRangeAcrossMonthsWithAYear() {
        DateExtractor dates = new DateExtractor();
        DateExtractor.SentenceDate d = dates.next("2020年9月15日至11月20日，省委第二巡视组进驻扬州市。");
        assertEquals("2020-09-15", lexical(d.start()));
        assertEquals("2020-11-20", lexical(d.end()));
        // the year carries on to later dates too
        assertEquals("2020-11-21", lexical(dates.next("11月21日，巡视组离开。").start()));
    }

    @Test
    void aBarePartOfDayKeepsTheLastDate() {
        DateExtractor dates = new DateExtractor();
        dates.next("9月12日上午，王建国来到如皋市。");
        DateExtractor.SentenceDate d = dates.next("下午，王建国召开座谈会。");
        assertEquals("--09-12", lexical(d.start()));
        assertEquals(Optional.of("下午"), d.partOfDay());
        assertTrue(d.explicit());
    }

    @Test
    void aSentenceWithoutADateInheritsTheLastOneImplicitly() {
        DateExtractor dates = new DateExtractor();
        dates.next("9月12日至13日，王建国来到如皋市。");
        DateExtractor.SentenceDate d = dates.next("李红梅陪同。");
        assertEquals("--09-12", lexical(d.start()));
        assertEquals("--09-13", lexical(d.end()));
        assertFalse(d.explicit());
        assertEquals(Optional.empty(), d.partOfDay());
    }

    @Test
    void noMonthSeenYetGivesNoDate() {
        DateExtractor dates = new DateExtractor();
        DateExtractor.SentenceDate d = dates.next("12日上午，王建国召开座谈会。");
        assertEquals(Optional.empty(), d.start());
        assertEquals(Optional.empty(), d.end());
        assertEquals(Optional.empty(), dates.next("下午，李红梅出席。").start());
    }

    @Test
    void anImpossibleDayIsNoDate() {
        assertEquals(Optional.empty(), new DateExtractor().next("9月32日，王建国出席。").start());
    }

    @Test
    void yuanYueIsJanuary() {
        DateExtractor.SentenceDate d = new DateExtractor().next("元月27号，公司召开座谈会。");
        assertEquals("--01-27", lexical(d.start()));
    }

    @Test
    void aDayOfTheFirstLunarMonthIsNotACalendarDate() {
        DateExtractor dates = new DateExtractor();
        dates.next("2月3日，王建国来到县里。");
        DateExtractor.SentenceDate d = dates.next("正月15日，公司召开座谈会。");
        assertEquals("none", lexical(d.start()));
    }

    @Test
    void aDayWithNoMonthSeenIsUnknown() {
        assertEquals("none", lexical(new DateExtractor().next("24日，公司召开座谈会。").start()));
    }
}
