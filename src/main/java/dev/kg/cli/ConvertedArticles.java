package dev.kg.cli;

import dev.kg.KgException;
import dev.kg.convert.ArticleConverter;
import dev.kg.convert.ConvertOptions;
import dev.kg.convert.ParallelRun;
import dev.kg.source.ArticleReader;
import dev.kg.source.Corpus;
import dev.kg.source.Input;
import dev.kg.source.SourceException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.apache.jena.rdf.model.Model;

/**
 * Converts articles on N threads ({@link ParallelRun}, one {@link ArticleConverter} each) and hands
 * each result to a consumer on the <em>calling</em> thread, through a bounded queue: a TDB2 write
 * transaction belongs to the thread that began it, so the loading stays on that thread while the
 * conversion runs on all cores. Results come in the order they are ready.
 */
final class ConvertedArticles {
    /** One article's graph, or why it could not be converted (one line naming it). */
    record Converted(Input input, Model model, String failure) {}

    private static final Object END = new Object();

    private ConvertedArticles() {}

    /**
     * Converts every article of {@code corpus} ({@code articles} of them, counted before) and gives
     * each to {@code sink}; if {@code sink} throws, the conversions still queued are dropped and the
     * exception goes on. The corpus is read as it is converted, so memory does not grow with it.
     */
    static void each(Corpus corpus, long articles, int threads, ConvertOptions options, Consumer<Converted> sink) {
        if (articles == 0) {
            return;
        }
        int n = (int) Math.min(threads, articles);
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(2 * n);
        AtomicBoolean stop = new AtomicBoolean();
        AtomicReference<Throwable> crash = new AtomicReference<>();
        ArticleReader reader = corpus.reader();
        Thread producer = new Thread(() -> {
            try {
                Consumer<Consumer<Input>> inputs = next -> corpus.forEach(entry -> {
                    if (!entry.isProblem() && !stop.get()) {
                        next.accept(entry.input());
                    }
                });
                ParallelRun.stream(inputs, n, ArticleConverter::new, (converter, input) -> {
                    if (!stop.get()) {
                        put(queue, convert(converter, reader, options, input), stop);
                    }
                    return Boolean.TRUE;
                }, done -> { });
            } catch (RuntimeException | Error e) {
                crash.set(e);
            } finally {
                put(queue, END, stop);
            }
        }, "kg-convert");
        producer.setDaemon(true);
        producer.start();
        try {
            for (Object next = take(queue); next != END; next = take(queue)) {
                sink.accept((Converted) next);
            }
        } finally {
            stop.set(true);
            queue.clear();
            join(producer);
        }
        if (crash.get() instanceof RuntimeException r) {
            throw r;
        }
        if (crash.get() instanceof Error e) {
            throw e;
        }
    }

    private static Converted convert(ArticleConverter converter, ArticleReader reader, ConvertOptions options, Input input) {
        try {
            ConvertOptions own = options.forInput(input);
            return new Converted(input, converter.convert(input.read(reader), own), null);
        } catch (SourceException e) {
            return new Converted(input, null, firstLine(e.getMessage()));
        } catch (KgException e) {
            return new Converted(input, null, firstLine(e.getMessage()));
        } catch (RuntimeException e) {
            return new Converted(input, null, input.location() + ": conversion failed: " + e + " (a bug in kg; please report it)");
        }
    }

    private static void put(BlockingQueue<Object> queue, Object item, AtomicBoolean stop) {
        try {
            while (!stop.get() && !queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                // the loader is behind: wait, unless it has given up
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Object take(BlockingQueue<Object> queue) {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading", e);
        }
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
