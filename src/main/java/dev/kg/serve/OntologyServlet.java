package dev.kg.serve;

import dev.kg.docs.DocsGenerator;
import dev.kg.vocab.Ontology;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.WebContent;

/**
 * The ontology at its own path, as a linked-data client expects: {@code /ontology} answers Turtle,
 * JSON-LD, RDF/XML or N-Triples by content negotiation and the HTML reference to a browser;
 * {@code /ontology.ttl}, {@code /ontology.html} and {@code /ontology.svg} name one form each. Everything
 * is generated from {@code ontology/*.ttl} once, when the server starts.
 */
final class OntologyServlet extends HttpServlet {
    private static final AcceptList OFFERS = AcceptList.create(
            WebContent.contentTypeHTML, WebContent.contentTypeTurtle, WebContent.contentTypeJSONLD,
            WebContent.contentTypeRDFXML, WebContent.contentTypeNTriples);

    private final Ontology ontology;
    private final String html;
    private final String svg;

    OntologyServlet(Ontology ontology) {
        this.ontology = ontology;
        Map<String, String> docs = new DocsGenerator(ontology).render();
        this.html = docs.get(DocsGenerator.HTML);
        this.svg = docs.get(DocsGenerator.SVG);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI();
        resp.setHeader("Vary", "Accept");
        if (path.endsWith(".html")) {
            text(resp, WebContent.contentTypeHTML, html);
        } else if (path.endsWith(".svg")) {
            text(resp, "image/svg+xml", svg);
        } else if (path.endsWith(".ttl")) {
            rdf(resp, Lang.TURTLE);
        } else {
            String accept = req.getHeader("Accept");
            MediaType choice = AcceptList.match(accept == null ? AcceptList.create("*/*") : new AcceptList(accept), OFFERS);
            if (choice == null) {
                resp.sendError(HttpServletResponse.SC_NOT_ACCEPTABLE,
                        "offered: text/html, text/turtle, application/ld+json, application/rdf+xml, application/n-triples");
            } else if (choice.getContentTypeStr().equals(WebContent.contentTypeHTML)) {
                text(resp, WebContent.contentTypeHTML, html);
            } else {
                rdf(resp, RDFLanguages.contentTypeToLang(choice.getContentTypeStr()));
            }
        }
    }

    private void rdf(HttpServletResponse resp, Lang lang) throws IOException {
        resp.setContentType(lang.getContentType().getContentTypeStr());
        resp.setCharacterEncoding(StandardCharsets.UTF_8.name());
        try (OutputStream out = resp.getOutputStream()) {
            RDFDataMgr.write(out, ontology.model(), lang);
        }
    }

    private static void text(HttpServletResponse resp, String contentType, String body) throws IOException {
        resp.setContentType(contentType);
        resp.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resp.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }
}
