package dev.kg.web;

import dev.kg.vocab.KGO;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.vocabulary.RDF;

/**
 * The documents about a served IRI: {@code /page/PATH} its HTML page (an article's page when it is a
 * {@code kgo:Article}), {@code /data/PATH.EXT} its description in one RDF syntax, written by Jena's
 * RIOT writers. Unknown IRIs get the 404 page.
 */
final class DocumentServlet extends HttpServlet {
    /** File extension → syntax of a description. */
    static final Map<String, RDFFormat> SYNTAXES = Map.of("ttl", RDFFormat.TURTLE_PRETTY, "jsonld", RDFFormat.JSONLD,
            "nt", RDFFormat.NTRIPLES, "rdf", RDFFormat.RDFXML_PLAIN);

    private final Site site;
    private final boolean html;

    /** @param html serve pages ({@code /page/*}) rather than data ({@code /data/*}) */
    DocumentServlet(Site site, boolean html) {
        this.site = site;
        this.html = html;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "" : req.getPathInfo();
        String ext = null;
        if (!html) {
            int dot = path.lastIndexOf('.');
            ext = dot < 0 ? null : path.substring(dot + 1);
            if (ext == null || !SYNTAXES.containsKey(ext) || path.lastIndexOf('/') > dot) {
                Html.notFound(resp, req.getRequestURI() + " (a data document ends in .ttl, .jsonld, .nt or .rdf)");
                return;
            }
            path = path.substring(0, dot);
        }
        Optional<String> iri = site.addresses().iri(path);
        if (iri.isEmpty()) {
            Html.notFound(resp, path);
            return;
        }
        Node node = NodeFactory.createURI(iri.get());
        if (html) {
            Optional<String> page = site.read(t -> {
                if (!Description.known(node, site.graphs())) {
                    return Optional.<String>empty();
                }
                Resource r = t.model().getResource(iri.get());
                if (r.hasProperty(RDF.type, KGO.Article)) {
                    Graph own = site.dataset().getGraph(node);
                    return Optional.of(ArticlePage.render(t, r, own, site.figure()));
                }
                return Optional.of(EntityPage.render(t, r));
            });
            if (page.isEmpty()) {
                Html.notFound(resp, iri.get());
            } else {
                Html.send(resp, HttpServletResponse.SC_OK, page.get());
            }
            return;
        }
        RDFFormat format = SYNTAXES.get(ext);
        Optional<byte[]> body = site.read(t -> {
            if (!Description.known(node, site.graphs())) {
                return Optional.<byte[]>empty();
            }
            Graph g = Description.of(node, site.graphs());
            g.getPrefixMapping().setNsPrefixes(site.prefixes());
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            RDFDataMgr.write(bytes, g, format);
            return Optional.of(bytes.toByteArray());
        });
        if (body.isEmpty()) {
            Html.notFound(resp, iri.get());
            return;
        }
        Lang lang = format.getLang();
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType(lang.getContentType().getContentTypeStr() + "; charset=utf-8");
        resp.setContentLength(body.get().length);
        resp.getOutputStream().write(body.get());
    }

    /** The decoded request path, servlet prefix included. */
    static String path(HttpServletRequest req) {
        return req.getServletPath() + (req.getPathInfo() == null ? "" : req.getPathInfo());
    }

    /** The file extension of a description's media type. */
    static String extension(String contentType) {
        return SYNTAXES.entrySet().stream()
                .filter(e -> e.getValue().getLang().getContentType().getContentTypeStr().equals(contentType))
                .map(Map.Entry::getKey).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no syntax for " + contentType));
    }
}
