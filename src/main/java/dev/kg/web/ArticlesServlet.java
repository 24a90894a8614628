package dev.kg.web;

import static dev.kg.web.Html.e;

import dev.kg.vocab.KGO;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;

/** {@code /articles}: the home page of the data — every article with its date and what it holds, and the ways in. */
final class ArticlesServlet extends HttpServlet {
    private final Site site;

    ArticlesServlet(Site site) {
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String rows = site.read(t -> {
            StringBuilder out = new StringBuilder();
            List<Resource> articles = t.model().listSubjectsWithProperty(RDF.type, KGO.Article).toList().stream()
                    .filter(Resource::isURIResource).distinct()
                    .sorted(Comparator.comparing(Resource::getURI)).toList();
            for (Resource a : articles) {
                Graph own = site.dataset().getGraph(a.asNode());
                String id = Terms.literal(a, DCTerms.identifier, "").map(Terms.Label::text).orElse(a.getURI());
                String date = Terms.literal(a, SchemaDO.datePublished, "").map(Terms.Label::text).orElse("");
                out.append("<tr><td>").append(t.link(a, e(id))).append("</td><td>").append(e(date)).append("</td><td>")
                        .append(count(own, FOAF.Person)).append("</td><td>").append(count(own, KGO.Event)).append("</td></tr>\n");
            }
            return "<p>" + articles.size() + (articles.size() == 1 ? " article" : " articles") + "</p>\n"
                    + "<table>\n<tr><th>Article</th><th>Published</th><th>Persons</th><th>Events</th></tr>\n" + out + "</table>\n";
        });
        String body = "<h1>Articles <span lang=\"zh-Hans\">文章</span></h1>\n"
                + "<p>Chinese news articles about official events, as a knowledge graph. Search names and sentences"
                + " with the box above, ask anything in the <a href=\"" + Html.QUERY_EDITOR + "\">SPARQL query editor</a>"
                + " (endpoint <code>/kg/sparql</code>), or read the <a href=\"" + Html.ONTOLOGY + "\">ontology</a>.</p>\n"
                + rows;
        Html.send(resp, HttpServletResponse.SC_OK, Html.page("Articles", "", body));
    }

    private static long count(Graph g, Resource type) {
        return g.stream(Node.ANY, RDF.type.asNode(), type.asNode()).count();
    }
}
