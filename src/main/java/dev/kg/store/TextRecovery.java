package dev.kg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the text index back in step with the store after a {@link BulkLoad} was stopped between
 * the store's commit and the index's (the stale marker is still there): the index is emptied and
 * rebuilt from every indexed triple of the store, whichever state the store is in. A rebuild that is
 * itself stopped leaves the marker, and the next open rebuilds again.
 */
public final class TextRecovery {
    private static final Logger LOG = LoggerFactory.getLogger(TextRecovery.class);

    private TextRecovery() {}

    /** Rebuilds the index if {@code staleMarker} exists; returns whether it did. */
    static boolean recover(DatasetGraph store, org.apache.jena.query.text.TextIndex text, Path staleMarker) {
        if (!Files.exists(staleMarker)) {
            return false;
        }
        LOG.warn("The text index may lag the database (a load was stopped while committing): rebuilding it");
        long entries = rebuild(store, text);
        try {
            Files.delete(staleMarker);
        } catch (IOException e) {
            throw new StoreException("cannot remove " + staleMarker + ": " + e.getMessage()
                    + " (check that the database folder is writable)", e);
        }
        LOG.warn("Text index rebuilt: {} entries", entries);
        return true;
    }

    /**
     * Empties the index and indexes every indexed triple of {@code store}, as jena-text's
     * {@code textindexer} does; returns the number of entries.
     */
    public static long rebuild(DatasetGraph store, org.apache.jena.query.text.TextIndex text) {
        try {
            ((TextIndexLucene) text).getIndexWriter().deleteAll();
        } catch (IOException e) {
            throw new StoreException("cannot empty the text index: " + e.getMessage(), e);
        }
        long[] n = {0};
        Txn.executeRead(store, () -> {
            for (Node p : TextIndex.PREDICATES) {
                store.find(Node.ANY, Node.ANY, p, Node.ANY).forEachRemaining(q -> {
                    Entity entity = TextQueryFuncs.entityFromQuad(text.getDocDef(), q);
                    if (entity != null) {
                        text.addEntity(entity);
                        n[0]++;
                    }
                });
            }
        });
        text.commit();
        return n[0];
    }
}
