package dev.kg.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParallelRunTest {
    @Test
    void resultsComeBackInTheItemsOrderAndNoWorkerIsSharedBetweenThreads() {
        List<Integer> items = IntStream.range(0, 200).boxed().toList();
        AtomicInteger made = new AtomicInteger();
        Map<Integer, Set<Thread>> threadsOfWorker = new ConcurrentHashMap<>();
        List<Integer> out = ParallelRun.run(items, 3, made::incrementAndGet, (worker, item) -> {
            threadsOfWorker.computeIfAbsent(worker, w -> ConcurrentHashMap.newKeySet()).add(Thread.currentThread());
            return item * 2;
        });
        assertEquals(items.stream().map(i -> i * 2).toList(), out);
        // three pool threads, plus the caller when the bounded queue is full
        assertTrue(made.get() >= 1 && made.get() <= 4, "workers: " + made.get());
        threadsOfWorker.values().forEach(threads -> assertEquals(1, threads.size(), "a worker used by one thread"));
    }

    /**
     * The run is a stream: items are taken from the source only as results leave in order, so however
     * many items there are, at most {@link ParallelRun#window} are between source and sink. A run that
     * took every item first (a list of futures) would have all 20,000 in flight and fail here.
     */
    @Test
    void atMostAWindowOfItemsIsInFlightWhateverTheirNumber() {
        int threads = 3;
        int items = 20_000;
        AtomicInteger pushed = new AtomicInteger();
        AtomicInteger consumed = new AtomicInteger();
        AtomicInteger maxInFlight = new AtomicInteger();
        List<Integer> order = new java.util.ArrayList<>();
        ParallelRun.<Object, Integer, Integer>stream(sink -> {
            for (int i = 0; i < items; i++) {
                pushed.incrementAndGet();
                maxInFlight.accumulateAndGet(pushed.get() - consumed.get(), Math::max);
                sink.accept(i);
            }
        }, threads, Object::new, (w, i) -> i, r -> {
            consumed.incrementAndGet();
            order.add(r);
        });
        assertEquals(items, consumed.get());
        assertEquals(IntStream.range(0, items).boxed().toList(), order, "results in the items' order");
        assertTrue(maxInFlight.get() <= ParallelRun.window(threads) + 1, "in flight: " + maxInFlight.get());
        assertTrue(maxInFlight.get() > 1, "several at once on " + threads + " threads: " + maxInFlight.get());
    }

    @Test
    void aJobsExceptionStopsTheRunAndReachesTheCaller() {
        AtomicInteger taken = new AtomicInteger();
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () ->
                ParallelRun.<Object, Integer, Integer>stream(sink -> {
                    for (int i = 0; i < 10_000; i++) {
                        taken.incrementAndGet();
                        sink.accept(i);
                    }
                }, 2, Object::new, (w, i) -> {
                    if (i == 5) {
                        throw new IllegalStateException("bug on 5");
                    }
                    return i;
                }, r -> { }));
        assertEquals("bug on 5", e.getMessage());
        assertTrue(taken.get() < 100, "the source stops soon after: " + taken.get());
    }
}
