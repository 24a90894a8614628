package dev.kg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * The landing page at {@code /}: where the SPARQL endpoint and the ontology are, and which graphs
 * (one per article) the dataset holds, so that a browser pointed at the server finds its way in.
 */
final class HomeServlet extends HttpServlet {
    private final DatasetGraph dsg;

    HomeServlet(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        List<String> graphs = new ArrayList<>();
        Txn.executeRead(dsg, () -> dsg.listGraphNodes().forEachRemaining((Node g) -> graphs.add(g.toString())));
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>kg</title></head><body>\n")
                .append("<h1>kg: Chinese official-event news as a knowledge graph</h1>\n<ul>\n")
                .append("<li>SPARQL query endpoint: <a href=\"").append(KgServer.DATASET).append("/sparql\">")
                .append(KgServer.DATASET).append("/sparql</a> (GET or POST <code>query=</code>)</li>\n")
                .append("<li>Ontology: <a href=\"").append(KgServer.ONTOLOGY).append("\">").append(KgServer.ONTOLOGY)
                .append("</a> (HTML, or RDF by <code>Accept</code>)</li>\n</ul>\n")
                .append("<h2>Graphs (").append(graphs.size()).append(")</h2>\n<ul>\n");
        for (String g : graphs) {
            html.append("<li><code>").append(escape(g)).append("</code></li>\n");
        }
        html.append("</ul>\n</body></html>\n");
        byte[] body = html.toString().getBytes(StandardCharsets.UTF_8);
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType("text/html; charset=utf-8");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
