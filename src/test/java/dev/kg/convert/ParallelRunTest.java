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
}
