package dev.kg.convert;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * Runs one job per item on N threads through a bounded queue: when the queue is full, the submitting
 * thread runs the job itself (so memory stays bounded by the queue, not the input). Each thread gets
 * its own worker from {@code perThread} (an {@link ArticleConverter}: one per thread costs a lexicon,
 * and no HanLP state is shared between threads). Results come back in the items' order.
 */
public final class ParallelRun {
    private ParallelRun() {
    }

    public static <W, T, R> List<R> run(List<T> items, int threads, Supplier<W> perThread, BiFunction<W, T, R> job) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        ThreadLocal<W> worker = ThreadLocal.withInitial(perThread);
        if (threads == 1) {
            List<R> out = new ArrayList<>(items.size());
            items.forEach(item -> out.add(job.apply(worker.get(), item)));
            return out;
        }
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(2 * threads), new ThreadPoolExecutor.CallerRunsPolicy());
        try {
            List<Future<R>> futures = new ArrayList<>(items.size());
            for (T item : items) {
                futures.add(pool.submit(() -> job.apply(worker.get(), item)));
            }
            List<R> out = new ArrayList<>(items.size());
            for (Future<R> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            // jobs catch what they expect; anything else is an Error or a bug worth surfacing as is
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
