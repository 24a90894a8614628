package dev.kg.web;

import static dev.kg.web.Html.e;

import dev.kg.rdf.CodePoints;
import dev.kg.vocab.KGO;
import dev.kg.vocab.NIF;
import dev.kg.vocab.PROV;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;

/**
 * An article's page: its original text with every mention highlighted and linked to the entity it
 * names, the diagram of its people, organizations, places and events ({@link ArticleFigure}), and the
 * list of them. Mention offsets index the article's {@code nif:isString}; an article without one
 * (an RDF file from elsewhere) gets its text rebuilt from its sentences' {@code nif:anchorOf} at their
 * {@code nif:beginIndex}, and the page says so.
 */
final class ArticlePage {
    /** A mention shown in the text: its span, the entity it names, and that entity's kind (a CSS class). */
    /** A mention at UTF-16 indices {@code begin..end} of the page's text; {@code id} is its {@code char=b,e} in characters. */
    record Mention(Resource node, int begin, int end, String id, Resource entity, String kind) {}

    private ArticlePage() {}

    static String render(Terms t, Resource article, Graph articleGraph, ArticleFigure figure) {
        Model m = t.model();
        StringBuilder out = new StringBuilder();
        String title = Terms.literal(article, DCTerms.identifier, "").map(Terms.Label::text).orElse(t.label(article).text());
        out.append("<h1>").append(e(title)).append("</h1>\n<p><code>").append(e(article.getURI())).append("</code>");
        Terms.literal(article, SchemaDO.datePublished, "").ifPresent(d -> out.append(" · published ").append(e(d.text())));
        out.append("</p>\n");

        Model own = ModelFactory.createModelForGraph(articleGraph);
        String svg = figure.svg(articleGraph, article.getURI(), iri -> t.href(iri).orElse("#"));
        // the diagram slot: filled by the ArticleFigure given to Pages.install
        if (!svg.isEmpty()) {
            out.append("<figure id=\"diagram\">").append(svg)
                    .append("<figcaption>People, organizations, places and events of the article</figcaption></figure>\n");
        } else {
            out.append("<!-- diagram: none (no ArticleFigure installed) -->\n");
        }

        String text;
        Optional<String> whole = Terms.literal(article, NIF.isString, "").map(Terms.Label::text);
        if (whole.isPresent()) {
            text = whole.get();
        } else {
            text = fromSentences(m, article);
            out.append("<p class=\"muted\">This article's graph holds no full text (nif:isString);"
                    + " the text below is rebuilt from its sentences.</p>\n");
        }
        List<Mention> mentions = mentions(m, article, text);
        out.append("<h2>Text</h2>\n<div class=\"text\" lang=\"zh\">").append(highlighted(t, text, mentions)).append("</div>\n");

        out.append("<h2>In this article</h2>\n");
        entities(out, t, own, "Persons", FOAF.Person);
        entities(out, t, own, "Organizations", ORG.Organization);
        entities(out, t, own, "Places", SchemaDO.Place);
        entities(out, t, own, "Events", KGO.Event);
        EntityPage.forms(out, t.addresses(), article.getURI());
        return Html.page(title, "", out.toString());
    }

    /**
     * The text with mentions as links. Mentions nest (徐州市 inside 徐州市委): the outermost one links
     * its whole span, and those inside it follow it as superscript links, since a link may not hold another.
     */
    static String highlighted(Terms t, String text, List<Mention> mentions) {
        StringBuilder out = new StringBuilder();
        int pos = 0;
        for (int i = 0; i < mentions.size(); ) {
            Mention top = mentions.get(i);
            out.append(e(text.substring(pos, top.begin())));
            out.append(anchor(t, text, top, top.id()));
            int j = i + 1;
            while (j < mentions.size() && mentions.get(j).begin() < top.end()) {
                Mention inner = mentions.get(j);
                out.append("<sup id=\"").append(inner.id()).append("\">")
                        .append(anchor(t, text, inner, null)).append("</sup>");
                j++;
            }
            pos = top.end();
            i = j;
        }
        out.append(e(text.substring(pos)));
        return out.toString();
    }

