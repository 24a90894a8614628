package dev.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ProgressTest {
    @Test
    void saysArticlesRateAndTimeLeftAtThatRate() {
        Progress p = new Progress(10, 10_000);
        p.done(1_000);
        p.done(1_000);
        // 2,000 chars in 4 s: 500 chars/s, 8,000 left: 16 s
        assertEquals("progress: 2/10 articles, 500 chars/s, ETA 16s", p.line(Duration.ofSeconds(4)));
    }

    @Test
    void withNothingDoneTheTimeLeftIsUnknown() {
        assertEquals("progress: 0/3 articles, 0 chars/s, ETA ?", new Progress(3, 30).line(Duration.ofSeconds(1)));
    }

    @Test
    void longRunsReadInHoursAndMinutes() {
        Progress p = new Progress(1000, 3_600_000);
        p.done(1000);
        // 1,000 chars/s; 3,599,000 left: 3599 s = 59m59s
        assertEquals("progress: 1/1000 articles, 1000 chars/s, ETA 59m59s", p.line(Duration.ofSeconds(1)));
        Progress q = new Progress(1000, 7_300_000);
        q.done(1000);
        assertEquals("progress: 1/1000 articles, 1000 chars/s, ETA 2h1m", q.line(Duration.ofSeconds(1)));
    }

    @Test
    void linesComeEveryPeriodUntilClosed() throws Exception {
        Progress p = new Progress(5, 500);
        p.done(100);
        List<String> lines = new CopyOnWriteArrayList<>();
        CountDownLatch two = new CountDownLatch(2);
        AutoCloseable ticker = p.every(Duration.ofMillis(20), line -> {
            lines.add(line);
            two.countDown();
        });
        assertTrue(two.await(10, TimeUnit.SECONDS), "two lines");
        ticker.close();
        Thread.sleep(100); // a line already under way may still land
        int after = lines.size();
        Thread.sleep(200);
        assertEquals(after, lines.size(), "no line after close");
        assertTrue(lines.get(0).startsWith("progress: 1/5 articles, "), lines.get(0));
    }

    @Test
    void onATerminalABarShowsCharactersArticlesRateAndTimeLeft() throws Exception {
        Progress p = new Progress(10, 10_000);
        List<String> drawn = new CopyOnWriteArrayList<>();
        AutoCloseable bar = p.bar(drawn::add);
        p.done(1_000);
        p.done(1_000);
        bar.close();
        String last = drawn.get(drawn.size() - 1);
        assertTrue(last.contains("2/10 articles"), last);
        assertTrue(last.contains("2000/10000 chars"), last);
        assertTrue(last.contains("chars/s"), last);
        assertTrue(last.matches(".*\\(\\d+:\\d\\d:\\d\\d / \\d+:\\d\\d:\\d\\d\\).*"), "elapsed / ETA: " + last);
    }

    @Test
    void noBarWhenStderrIsNotATerminal() {
        // the build runs with stderr on a pipe or a file, never a terminal
        assertFalse(Progress.stderrIsTerminal());
    }
}
