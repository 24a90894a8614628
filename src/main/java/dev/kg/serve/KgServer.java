package dev.kg.serve;

import dev.kg.diagram.ArticleDiagram;
import dev.kg.vocab.Ontology;
import dev.kg.web.Pages;
import java.net.BindException;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mod.admin.FMod_Admin;
import org.apache.jena.fuseki.mod.ui.FMod_UI;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.util.Context;

/**
 * An embedded, read-only Fuseki serving one dataset at {@code /kg}: SPARQL query at
 * {@code /kg/sparql} and {@code /kg/query}, graph store reads at {@code /kg/get}, open to pages of
 * any origin (CORS). Every query runs within the {@link ServerLimits}: a timeout, a row cap on
 * SELECT, and SERVICE only to listed hosts. The Fuseki UI (query editor) is at {@code /}, beside
 * Fuseki's admin area {@code /$/}, whose changes need the operator's password ({@link AdminAccess}).
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

    /** Starts serving {@code dsg} with the {@link ServerSettings#local default settings} but the port and interfaces. */
    public static KgServer start(DatasetGraph dsg, int port, boolean loopback) {
        return start(dsg, ServerSettings.local(port).withLoopback(loopback));
    }

    /**
     * Starts serving {@code dsg} read-only as {@code settings} say. The limits are set in the
     * dataset's context, where Fuseki and ARQ read them for every query.
     */
    public static KgServer start(DatasetGraph dsg, ServerSettings settings) {
        ServerLimits limits = settings.limits();
        int port = settings.port();
        String base = settings.base();
        limit(dsg.getContext(), limits);
        OntologyServlet ontology = new OntologyServlet(Ontology.standard());
        FusekiServer.Builder builder = FusekiServer.create()
                .port(port)
                .loopback(settings.loopback())
                // the UI needs the admin module (it sets up the server's work area, ./run or
                // $FUSEKI_BASE, and the /$/ servlets the UI calls); the admin module must come first
                .fusekiModules(FusekiModules.create(FMod_Admin.create(), FMod_UI.create()))
                .securityHandler(settings.admin().securityHandler())
                .registerOperation(Operation.Query, new CappedQuery(limits.maxRows()))
                .add(DATASET, dsg, false)
                .addFilter(DATASET + "/*", new ReadCors())
                .addServlet(ONTOLOGY, ontology)
                .addServlet(ONTOLOGY + ".ttl", ontology)
                .addServlet(ONTOLOGY + ".html", ontology)
                .addServlet(ONTOLOGY + ".svg", ontology);
        // each further part of the site installs its servlets here, one line each
        DatasetPublishing.install(builder, dsg, base);
        Pages.install(builder, dsg, base, ArticleDiagram::svg);
        FusekiServer server = builder.build();
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

    private static void limit(Context context, ServerLimits limits) {
        // ARQ cancels a query at this overall timeout (ms): it stops the work, and frees its
        // thread, also when the client has long gone; a client's own ?timeout= may only be shorter
        context.set(ARQ.queryTimeout, Long.toString(limits.timeout().toMillis()));
        context.set(ARQ.httpServiceAllowed, !limits.serviceHosts().isEmpty());
        ServiceExecutorRegistry services = ServiceExecutorRegistry.get().copy();
        services.addSingleLink(new ServiceAllowList(limits.serviceHosts()));
        ServiceExecutorRegistry.set(context, services);
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

    /** The server's root, where the Fuseki UI is: {@code http://localhost:PORT/}. */
    public String rootUrl() {
        return "http://localhost:" + port() + "/";
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
