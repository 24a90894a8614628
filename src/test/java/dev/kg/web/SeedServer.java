package dev.kg.web;

import dev.kg.convert.ConvertOptions;
import dev.kg.serve.KgServer;
import dev.kg.serve.ServerLimits;
import dev.kg.store.DatasetLoader;
import dev.kg.store.TextIndex;
import java.nio.file.Path;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;

/** The seed article converted once per JVM into a text-indexed dataset, as the server holds it. */
final class SeedServer {
    static final String BASE = ConvertOptions.DEFAULT_BASE;
    static final String ARTICLE = BASE + "xuzhou-2005";
    private static DatasetGraph dataset;

    private SeedServer() {}

    static synchronized DatasetGraph dataset() {
        if (dataset == null) {
            DatasetLoader loader = new DatasetLoader(ConvertOptions.defaults());
            loader.load(Path.of("seeds", "xuzhou-2005.txt"));
            DatasetGraph indexed = TextIndex.inMemory(DatasetGraphFactory.createTxnMem());
            DatasetGraph loaded = loader.dataset();
            Txn.executeRead(loaded, () -> Txn.executeWrite(indexed, () -> loaded.find().forEachRemaining(indexed::add)));
            dataset = indexed;
        }
        return dataset;
    }

    static KgServer start() {
        return KgServer.start(dataset(), 0, true, ServerLimits.DEFAULT, BASE);
    }

    /** The local address of a served IRI: its path on this server. */
    static String local(KgServer server, String iri) {
        return "http://localhost:" + server.port() + new Addresses(BASE).local(iri).orElseThrow();
    }
}
