package dev.kg.web;

import dev.kg.convert.ConvertOptions;
import dev.kg.serve.KgServer;
import dev.kg.serve.ServerSettings;
import dev.kg.store.KgDatabase;
import java.nio.file.Path;
import org.apache.jena.sparql.core.DatasetGraph;

/** The seed article converted once per JVM into an in-memory kg database, as {@code kg serve --mem} holds it. */
final class SeedServer {
    static final String BASE = ConvertOptions.DEFAULT_BASE;
    static final String ARTICLE = BASE + "xuzhou-2005";
    private static DatasetGraph dataset;

    private SeedServer() {}

    static synchronized DatasetGraph dataset() {
        if (dataset == null) {
            // as kg serve --mem holds it: TDB2 with its union default graph, and the text index
            KgDatabase db = KgDatabase.inMemory();
            db.loader(ConvertOptions.defaults()).load(Path.of("seeds", "xuzhou-2005.txt"));
            dataset = db.dataset();
        }
        return dataset;
    }

    static KgServer start() {
        return KgServer.start(dataset(), ServerSettings.local(0).withBase(BASE));
    }

    /** The local address of a served IRI: its path on this server. */
    static String local(KgServer server, String iri) {
        return "http://localhost:" + server.port() + new Addresses(BASE).local(iri).orElseThrow();
    }
}
