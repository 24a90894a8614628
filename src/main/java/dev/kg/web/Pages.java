package dev.kg.web;

import dev.kg.vocab.Ontology;
import java.util.Optional;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The human and linked-data face of the server: every IRI under the base (and the concept schemes)
 * dereferences by content negotiation, each entity and article has an HTML page, {@code /articles}
 * lists the articles and {@code /search} searches them.
 *
 * <pre>
 *   FusekiServer.Builder builder = FusekiServer.create() ... ;
 *   Pages.install(builder, dsg, "https://w3id.org/kgnews/id/");
 * </pre>
 *
 * Paths: {@code /kgnews/id/…} (the base IRI's path) 303 to {@code /page/kgnews/id/…} (HTML) or
 * {@code /data/kgnews/id/….ttl|.jsonld|.nt|.rdf}; see {@link Addresses}.
 */
public final class Pages {
    private Pages() {}

    /** The path on the server where {@code iri}, minted under {@code base}, answers (empty if it is not served). */
    public static Optional<String> path(String base, String iri) {
        return new Addresses(base).local(iri);
    }

    /** Registers the pages, with no article diagram. */
    public static void install(FusekiServer.Builder builder, DatasetGraph dsg, String base) {
        install(builder, dsg, base, ArticleFigure.NONE);
    }

    /** Registers the pages; {@code figure} draws the diagram on each article's page. */
    public static void install(FusekiServer.Builder builder, DatasetGraph dsg, String base, ArticleFigure figure) {
        Addresses addresses = new Addresses(base);
        Site site = new Site(dsg, Ontology.standard(), addresses, figure);
        IriServlet iris = new IriServlet(site);
        for (Addresses.Namespace ns : addresses.namespaces()) {
            builder.addServlet(ns.path() + "*", iris);
        }
        builder.addServlet(Addresses.PAGE + "/*", new DocumentServlet(site, true));
        builder.addServlet(Addresses.DATA + "/*", new DocumentServlet(site, false));
        builder.addServlet(Html.ARTICLES, new ArticlesServlet(site));
        builder.addServlet(Html.SEARCH, new SearchServlet(site));
    }
}
