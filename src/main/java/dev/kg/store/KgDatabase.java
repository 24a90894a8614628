package dev.kg.store;

import dev.kg.convert.ConvertOptions;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.dboe.base.file.AlreadyLocked;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.dboe.transaction.txn.TransactionException;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * A kg database: a folder ({@code --db DIR}, default {@value #DEFAULT_DIR}) holding a TDB2 store in
 * {@code DIR/tdb2} and its {@link TextIndex} in {@code DIR/text}, one named graph per article. The
 * default graph is TDB2's union of the named graphs (nothing is copied into it), so a query without
 * {@code GRAPH} sees every article. {@link #inMemory()} is the same without a folder.
 *
 * <p>kg writes only into a folder it made: a new database gets a {@value #MARKER} file, and an
 * existing folder without one (the user's own files) is refused. TDB2 locks the store for one
 * process; a second process is refused with a message instead of waiting or corrupting it.
 *
 * <pre>
 *   try (KgDatabase db = KgDatabase.open(Path.of("data"))) {
 *       db.loader(ConvertOptions.defaults()).load(Path.of("seeds/xuzhou-2005.txt"));
 *   }
 * </pre>
 */
public final class KgDatabase implements AutoCloseable {
    public static final String DEFAULT_DIR = "data";
    /** The file that says a folder is a kg database, so kg may write into it. */
    public static final String MARKER = "kg-database.properties";
    /** The TDB2 store's folder inside the database folder. */
    public static final String TDB2_DIR = "tdb2";
    static final String TEXT_DIR = "text";
    /** Present while the text index may lag the store: from just before a bulk load's commit to the index's. */
    static final String TEXT_STALE = "text.stale";

    private final Path dir;
    private final DatasetGraph store;
    private final DatasetGraph dataset;

    private KgDatabase(Path dir, DatasetGraph store) {
        this.dir = dir;
        this.store = store;
        // union default graph: set in the store's context, where TDB2's query engine reads it
        store.getContext().set(TDB2.symUnionDefaultGraph, true);
        this.dataset = dir == null ? TextIndex.inMemory(store) : TextIndex.onDisk(store, dir.resolve(TEXT_DIR));
        if (dir != null) {
            TextRecovery.recover(store, textIndex(), dir.resolve(TEXT_STALE));
        }
    }

    /**
     * Opens the database in {@code dir}, creating it if the folder does not exist (or is empty).
     *
     * @throws StoreException if {@code dir} is something else, or another process has it open
     */
    public static KgDatabase open(Path dir) {
        if (!Files.exists(dir.resolve(MARKER), LinkOption.NOFOLLOW_LINKS)) {
            create(dir);
        }
        DatasetGraph store;
        try {
            store = DatabaseMgr.connectDatasetGraph(Location.create(dir.resolve(TDB2_DIR)));
        } catch (DBOpEnvException e) {
            // TDB2's process lock (tdb.lock holds the owner's PID; a dead owner's lock is taken over)
            if (e instanceof AlreadyLocked || String.valueOf(e.getMessage()).contains("lock")) {
                throw inUse(dir, e);
            }
            throw new StoreException("cannot open the kg database " + dir + ": " + e.getMessage(), e);
        }
        try {
            return new KgDatabase(dir, store);
        } catch (RuntimeException e) {
            // the store is not expelled here: in this process another KgDatabase may be using it
            if (hasCause(e, LockObtainFailedException.class)) {
                throw inUse(dir, e); // its text index is open already
            }
            throw e;
        }
    }

    /** A database in memory: the same union default graph and text index, gone at exit. */
    public static KgDatabase inMemory() {
        return new KgDatabase(null, DatabaseMgr.createDatasetGraph());
    }

    /** The dataset to query and serve: text-indexed, its default graph the union of the named graphs. */
    public DatasetGraph dataset() {
        return dataset;
    }

    /** Where the database lives, or null in memory. */
    public Path dir() {
        return dir;
    }

    /** A loader into this database: one named graph per file, and loading a graph again replaces it. */
    public DatasetLoader loader(ConvertOptions options) {
        return new DatasetLoader(dataset, options);
    }

    /**
     * Starts one all-or-nothing bulk load through TDB2's loader (see {@link BulkLoad}); call it, and
     * everything on the load, from one thread.
     */
    public BulkLoad bulkLoad() {
        return new BulkLoad(store, textIndex(), dir == null ? null : dir.resolve(TEXT_STALE));
    }

    private org.apache.jena.query.text.TextIndex textIndex() {
        return ((DatasetGraphText) dataset).getTextIndex();
    }

    /** Whether no graph has been loaded yet (a new database, or one whose first load never finished). */
    public boolean isEmpty() {
        return Txn.calculateRead(dataset, () -> !dataset.listGraphNodes().hasNext());
    }

    /** Number of named graphs (articles and RDF files). */
    public long graphs() {
        return Txn.calculateRead(dataset, () -> {
            long[] n = {0};
            dataset.listGraphNodes().forEachRemaining(g -> n[0]++);
            return n[0];
        });
    }

    /** Number of triples in the union default graph. */
    public long triples() {
        return Txn.calculateRead(dataset, () -> (long) dataset.getUnionGraph().size());
    }

    /** Closes the text index and releases the store (and its lock), so that another process may open it. */
    @Override
    public void close() {
        dataset.close();
        if (dir != null) {
            try {
                TDBInternal.expel(store);
            } catch (TransactionException e) {
                // a query cancelled at its timeout may still be unwinding; it only reads, so let it fail
                TDBInternal.expel(store, true);
            }
        }
    }

    /** Makes {@code dir} a kg database: only a folder that is absent or empty, and marks it as ours. */
    private static void create(Path dir) {
        if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                throw new StoreException(dir + " is not a kg database but a file"
                        + " (choose another --db: a folder that does not exist yet)");
            }
            if (!isEmpty(dir)) {
                throw new StoreException(dir + " is not a kg database (it has no " + MARKER + ") and kg never"
                        + " writes into a folder it did not create (choose another --db: a folder that does not exist yet)");
            }
        }
        Properties marker = new Properties();
        marker.setProperty("format", "kg database 1: TDB2 store in " + TDB2_DIR + "/, Lucene text index in " + TEXT_DIR + "/");
        marker.setProperty("created", Instant.now().toString());
        try {
            Files.createDirectories(dir);
            try (Writer w = Files.newBufferedWriter(dir.resolve(MARKER), StandardOpenOption.CREATE_NEW)) {
                marker.store(w, "kg database: written by kg; kg writes only into folders that hold this file");
            }
        } catch (IOException e) {
            throw new StoreException("cannot create the kg database " + dir + ": " + e.getMessage(), e);
        }
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new StoreException("cannot read " + dir + ": " + e.getMessage(), e);
        }
    }

    private static StoreException inUse(Path dir, Exception e) {
        return new StoreException("the kg database " + dir + " is in use by another kg process"
                + " (a running kg serve?): stop it first, or use another --db", e);
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
