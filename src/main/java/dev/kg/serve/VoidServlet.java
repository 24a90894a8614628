package dev.kg.serve;

import dev.kg.web.Negotiation;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.WebContent;

/**
 * {@code /.well-known/void}: the {@link VoidDescription} in Turtle (the default), JSON-LD,
 * N-Triples or RDF/XML by content negotiation. The statistics are computed at the first request and
 * kept: the data changes only by {@code kg load}, between two runs of the server. The URLs in it
 * (endpoint, dumps) are those of the host the client asked.
 */
final class VoidServlet extends HttpServlet {
    private static final Negotiation OFFERS = new Negotiation(WebContent.contentTypeTurtle,
            WebContent.contentTypeJSONLD, WebContent.contentTypeNTriples, WebContent.contentTypeRDFXML);

    private final Supplier<VoidDescription> compute;
    private VoidDescription description;

    VoidServlet(Supplier<VoidDescription> compute) {
        this.compute = compute;
    }

    /** Computed once, at the first request rather than at start-up, which stays fast on a large store. */
    private synchronized VoidDescription description() {
        if (description == null) {
            description = compute.get();
        }
        return description;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<MediaType> choice = OFFERS.choose(req.getHeader("Accept"), resp);
        if (choice.isEmpty()) {
            return;
        }
        Lang lang = RDFLanguages.contentTypeToLang(choice.get().getContentTypeStr());
        resp.setContentType(lang.getContentType().getContentTypeStr());
        resp.setCharacterEncoding(StandardCharsets.UTF_8.name());
        try (OutputStream out = resp.getOutputStream()) {
            RDFDataMgr.write(out, description().describe(root(req)), lang);
        }
    }

    /** Scheme, host and port as the client addressed the server (its Host header). */
    private static String root(HttpServletRequest req) {
        StringBuffer url = req.getRequestURL();
        return url.substring(0, url.length() - req.getRequestURI().length());
    }
}
