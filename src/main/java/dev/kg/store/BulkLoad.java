package dev.kg.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * One bulk load into a {@link KgDatabase}, all or nothing: everything goes through Jena's TDB2
 * sequential loader ({@link LoaderFactory#sequentialLoader}) in <em>one</em> write transaction, so a
 * failure or a kill before {@link #commit} leaves the store as it was. The sequential loader is the
 * fastest of TDB2's loaders that the Jena documentation calls "fully transactional in the presence of
 * crashes"; the parallel and phased loaders write each index in its own transaction, committed one
 * after the other at the end, and cannot delete, so a replaced graph could not go in the same load.
 *
 * <p>A graph met for the first time in this load replaces a stored graph of that name (its triples
 * are deleted in the same transaction). The text index is updated alongside, uncommitted until the
 * store has committed; a marker file ({@value KgDatabase#TEXT_STALE}) is on disk from just before the
 * store's commit until the index's, and a database opened with the marker present rebuilds its index
 * ({@link TextRecovery}), so a kill between the two commits costs a rebuild, never a wrong answer.
 *
 * <p>Not thread-safe: TDB2 binds the transaction to the thread that made this object, so every
 * call must come from that thread. After {@link #abort} close the database (the loader may have
 * detached indexes of the in-memory store; reopening reads them from disk as they were).
 */
public final class BulkLoad {
    /** What one source added: triples, into which graphs, and which of them replaced a stored graph. */
    public record Added(long triples, List<Node> graphs, List<Node> replaced) {}

    private static final double LOAD_BUFFER_MB = 128;

    private final DatasetGraph store;
    private final org.apache.jena.query.text.TextIndex text;
    private final EntityDefinition definition;
    private final Path staleMarker;
    private final TextFeed feed;
    private final DataLoader loader;
    private final StreamRDF into;
    /** The loader drops and rebuilds the secondary indexes of an empty quad table: nothing to replace, nothing to look up. */
    private final boolean wasEmpty;
    private final Set<Node> seen = new HashSet<>();
    private final AtomicLong quads = new AtomicLong();
    private long newGraphs;
    private long replacedGraphs;
    private boolean finished;

    BulkLoad(DatasetGraph store, org.apache.jena.query.text.TextIndex text, Path staleMarker) {
        this.store = store;
        this.text = text;
        this.definition = text.getDocDef();
        this.staleMarker = staleMarker;
        this.feed = new TextFeed(text, Math.max(1, Runtime.getRuntime().availableProcessors() - 1));
        // fewer, larger segments while loading: Lucene flushes when this much is buffered
        ((TextIndexLucene) text).getIndexWriter().getConfig().setRAMBufferSizeMB(LOAD_BUFFER_MB);
        this.wasEmpty = Txn.calculateRead(store,
                () -> TDBInternal.getDatasetGraphTDB(store).getQuadTable().getNodeTupleTable().isEmpty());
        this.loader = LoaderFactory.sequentialLoader(store, (format, args) -> { }); // progress is ours
        loader.startBulk(); // begins the write transaction on this thread
        this.into = loader.stream();
    }

    /**
     * A sink for one source (a file, an article): its triples go into {@code graph}, its quads into
     * their own graphs (the default graph's into {@code graph}). Read what it added with {@link Sink#added()}.
     */
    public Sink into(Node graph) {
        return new Sink(graph);
    }

    /** Adds a whole graph (a converted article) as the named graph {@code name}. */
    public Added add(Node name, Graph graph) {
        Sink sink = into(name);
        graph.find().forEachRemaining(sink::triple);
        return sink.added();
    }

    /** Quads added so far (read from any thread, for progress). */
    public long quads() {
        return quads.get();
    }

    public long newGraphs() {
        return newGraphs;
    }

    public long replacedGraphs() {
        return replacedGraphs;
    }

    /**
     * Makes the load durable: marks the text index stale, commits the store (the loader builds its
     * secondary indexes first), commits the text index, removes the mark.
     */
    public void commit() {
        try {
            feed.finish();
            markStale();
        } catch (RuntimeException e) {
            abort(e);
            throw e;
        }
        finished = true;
        try {
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            text.rollback();
            throw new StoreException("the load could not be committed: " + e.getMessage()
                    + " (the database is as before; its text index is rebuilt when next opened)", e);
        }
        text.commit();
        clearStale();
    }

    /**
     * Drops everything this load added or deleted: the store and the text index are as before it.
     * Call it on any failure: closing the database would commit the index's pending changes.
     */
    public void abort(Exception cause) {
        if (finished) {
            return;
        }
        finished = true;
        feed.cancel();
        loader.finishException(cause);
        text.rollback();
    }

    /** A source's stream into the load; see {@link BulkLoad#into}. */
    public final class Sink extends StreamRDFBase {
        private final Node graph;
        private final List<Node> graphs = new ArrayList<>();
        private final List<Node> replaced = new ArrayList<>();
        private long triples;

        private Sink(Node graph) {
            this.graph = graph;
        }

        @Override
        public void triple(Triple t) {
            add(graph, t.getSubject(), t.getPredicate(), t.getObject());
        }

        @Override
        public void quad(Quad q) {
            add(q.isDefaultGraph() ? graph : q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject());
        }

        @Override
        public void prefix(String prefix, String iri) {
            into.prefix(prefix, iri);
        }

        public Added added() {
            return new Added(triples, List.copyOf(graphs), List.copyOf(replaced));
        }

        private void add(Node g, Node s, Node p, Node o) {
            if (seen.add(g)) {
                graphs.add(g);
                if (!wasEmpty && store.containsGraph(g)) {
                    deleteGraph(g);
                    replaced.add(g);
                    replacedGraphs++;
                } else {
                    newGraphs++;
                }
            }
            into.quad(Quad.create(g, s, p, o));
            Entity entity = TextQueryFuncs.entityFromQuad(definition, g, s, p, o);
            if (entity != null) {
                feed.add(entity); // uncommitted until the store has committed
            }
            triples++;
            quads.incrementAndGet();
        }
    }

    /** Unindexes a stored graph's texts and deletes its triples, in the load's transaction. */
    private void deleteGraph(Node g) {
        List<Entity> indexed = new ArrayList<>();
        for (Node p : TextIndex.PREDICATES) {
            store.find(g, Node.ANY, p, Node.ANY).forEachRemaining(q -> {
                Entity entity = TextQueryFuncs.entityFromQuad(definition, q);
                if (entity != null) {
                    indexed.add(entity);
                }
            });
        }
        // here, not in the feed: a delete applies to the documents added before it, and this graph's
        // new documents are only given to the feed after it
        indexed.forEach(text::deleteEntity);
        store.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
    }

    private void markStale() {
        if (staleMarker == null) {
            return; // in memory: nothing outlives the process
        }
        try (FileChannel marker = FileChannel.open(staleMarker, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            marker.force(true); // on disk before the store commits, or a crash could leave no trace of the gap
        } catch (IOException e) {
            throw new StoreException("cannot write " + staleMarker + ": " + e.getMessage()
                    + " (nothing was loaded; check that the database folder is writable)", e);
        }
        syncFolder(staleMarker.getParent());
    }

    private void clearStale() {
        if (staleMarker == null) {
            return;
        }
        try {
            Files.deleteIfExists(staleMarker);
        } catch (IOException e) {
            // harmless: the index is rebuilt at the next open
        }
    }

    /** Makes a new file's name durable (Linux: fsync of the folder); not every system allows it. */
    static void syncFolder(Path folder) {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException e) {
            // best effort
        }
    }
}
