package dev.kg.bench;

import dev.kg.convert.ArticleConverter;
import dev.kg.convert.ConvertOptions;
import dev.kg.rdf.RdfFormat;
import dev.kg.source.Article;
import dev.kg.store.GraphWriter;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.rdf.model.Model;

/**
 * Article-length benchmark: synthetic articles of given sizes (a text repeated), each converted and
 * written as Turtle (to nowhere) in-process, as {@code kg convert} does, timing each run and sampling
 * the heap while it runs. Chars/s that stay level as the size grows mean time linear in the length.
 *
 * <pre>
 *   List&lt;Row&gt; rows = new ArticleBench(seedText, 3).run(List.of(30 * 1024L, 1024 * 1024L));
 * </pre>
 */
public final class ArticleBench {
    /** One size's result: UTF-8 bytes and chars of the article, median wall time, peak heap seen. */
    public record Row(long bytes, int chars, long medianNanos, long peakHeapBytes) {
        public double charsPerSecond() {
            return chars * 1e9 / Math.max(1, medianNanos);
        }
    }

    private static final long SAMPLE_MILLIS = 5;
    private static final int WARMUP_RUNS = 5;
    private final String text;
    private final int repeat;
    private final ArticleConverter converter = new ArticleConverter();
    private boolean warm;

    public ArticleBench(String text, int repeat) {
        if (text.isEmpty() || repeat < 1) {
            throw new IllegalArgumentException("need a non-empty text and at least one run");
        }
        this.text = text;
        this.repeat = repeat;
    }

    public List<Row> run(List<Long> sizes) {
        if (!warm && !sizes.isEmpty()) {
            // the first conversions load HanLP and the lexicons and leave the JIT compiling: not the
            // article's cost, and a cold smallest size would make every larger one look faster
            String smallest = articleOf(text, sizes.stream().min(Long::compare).orElseThrow());
            for (int i = 0; i < WARMUP_RUNS; i++) {
                convert(smallest);
            }
            warm = true;
        }
        List<Row> rows = new ArrayList<>();
        for (long size : sizes) {
            rows.add(measure(articleOf(text, size)));
        }
        return rows;
    }

    private Row measure(String article) {
        long[] nanos = new long[repeat];
        long peak = 0;
        for (int i = 0; i < repeat; i++) {
            System.gc(); // start each run from the live set, so the peak is this run's
            HeapSampler sampler = HeapSampler.start();
            long t0 = System.nanoTime();
            convert(article);
            nanos[i] = System.nanoTime() - t0;
            peak = Math.max(peak, sampler.stop());
        }
        Arrays.sort(nanos);
        return new Row(article.getBytes(StandardCharsets.UTF_8).length, article.length(), nanos[repeat / 2], peak);
    }

    private void convert(String article) {
        Model model = converter.convert(new Article("bench", "bench", article), ConvertOptions.defaults());
        GraphWriter.write(model, OutputStream.nullOutputStream(), RdfFormat.TTL);
    }

    /** The text repeated, one copy a paragraph, cut at a code point so that its UTF-8 is at most {@code bytes}. */
    static String articleOf(String text, long bytes) {
        StringBuilder out = new StringBuilder();
        long used = 0;
        while (true) {
            String copy = out.isEmpty() ? text.strip() : "\n" + text.strip();
            for (int i = 0; i < copy.length(); ) {
                int cp = copy.codePointAt(i);
                int width = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
                if (used + width > bytes) {
                    return out.toString();
                }
                out.appendCodePoint(cp);
                used += width;
                i += Character.charCount(cp);
            }
        }
    }

    /** Polls heap use from a daemon thread; the max it saw is the run's peak (to within a sample). */
    private static final class HeapSampler implements Runnable {
        private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        private final AtomicLong peak = new AtomicLong();
        private volatile boolean running = true;
        private Thread thread;

        static HeapSampler start() {
            HeapSampler sampler = new HeapSampler();
            sampler.thread = new Thread(sampler, "heap-sampler");
            sampler.thread.setDaemon(true);
            sampler.sample();
            sampler.thread.start();
            return sampler;
        }

        @Override
        public void run() {
            while (running) {
                sample();
                try {
                    Thread.sleep(SAMPLE_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        private void sample() {
            peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        }

        long stop() {
            running = false;
            thread.interrupt();
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            sample();
            return peak.get();
        }
    }
}
