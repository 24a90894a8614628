package dev.kg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.MonthDay;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EventDatesTest {
    @Test
    void readsBothFormsAndIgnoresTheYear() {
        assertEquals(Optional.of(MonthDay.of(9, 12)), EventDates.monthDay("--09-12"));
        assertEquals(Optional.of(MonthDay.of(9, 12)), EventDates.monthDay("2005-09-12"));
        assertEquals(Optional.of(MonthDay.of(9, 12)), EventDates.monthDay("2005-09-12+08:00"));
    }

    @Test
    void rejectsOtherForms() {
        assertEquals(Optional.empty(), EventDates.monthDay("9月12日"));
        assertEquals(Optional.empty(), EventDates.monthDay("--13-01"));
        assertEquals(Optional.empty(), EventDates.monthDay("2005-09"));
        assertEquals(Optional.empty(), EventDates.monthDay(null));
    }
}
