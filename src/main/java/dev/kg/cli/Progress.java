package dev.kg.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Counts articles and characters done, and says so in one plain line:
 * {@code progress: 120/1000 articles, 35200 chars/s, ETA 1m20s}, or, on a terminal, as a progress bar
 * drawn by the progressbar library (characters done of the total, chars/s, ETA, and articles done of
 * the total as its message). Thread-safe.
 */
final class Progress {
    private final long totalArticles;
    /** An estimate until every article is read: a file counts its bytes until its characters are known. */
    private final AtomicLong totalChars;
    private final long startNanos = System.nanoTime();
    private final AtomicLong articles = new AtomicLong();
    private final AtomicLong chars = new AtomicLong();
    private volatile ProgressBar bar;

    Progress(long totalArticles, long totalChars) {
        this.totalArticles = totalArticles;
        this.totalChars = new AtomicLong(totalChars);
    }

    void done(long size) {
        done(size, size);
    }

    /** One article done, of {@code chars} characters, counted as {@code estimated} in the total so far. */
    void done(long estimated, long chars) {
        long n = articles.incrementAndGet();
        this.chars.addAndGet(chars);
        long total = totalChars.addAndGet(chars - estimated);
        ProgressBar b = bar;
        if (b != null) {
            b.maxHint(total);
            b.stepBy(chars);
            b.setExtraMessage(message(n));
        }
    }

    private String message(long done) {
        return " " + done + "/" + totalArticles + " articles";
    }

    /** Draws a bar named {@code task} on {@code terminal} (stderr) until the returned handle is closed. */
    AutoCloseable bar(PrintStream terminal, String task) {
        return bar(new ConsoleProgressBarConsumer(terminal), task);
    }

    /** Hands each drawing of the bar to {@code out} (tests). */
    AutoCloseable bar(Consumer<String> out) {
        return bar(new DelegatingProgressBarConsumer(out), "convert");
    }

    private AutoCloseable bar(ProgressBarConsumer consumer, String task) {
        ProgressBar b = new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(totalChars.get())
                .setUnit(" chars", 1)
                .showSpeed()
                .setStyle(ProgressBarStyle.ASCII) // any terminal font, any locale
                .setUpdateIntervalMillis(500)
                .setConsumer(consumer)
                .build();
        b.stepTo(chars.get());
        b.setExtraMessage(message(articles.get()));
        bar = b;
        return () -> {
            bar = null;
            b.close();
        };
    }

    /**
     * Whether this process's stderr is a terminal: Java cannot tell ({@code System.console()} looks at
     * stdin and stdout), so ask {@code test -t 2} with our stderr as its own.
     */
    static boolean stderrIsTerminal() {
        try {
            Process test = new ProcessBuilder("test", "-t", "2")
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            return test.waitFor() == 0;
        } catch (java.io.IOException e) {
            return System.console() != null; // no test(1): the best Java knows
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Hands {@link #line()} to {@code out} every {@code period} until the returned ticker is closed. */
    AutoCloseable every(Duration period, Consumer<String> out) {
        return every(period, () -> out.accept(line()));
    }

    /** Runs {@code task} every {@code period} on a daemon thread until the returned ticker is closed. */
    static AutoCloseable every(Duration period, Runnable task) {
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "kg-progress");
            t.setDaemon(true);
            return t;
        });
        long ms = period.toMillis();
        ticker.scheduleAtFixedRate(task, ms, ms, TimeUnit.MILLISECONDS);
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
        String eta = rate == 0 ? "?" : format(Duration.ofSeconds(Math.max(totalChars.get() - done, 0) / rate));
        return "progress: " + articles.get() + "/" + totalArticles + " articles, " + rate + " chars/s, ETA " + eta;
    }

    private static String format(Duration d) {
        long h = d.toHours();
        long m = d.toMinutesPart();
        long s = d.toSecondsPart();
        return h > 0 ? h + "h" + m + "m" : m > 0 ? m + "m" + s + "s" : s + "s";
    }

    /** Stops a bar or a ticker. */
    static void close(AutoCloseable ticker) {
        try {
            ticker.close();
        } catch (Exception e) {
            throw new IllegalStateException(e); // shutting an executor down throws nothing checked
        }
    }

    /** One whole line on {@code err}, never interleaved with another thread's (the ticker's). */
    static void say(PrintWriter err, String line) {
        synchronized (err) {
            err.println(line);
            err.flush();
        }
    }
}
