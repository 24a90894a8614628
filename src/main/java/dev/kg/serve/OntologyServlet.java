package dev.kg.serve;

import dev.kg.docs.DocsGenerator;
import dev.kg.vocab.Ontology;
import dev.kg.web.Negotiation;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.WebContent;

/**
 * The ontology at its own path, as a linked-data client expects: {@code /ontology} answers Turtle,
 * JSON-LD, RDF/XML or N-Triples by content negotiation and the HTML reference to a browser;
 * {@code /ontology.ttl}, {@code /ontology.html} and {@code /ontology.svg} name one form each. Everything
 * is generated from {@code ontology/*.ttl} once, on the first request for the page or the diagram
 * (laying out the diagram takes seconds, which a server's start should not wait for).
 */
final class OntologyServlet extends HttpServlet {
    private static final Negotiation OFFERS = new Negotiation(
            WebContent.contentTypeHTML, WebContent.contentTypeTurtle, WebContent.contentTypeJSONLD,
            WebContent.contentTypeRDFXML, WebContent.contentTypeNTriples);

    private final Ontology ontology;
    private Map<String, String> docs;

    OntologyServlet(Ontology ontology) {
        this.ontology = ontology;
    }

    /** The HTML reference or the SVG diagram, rendered on first use. */
    private synchronized String doc(String which) {
        if (docs == null) {
            docs = new DocsGenerator(ontology).render();
        }
        return docs.get(which);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI();
        resp.setHeader("Vary", "Accept");
        if (path.endsWith(".html")) {
            text(resp, WebContent.contentTypeHTML, doc(DocsGenerator.HTML));
        } else if (path.endsWith(".svg")) {
            text(resp, "image/svg+xml", doc(DocsGenerator.SVG));
        } else if (path.endsWith(".ttl")) {
            rdf(resp, Lang.TURTLE);
        } else {
            Optional<MediaType> choice = OFFERS.choose(req.getHeader("Accept"), resp);
            if (choice.isPresent() && choice.get().getContentTypeStr().equals(WebContent.contentTypeHTML)) {
                text(resp, WebContent.contentTypeHTML, doc(DocsGenerator.HTML));
            } else if (choice.isPresent()) {
                rdf(resp, RDFLanguages.contentTypeToLang(choice.get().getContentTypeStr()));
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
