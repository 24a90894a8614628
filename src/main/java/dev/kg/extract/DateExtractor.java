package dev.kg.extract;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the date of a sentence ({@code 9月12日至13日}, {@code 12日上午}, {@code 2020年9月15日至11月20日},
 * a bare {@code 下午,}) and carries month and year forward from earlier sentences. A year is only
 * ever one the text states. {@code 元月} is January; {@code 正月} is the first lunar month, which is
 * not a calendar month, so a day in it stays undated. A day without any month seen ({@code 24日})
 * leaves the start unknown.
 */
public final class DateExtractor {
    /** The date a sentence gives, and whether the sentence itself states it. */
    public record SentenceDate(Optional<PartialDate> start, Optional<PartialDate> end,
                               Optional<String> partOfDay, boolean explicit) {
        static final SentenceDate NONE = new SentenceDate(Optional.empty(), Optional.empty(), Optional.empty(), false);
    }

    private static final Pattern DATE = Pattern.compile(
            "(?:(\\d{4})年)?(?:(\\d{1,2}|元)月)?(\\d{1,2})[日号]"
                    + "(?:(?:至|到|—|－|-|~)(?:(\\d{4})年)?(?:(\\d{1,2})月)?(\\d{1,2})[日号])?"
                    + "(?:(?:当天|当日)?(上午|下午|晚上|中午|早上|凌晨|傍晚))?");
    private static final Pattern PART_OF_DAY_ONLY = Pattern.compile(
            "(?:^|[,，;；。])\\s*(?:当天|当日|随后)?(上午|下午|晚上|中午|早上|凌晨|傍晚)\\s*[,，]");

    /** A sentence that states a date it does not let us place. */
    private static final SentenceDate UNPLACED = new SentenceDate(Optional.empty(), Optional.empty(), Optional.empty(), true);

    private Integer year;
    private Integer month;
    private SentenceDate last = SentenceDate.NONE;

    /** The date of this sentence: its own when it states one, else the last one seen. */
    public SentenceDate next(String sentence) {
        Matcher m = DATE.matcher(sentence);
        if (m.find() && m.group(2) == null && m.start() > 0 && sentence.charAt(m.start() - 1) == '月') {
            return UNPLACED;   // 正月十五, 腊月: a lunar month, no calendar date
        }
        m = DATE.matcher(sentence);
        if (m.find()) {
            Optional<PartialDate> start = date(m.group(1), m.group(2), m.group(3));
            Optional<PartialDate> end = m.group(6) == null ? Optional.empty() : date(m.group(4), m.group(5), m.group(6));
            if (start.isPresent() && end.isPresent() && endsBeforeItStarts(start.get(), end.get())) {
                end = Optional.empty(); // 12日至3日: a typo, or a turn of the year we cannot date; keep the start
            }
            if (start.isPresent()) {
                last = new SentenceDate(start, end, Optional.ofNullable(m.group(7)), true);
                return last;
            }
        }
        Matcher pd = PART_OF_DAY_ONLY.matcher(sentence);
        if (pd.find() && last.start().isPresent()) {
            return new SentenceDate(last.start(), Optional.empty(), Optional.of(pd.group(1)), true);
        }
        return new SentenceDate(last.start(), last.end(), Optional.empty(), false);
    }

    private static boolean endsBeforeItStarts(PartialDate start, PartialDate end) {
        return start.year().isPresent() == end.year().isPresent() && end.lexical().compareTo(start.lexical()) < 0;
    }

    private Optional<PartialDate> date(String y, String m, String d) {
        if (y != null) {
            year = Integer.parseInt(y);
        }
        if (m != null) {
            month = m.equals("元") ? 1 : Integer.parseInt(m);
        }
        if (month == null) {
            return Optional.empty();
        }
        int day = Integer.parseInt(d);
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return Optional.empty();
        }
        return Optional.of(new PartialDate(Optional.ofNullable(year), month, day));
    }
}
