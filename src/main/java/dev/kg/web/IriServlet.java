package dev.kg.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.WebContent;

/**
 * A served IRI itself, after "Cool URIs for the Semantic Web": a slash IRI names a thing, not a
 * document, so it answers 303 See Other with the document chosen by the request's Accept header —
 * the HTML page for a browser, the description in Turtle, JSON-LD, N-Triples or RDF/XML for a program.
 * A hash IRI never reaches the server: its client asks for the document before the '#'.
 */
final class IriServlet extends HttpServlet {
    private static final String XHTML = "application/xhtml+xml";
    private static final Negotiation OFFERS = new Negotiation(WebContent.contentTypeHTML, XHTML,
            WebContent.contentTypeTurtle, WebContent.contentTypeJSONLD, WebContent.contentTypeNTriples,
            WebContent.contentTypeRDFXML);

    private final Site site;

    IriServlet(Site site) {
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = DocumentServlet.path(req);
        Optional<String> iri = site.addresses().iri(path);
        if (iri.isEmpty() || !site.read(t -> Description.known(NodeFactory.createURI(iri.get()), site.graphs()))) {
            Html.notFound(resp, iri.orElse(path));
            return;
        }
        String accept = req.getHeader("Accept");
        // a blank Accept says nothing either: any form will do
        Optional<MediaType> choice = OFFERS.choose(accept == null || accept.isBlank() ? null : accept, resp);
        if (choice.isEmpty()) {
            return;
        }
        String type = choice.get().getContentTypeStr();
        Optional<String> target = type.equals(WebContent.contentTypeHTML) || type.equals(XHTML)
                ? site.addresses().page(iri.get())
                : site.addresses().data(iri.get(), DocumentServlet.extension(type));
        resp.setStatus(HttpServletResponse.SC_SEE_OTHER);
        resp.setHeader("Location", target.orElseThrow());
    }
}
