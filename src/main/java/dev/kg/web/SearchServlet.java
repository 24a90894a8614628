package dev.kg.web;

import static dev.kg.web.Html.e;

import dev.kg.vocab.KGO;
import dev.kg.vocab.NIF;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.vocabulary.RDF;
import org.apache.lucene.queryparser.classic.QueryParserBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /search?q=…}: the words run through the full-text index ({@code text:query}, SmartCN) over
 * labels and sentences; entities are listed with their type and label, sentences with their article
 * and the match highlighted. The words reach Lucene as quoted phrases, all required, with Lucene's
 * special characters escaped, and reach SPARQL as a literal set by {@link ParameterizedSparqlString},
 * so no input changes either query's structure.
 */
final class SearchServlet extends HttpServlet {
    static final int MAX_QUERY = 100;
    private static final int MAX_HITS = 200;
    // highlight markers: private-use characters, which no text holds and HTML escaping leaves alone
    private static final String START = "\uE000";
    private static final String END = "\uE001";
    private static final String QUERY = """
            PREFIX text: <http://jena.apache.org/text#>
            SELECT ?s ?score ?lit { (?s ?score ?lit) text:query (?q ?max ?highlight) }
            """;

    private static final Logger LOG = LoggerFactory.getLogger(SearchServlet.class);

    private final Site site;

    SearchServlet(Site site) {
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String q = req.getParameter("q") == null ? "" : req.getParameter("q").strip();
        if (q.isEmpty()) {
            Html.send(resp, HttpServletResponse.SC_OK, Html.page("Search", "", "<h1>Search <span lang=\"zh-Hans\">搜索</span></h1>\n"
                    + "<p>Type a name or a few words in Chinese (simplified or traditional) or pinyin into the box above,"
                    + " e.g. <a href=\"" + Html.SEARCH + "?q=%E6%A3%80%E6%9F%A5%E7%BB%84\">检查组</a>.</p>\n"));
            return;
        }
        if (q.length() > MAX_QUERY) {
            Html.send(resp, HttpServletResponse.SC_BAD_REQUEST, Html.page("Search", "", "<h1>Search</h1>\n<p>The query is "
                    + q.length() + " characters long; at most " + MAX_QUERY + " are searched. Use fewer words.</p>\n"));
            return;
        }
        String body;
        int status = HttpServletResponse.SC_OK;
        if (site.dataset().getContext().get(TextQuery.textIndex) == null) {
            status = HttpServletResponse.SC_SERVICE_UNAVAILABLE;
            body = "<p>Search is not available: this server's dataset has no full-text index.</p>\n";
        } else {
            try {
                body = site.read(t -> results(t, q));
            } catch (RuntimeException ex) {
                // e.g. a query Lucene cannot run (too many clauses): say so, and keep the details in the log
                LOG.warn("search for '{}' failed", q, ex);
                status = HttpServletResponse.SC_BAD_REQUEST;
                body = "<p>Could not search for these words. Try fewer or other words.</p>\n";
            }
        }
        Html.send(resp, status, Html.page(q + " – search", q, "<h1>Search: <span lang=\"zh\">" + e(q) + "</span></h1>\n" + body));
    }

    /** Every word a required phrase, Lucene's special characters escaped. */
    static String luceneQuery(String words) {
        return Arrays.stream(words.split("\\s+")).filter(w -> !w.isEmpty())
                .map(w -> "\"" + QueryParserBase.escape(w) + "\"")
                .collect(Collectors.joining(" AND "));
    }

    static Query sparql(String words) {
        ParameterizedSparqlString pss = new ParameterizedSparqlString(QUERY);
        pss.setLiteral("q", luceneQuery(words));
        pss.setLiteral("max", MAX_HITS);
        pss.setLiteral("highlight", "highlight:s:" + START + " | e:" + END + " | z:2000");
        return pss.asQuery();
    }

    private String results(Terms t, String words) {
        Model m = t.model();
        Map<Resource, String> entities = new LinkedHashMap<>();
        Map<Resource, String> sentences = new LinkedHashMap<>();
        try (QueryExec exec = QueryExec.dataset(site.dataset()).query(sparql(words)).timeout(10, TimeUnit.SECONDS).build()) {
            RowSet rows = exec.select();
            while (rows.hasNext()) {
                Binding row = rows.next();
                RDFNode s = m.asRDFNode(row.get("s"));
                if (!s.isResource()) {
                    continue;
                }
                Resource r = s.asResource();
                String lit = row.get("lit") != null && row.get("lit").isLiteral() ? row.get("lit").getLiteralLexicalForm() : "";
                if (r.hasProperty(RDF.type, NIF.Sentence)) {
                    sentences.putIfAbsent(r, lit);
                } else if (r.hasProperty(RDF.type, KGO.Mention)) {
                    Resource entity = r.getPropertyResourceValue(NIF.taIdentRef);
                    if (entity != null) {
                        entities.putIfAbsent(entity, lit);
                    }
                } else {
                    entities.putIfAbsent(r, lit);
                }
            }
        }
        StringBuilder out = new StringBuilder();
        out.append("<h2>Entities (").append(entities.size()).append(")</h2>\n");
        if (!entities.isEmpty()) {
            out.append("<table>\n<tr><th>Name</th><th>Type</th><th>Matched</th></tr>\n");
            entities.forEach((r, lit) -> out.append("<tr><td>").append(t.html(r)).append("</td><td>")
                    .append(types(t, r)).append("</td><td lang=\"zh\">").append(marked(lit)).append("</td></tr>\n"));
            out.append("</table>\n");
        }
        out.append("<h2>Sentences (").append(sentences.size()).append(")</h2>\n");
        if (!sentences.isEmpty()) {
            out.append("<ul>\n");
            sentences.forEach((r, lit) -> {
                Resource article = r.getPropertyResourceValue(NIF.referenceContext);
                out.append("<li><span lang=\"zh\">").append(marked(lit)).append("</span> ");
                if (article != null) {
                    out.append("— ").append(t.html(article)).append(' ');
                }
                out.append(t.link(r, "<span class=\"muted\">[sentence]</span>")).append("</li>\n");
            });
            out.append("</ul>\n");
        }
        if (entities.isEmpty() && sentences.isEmpty()) {
            out.append("<p>Nothing found. Try fewer or shorter words.</p>\n");
        }
        return out.toString();
    }

    private static String types(Terms t, Resource r) {
        List<String> types = new ArrayList<>();
        r.listProperties(RDF.type).toList().stream().map(s -> s.getObject()).distinct().forEach(o -> types.add(t.html(o)));
        return String.join(", ", types);
    }

    /** The matched literal, escaped, with the index's highlight markers as {@code <mark>}. */
    static String marked(String literal) {
        return e(literal).replace(START, "<mark>").replace(END, "</mark>");
    }
}
