package dev.kg.convert;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs one job per item on N threads, as a stream: a source hands items in one at a time, and each
 * result goes to a sink in the items' order, through a reorder window of {@link #window(int)} jobs.
 * When the window is full, the source waits until the oldest job is done and its result consumed, so
 * at most that many items and results are in memory whatever the number of items. Each thread gets
 * its own worker from {@code perThread} (an {@link ArticleConverter}: no HanLP state is shared).
 * Source and sink run on the calling thread (reading input and writing an ordered stream need no
 * locks); the jobs run on the pool.
 *
 * <pre>
 *   ParallelRun.stream(corpus::forEach, 4, ArticleConverter::new, (converter, entry) -> ..., out::write);
 * </pre>
 */
public final class ParallelRun {
    private ParallelRun() {
    }

    /** How many items may be between the source and the sink at once on {@code threads} threads. */
    public static int window(int threads) {
        return threads == 1 ? 1 : 4 * threads; // enough to keep every thread busy behind a slow article
    }

    /**
     * Hands every item that {@code source} gives to {@code job} on {@code threads} threads and every
     * result to {@code sink}, in the source's order. A job's unexpected exception stops the run and is
     * thrown here (jobs catch what they expect).
     */
    public static <W, T, R> void stream(Consumer<Consumer<T>> source, int threads, Supplier<W> perThread,
                                        BiFunction<W, T, R> job, Consumer<? super R> sink) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        ThreadLocal<W> worker = ThreadLocal.withInitial(perThread);
        if (threads == 1) {
            source.accept(item -> sink.accept(job.apply(worker.get(), item)));
            return;
        }
        int window = window(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "kg-convert");
            t.setDaemon(true);
            return t;
        });
        ArrayDeque<Future<R>> inFlight = new ArrayDeque<>(window);
        try {
            source.accept(item -> {
                if (inFlight.size() == window) {
                    sink.accept(next(inFlight));
                }
                inFlight.add(pool.submit(() -> job.apply(worker.get(), item)));
            });
            while (!inFlight.isEmpty()) {
                sink.accept(next(inFlight));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** The same over a list, collecting the results in the list's order. */
    public static <W, T, R> List<R> run(List<T> items, int threads, Supplier<W> perThread, BiFunction<W, T, R> job) {
        List<R> out = new ArrayList<>(items.size());
        stream(items::forEach, threads, perThread, job, out::add);
        return out;
    }

    private static <R> R next(ArrayDeque<Future<R>> inFlight) {
        try {
            return inFlight.poll().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
