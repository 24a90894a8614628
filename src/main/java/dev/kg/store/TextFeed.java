package dev.kg.store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.TextIndex;

/**
 * Adds a bulk load's text entries to the Lucene index on other threads, in batches, so that the
 * analysis (SmartCN segmentation, the costly part) runs beside TDB2's loader instead of after each
 * triple. Lucene's IndexWriter takes documents from several threads; when the threads are behind,
 * the loading thread indexes a batch itself (so memory stays bounded). Nothing is committed here.
 */
final class TextFeed {
    private static final int BATCH = 1000;

    private final TextIndex text;
    private final ThreadPoolExecutor pool;
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
    private List<Entity> batch = new ArrayList<>(BATCH);

    TextFeed(TextIndex text, int threads) {
        this.text = text;
        this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(2 * threads),
                r -> {
                    Thread t = new Thread(r, "kg-text-index");
                    t.setDaemon(true);
                    return t;
                }, new ThreadPoolExecutor.CallerRunsPolicy());
    }

    void add(Entity entity) {
        batch.add(entity);
        if (batch.size() == BATCH) {
            flush();
        }
    }

    /** Waits until every entry given so far is in the index (uncommitted); rethrows an indexing failure. */
    void finish() {
        flush();
        pool.shutdown();
        try {
            while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
                // a large batch is still being analysed
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while indexing", e);
        }
        RuntimeException e = failure.get();
        if (e != null) {
            throw e;
        }
    }

    /** Drops what is queued and stops (a load that is aborted: the index is rolled back after). */
    void cancel() {
        pool.shutdownNow();
        try {
            pool.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void flush() {
        RuntimeException e = failure.get();
        if (e != null) {
            throw e;
        }
        if (batch.isEmpty()) {
            return;
        }
        List<Entity> full = batch;
        batch = new ArrayList<>(BATCH);
        pool.execute(() -> {
            try {
                full.forEach(text::addEntity);
            } catch (RuntimeException x) {
                failure.compareAndSet(null, x);
            }
        });
    }
}