    private static String anchor(Terms t, String text, Mention m, String id) {
        String href = t.href(m.entity().getURI()).orElse("#");
        return "<a class=\"mention " + m.kind() + "\"" + (id == null ? "" : " id=\"" + id + "\"")
                + " href=\"" + e(href) + "\" title=\"" + e(t.label(m.entity()).text()) + "\">"
                + e(text.substring(m.begin(), m.end())) + "</a>";
    }

    /**
     * The article's mentions that name an entity (itsrdf:taIdentRef) or an event (the event's
     * prov:wasDerivedFrom), in text order, outer before inner; spans outside the text are left out.
     */
    static List<Mention> mentions(Model m, Resource article, String text) {
        CodePoints chars = new CodePoints(text); // NIF offsets count characters; Java indexes UTF-16 units
        List<Mention> found = new ArrayList<>();
        for (Resource node : m.listSubjectsWithProperty(NIF.referenceContext, article).toList()) {
            if (!node.hasProperty(RDF.type, KGO.Mention) || !node.hasProperty(NIF.beginIndex) || !node.hasProperty(NIF.endIndex)) {
                continue;
            }
            Resource entity = node.getPropertyResourceValue(NIF.taIdentRef);
            if (entity == null) {
                entity = m.listSubjectsWithProperty(PROV.wasDerivedFrom, node).toList().stream()
                        .filter(s -> s.hasProperty(RDF.type, KGO.Event)).findFirst().orElse(null);
            }
            int b = node.getProperty(NIF.beginIndex).getInt();
            int end = node.getProperty(NIF.endIndex).getInt();
            if (entity != null && entity.isURIResource() && 0 <= b && b < end && end <= chars.length()
                    && found.stream().noneMatch(f -> f.node().equals(node))) {
                found.add(new Mention(node, chars.utf16(b), chars.utf16(end), "char=" + b + "," + end, entity, kind(entity)));
            }
        }
        found.sort(Comparator.comparingInt(Mention::begin).thenComparing(Comparator.comparingInt(Mention::end).reversed()));
        return found;
    }

    static String kind(Resource entity) {
        if (entity.hasProperty(RDF.type, FOAF.Person)) {
            return "person";
        } else if (entity.hasProperty(RDF.type, ORG.Organization)) {
            return "org";
        } else if (entity.hasProperty(RDF.type, SchemaDO.Place)) {
            return "place";
        } else if (entity.hasProperty(RDF.type, KGO.Event)) {
            return "event";
        }
        return "other";
    }

    /** The text rebuilt from the sentences: each at its offset, the gaps between them as spaces. */
    static String fromSentences(Model m, Resource article) {
        StringBuilder text = new StringBuilder();
        int[] chars = {0}; // the text's length in characters, the unit of NIF offsets
        m.listSubjectsWithProperty(NIF.referenceContext, article).toList().stream()
                .filter(s -> s.hasProperty(RDF.type, NIF.Sentence) && s.hasProperty(NIF.beginIndex) && s.hasProperty(NIF.anchorOf))
                .distinct()
                .sorted(Comparator.comparingInt(s -> s.getProperty(NIF.beginIndex).getInt()))
                .forEach(s -> {
                    int b = s.getProperty(NIF.beginIndex).getInt();
                    for (; chars[0] < b; chars[0]++) {
                        text.append(' ');
                    }
                    if (chars[0] == b) {
                        String sentence = s.getProperty(NIF.anchorOf).getString();
                        text.append(sentence);
                        chars[0] += sentence.codePointCount(0, sentence.length());
                    }
                });
        return text.toString();
    }

    private static void entities(StringBuilder out, Terms t, Model own, String title, Resource type) {
        List<String> items = own.listSubjectsWithProperty(RDF.type, type).toList().stream()
                .map(r -> r.inModel(t.model()))
                .sorted(Comparator.comparing((Resource r) -> t.label(r).text()))
                .map(t::html).toList();
        if (!items.isEmpty()) {
            out.append("<h3>").append(title).append(" (").append(items.size()).append(")</h3>\n<p>")
                    .append(String.join("、", items)).append("</p>\n");
        }
    }
}
