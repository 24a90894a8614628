package dev.kg.serve;

import dev.kg.vocab.Ontology;
import java.net.BindException;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * An embedded, read-only Fuseki serving one dataset at {@code /kg}: SPARQL query at
 * {@code /kg/sparql} and {@code /kg/query}, graph store reads at {@code /kg/get}.
 *
 * <pre>
 *   try (KgServer server = KgServer.start(dsg, 0, true)) {
 *       String endpoint = server.sparqlUrl();   // http://localhost:PORT/kg/sparql
 *   }
 * </pre>
 */
public final class KgServer implements AutoCloseable {
    public static final String DATASET = "/kg";
    public static final int DEFAULT_PORT = 3030;
    /** Where the ontology is served (HTML reference, Turtle and the other RDF forms, the diagram). */
    public static final String ONTOLOGY = "/ontology";

    private final FusekiServer server;

    private KgServer(FusekiServer server) {
        this.server = server;
    }

    /**
     * Starts serving {@code dsg} read-only on {@code port} (0 picks a free one).
     *
     * @param loopback listen on localhost only, rather than on every interface
     */
    public static KgServer start(DatasetGraph dsg, int port, boolean loopback) {
        OntologyServlet ontology = new OntologyServlet(Ontology.standard());
        FusekiServer server = FusekiServer.create()
                .port(port)
                .loopback(loopback)
                .add(DATASET, dsg, false)
                .addServlet(ONTOLOGY, ontology)
                .addServlet(ONTOLOGY + ".ttl", ontology)
                .addServlet(ONTOLOGY + ".html", ontology)
                .addServlet(ONTOLOGY + ".svg", ontology)
                .build();
        try {
            server.start();
        } catch (RuntimeException e) {
            if (hasCause(e, BindException.class)) {
                throw new ServeException("port " + port + " is already in use"
                        + " (stop the other server, or choose another with --port; --port 0 picks a free one)", e);
            }
            throw e;
        }
        return new KgServer(server);
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** The port actually listened on (the free one chosen when started with port 0). */
    public int port() {
        return server.getHttpPort();
    }

    public String datasetUrl() {
        return "http://localhost:" + port() + DATASET;
    }

    public String ontologyUrl() {
        return "http://localhost:" + port() + ONTOLOGY;
    }

    public String sparqlUrl() {
        return datasetUrl() + "/sparql";
    }

    /** Blocks until the server stops (on Ctrl-C the JVM shuts it down). */
    public void join() {
        server.join();
    }

    public void stop() {
        server.stop();
    }

    @Override
    public void close() {
        stop();
    }
}
