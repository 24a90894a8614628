package dev.kg.cli;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Counts articles and characters done, and says so in one plain line:
 * {@code progress: 120/1000 articles, 35200 chars/s, ETA 1m20s}. Thread-safe.
 */
final class Progress {
    private final long totalArticles;
    private final long totalChars;
    private final long startNanos = System.nanoTime();
    private final AtomicLong articles = new AtomicLong();
    private final AtomicLong chars = new AtomicLong();

    Progress(long totalArticles, long totalChars) {
        this.totalArticles = totalArticles;
        this.totalChars = totalChars;
    }

    void done(long size) {
        articles.incrementAndGet();
        chars.addAndGet(size);
    }

    /** Hands {@link #line()} to {@code out} every {@code period} until the returned ticker is closed. */
    AutoCloseable every(Duration period, Consumer<String> out) {
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "kg-progress");
            t.setDaemon(true);
            return t;
        });
        long ms = period.toMillis();
        ticker.scheduleAtFixedRate(() -> out.accept(line()), ms, ms, TimeUnit.MILLISECONDS);
        return ticker::shutdownNow;
    }

    long articles() {
        return articles.get();
    }

    String line() {
        return line(Duration.ofNanos(System.nanoTime() - startNanos));
    }

    /** The line after {@code elapsed}: the rate so far, and the time left at that rate. */
    String line(Duration elapsed) {
        long done = chars.get();
        double seconds = Math.max(elapsed.toMillis(), 1) / 1000.0;
        long rate = Math.round(done / seconds);
        String eta = rate == 0 ? "?" : format(Duration.ofSeconds(Math.max(totalChars - done, 0) / rate));
        return "progress: " + articles.get() + "/" + totalArticles + " articles, " + rate + " chars/s, ETA " + eta;
    }

    private static String format(Duration d) {
        long h = d.toHours();
        long m = d.toMinutesPart();
        long s = d.toSecondsPart();
        return h > 0 ? h + "h" + m + "m" : m > 0 ? m + "m" + s + "s" : s + "s";
    }
}
