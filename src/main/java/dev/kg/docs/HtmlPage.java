package dev.kg.docs;

import dev.kg.diagram.Xml;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Renders an {@link OntologyDoc} as one self-contained HTML page (inline CSS and diagram, no scripts,
 * no external resources), with an anchor per term ({@code #Event}, {@code #role-chair}).
 */
final class HtmlPage {
    private static final String CSS = """
            body { font-family: "Noto Sans", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", Arial, sans-serif;
                   max-width: 1100px; margin: 2em auto; padding: 0 1em; line-height: 1.5; color: #1d2733; }
            h1, h2, h3 { line-height: 1.25; }
            h2 { border-bottom: 2px solid #c9d6e3; padding-bottom: .2em; margin-top: 2em; }
            h3 { margin: 0 0 .3em 0; }
            code { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: .92em; }
            a { color: #1f5f99; text-decoration: none; }
            a:hover { text-decoration: underline; }
            .term { border: 1px solid #d7e0ea; border-radius: 6px; padding: .8em 1em; margin: 1em 0; }
            .term:target, tr:target { background: #fff8dc; }
            .labels { color: #55657a; font-weight: normal; }
            .zh { color: #34495e; }
            dl { display: grid; grid-template-columns: max-content 1fr; gap: .2em 1em; margin: .5em 0 0 0; }
            dt { color: #55657a; }
            dd { margin: 0; }
            table { border-collapse: collapse; width: 100%; margin: .5em 0 1.5em 0; font-size: .95em; }
            th, td { border: 1px solid #d7e0ea; padding: .25em .5em; text-align: left; vertical-align: top; }
            th { background: #eef3f8; }
            .diagram { overflow-x: auto; border: 1px solid #d7e0ea; border-radius: 6px; }
            nav ul { columns: 3; }
            """;

    private final OntologyDoc doc;
    private final String inlineSvg;

    HtmlPage(OntologyDoc doc, String inlineSvg) {
        this.doc = doc;
        this.inlineSvg = inlineSvg;
    }

    String render() {
        StringBuilder out = new StringBuilder();
        OntologyDoc.Header h = doc.header();
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<title>").append(e(h.titleEn())).append(' ').append(e(h.version())).append("</title>\n")
                .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        header(out, h);
        contents(out);
        out.append("<section id=\"diagram\">\n<h2>Diagram <span class=\"labels\" lang=\"zh-Hans\">图示</span></h2>\n")
                .append("<p>Classes of the ontology and the classes they align to; arrows with a hollow head are ")
                .append("<code>rdfs:subClassOf</code>, labelled arrows are properties from domain to range ")
                .append("(declared in <code>kg.ttl</code> or required by <code>shapes.ttl</code>).</p>\n")
                .append("<div class=\"diagram\">\n").append(inlineSvg).append("</div>\n</section>\n");
        terms(out, "classes", "Classes", "类", doc.classes(), true);
        terms(out, "object-properties", "Object properties", "对象属性", doc.objectProperties(), false);
        terms(out, "datatype-properties", "Datatype properties", "数据属性", doc.datatypeProperties(), false);
        out.append("<section id=\"schemes\">\n<h2>Concept schemes <span class=\"labels\" lang=\"zh-Hans\">概念体系</span></h2>\n");
        doc.schemes().forEach(s -> scheme(out, s));
        out.append("</section>\n");
        out.append("<section id=\"shapes\">\n<h2>Shapes <span class=\"labels\" lang=\"zh-Hans\">形状约束</span></h2>\n")
                .append("<p>What every graph kg emits must satisfy (<code>shapes.ttl</code>, checked by ")
                .append("<code>kg validate</code>).</p>\n");
        doc.shapes().forEach(s -> shape(out, s));
        out.append("</section>\n");
        out.append("<footer><p>Generated from <code>ontology/*.ttl</code> by <code>kg docs</code>; ")
                .append("do not edit by hand.</p></footer>\n</body>\n</html>\n");
        return out.toString();
    }

    private void header(StringBuilder out, OntologyDoc.Header h) {
        out.append("<header>\n<h1>").append(e(h.titleEn())).append(" <span class=\"labels\" lang=\"zh-Hans\">")
                .append(e(h.titleZh())).append("</span></h1>\n")
                .append("<p lang=\"en\">").append(e(h.descriptionEn())).append("</p>\n")
                .append("<p lang=\"zh-Hans\" class=\"zh\">").append(e(h.descriptionZh())).append("</p>\n")
                .append("<dl>\n");
        dt(out, "IRI", href(h.iri(), h.iri()));
        dt(out, "Version", e(h.version()) + " (" + href(h.versionIri(), h.versionIri()) + ")");
        dt(out, "License", href(h.license(), h.license()));
        dt(out, "Creator", e(h.creator()));
        dt(out, "Prefix", "<code>" + e(h.prefix()) + ":</code> = <code>" + e(h.namespace()) + "</code>");
        out.append("</dl>\n</header>\n");
    }

    private void contents(StringBuilder out) {
        out.append("<nav>\n<h2>Contents</h2>\n<ul>\n")
                .append("<li><a href=\"#diagram\">Diagram</a></li>\n");
        for (var group : List.of(List.of("classes", "Classes"), List.of("object-properties", "Object properties"),
                List.of("datatype-properties", "Datatype properties"), List.of("schemes", "Concept schemes"),
                List.of("shapes", "Shapes"))) {
            out.append("<li><a href=\"#").append(group.get(0)).append("\">").append(group.get(1)).append("</a></li>\n");
        }
        out.append("</ul>\n<h3>Terms</h3>\n<ul>\n");
        for (List<OntologyDoc.Term> terms : List.of(doc.classes(), doc.objectProperties(), doc.datatypeProperties())) {
            for (OntologyDoc.Term t : terms) {
                out.append("<li><a href=\"#").append(e(t.anchor())).append("\"><code>").append(e(t.curie()))
                        .append("</code></a></li>\n");
            }
        }
        out.append("</ul>\n</nav>\n");
    }

    private void terms(StringBuilder out, String id, String title, String titleZh, List<OntologyDoc.Term> terms,
                       boolean classes) {
        out.append("<section id=\"").append(id).append("\">\n<h2>").append(title)
                .append(" <span class=\"labels\" lang=\"zh-Hans\">").append(titleZh).append("</span></h2>\n");
        for (OntologyDoc.Term t : terms) {
            out.append("<article class=\"term\" id=\"").append(e(t.anchor())).append("\">\n<h3><code>")
                    .append(e(t.curie())).append("</code> <span class=\"labels\">").append(e(t.labelEn()))
                    .append(" · <span lang=\"zh-Hans\">").append(e(t.labelZh())).append("</span></span></h3>\n")
                    .append("<p lang=\"en\">").append(e(t.commentEn())).append("</p>\n")
                    .append("<p lang=\"zh-Hans\" class=\"zh\">").append(e(t.commentZh())).append("</p>\n")
                    .append("<dl>\n");
            dt(out, "IRI", "<code>" + e(t.iri()) + "</code>");
            if (!t.characteristics().isEmpty()) {
                dt(out, "Characteristics", t.characteristics().stream()
                        .map(c -> "<code>" + e(c) + "</code>").collect(Collectors.joining(", ")));
            }
            links(out, classes ? "Subclass of" : "Subproperty of", t.supers());
            links(out, classes ? "Subclasses" : "Subproperties", t.subs());
            links(out, "Domain", t.domains());
            links(out, "Range", t.ranges());
            links(out, "See also", t.seeAlso());
            links(out, "Domain of", t.usedAsDomain());
            links(out, "Range of", t.usedAsRange());
            out.append("</dl>\n</article>\n");
        }
        out.append("</section>\n");
    }

    private void scheme(StringBuilder out, OntologyDoc.Scheme s) {
        out.append("<h3 id=\"").append(e(s.anchor())).append("\">").append(e(s.labelEn()))
                .append(" <span class=\"labels\" lang=\"zh-Hans\">").append(e(s.labelZh())).append("</span> ")
                .append("<code>").append(e(s.iri())).append("</code></h3>\n")
                .append("<table>\n<thead><tr><th>notation</th><th>zh-Hans</th><th>zh-Hant</th><th>pinyin</th>")
                .append("<th>en</th><th>broader</th><th>definition</th></tr></thead>\n<tbody>\n");
        for (OntologyDoc.Concept c : s.concepts()) {
            out.append("<tr id=\"").append(e(c.anchor())).append("\"><td><a href=\"#").append(e(c.anchor()))
                    .append("\"><code>").append(e(c.notation())).append("</code></a></td>")
                    .append("<td lang=\"zh-Hans\">").append(e(c.zhHans())).append("</td>")
                    .append("<td lang=\"zh-Hant\">").append(e(c.zhHant())).append("</td>")
                    .append("<td lang=\"zh-Latn-pinyin\">").append(e(c.pinyin())).append("</td>")
                    .append("<td lang=\"en\">").append(e(c.en())).append("</td>")
                    .append("<td>").append(c.broader().map(HtmlPage::link).orElse("")).append("</td>")
                    .append("<td>").append(definition(c)).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    private static String definition(OntologyDoc.Concept c) {
        if (c.definitionEn().isEmpty() && c.definitionZh().isEmpty()) {
            return "";
        }
        return "<span lang=\"en\">" + e(c.definitionEn()) + "</span><br/><span lang=\"zh-Hans\" class=\"zh\">"
                + e(c.definitionZh()) + "</span>";
    }

    private void shape(StringBuilder out, OntologyDoc.Shape s) {
        out.append("<h3 id=\"").append(e(s.anchor())).append("\"><code>").append(e(s.curie()))
                .append("</code>");
        if (!s.targets().isEmpty()) {
            out.append(" <span class=\"labels\">on ").append(s.targets().stream().map(HtmlPage::link)
                    .collect(Collectors.joining(", "))).append("</span>");
        }
        out.append("</h3>\n");
        if (!s.constraints().isEmpty()) {
            out.append("<table>\n<thead><tr><th>property</th><th>count</th><th>values</th><th>message</th></tr></thead>\n<tbody>\n");
            for (OntologyDoc.Constraint c : s.constraints()) {
                String values = c.valueLinks().stream().map(HtmlPage::link).collect(Collectors.joining(", "));
                if (!c.valueText().isEmpty()) {
                    values = values.isEmpty() ? e(c.valueText()) : values + "; " + e(c.valueText());
                }
                out.append("<tr><td><code>").append(e(c.path())).append("</code></td><td>").append(e(c.count()))
                        .append("</td><td>").append(values).append("</td><td>").append(e(c.message()))
                        .append("</td></tr>\n");
            }
            out.append("</tbody>\n</table>\n");
        }
        if (!s.checks().isEmpty()) {
            out.append("<p>Also checked (SPARQL):</p>\n<ul>\n");
            s.checks().forEach(m -> out.append("<li>").append(e(m)).append("</li>\n"));
            out.append("</ul>\n");
        }
    }

    private static void links(StringBuilder out, String label, List<OntologyDoc.Link> links) {
        if (!label.isEmpty() && !links.isEmpty()) {
            dt(out, label, links.stream().map(HtmlPage::link).collect(Collectors.joining(", ")));
        }
    }

    private static void dt(StringBuilder out, String term, String html) {
        out.append("<dt>").append(e(term)).append("</dt><dd>").append(html).append("</dd>\n");
    }

    private static String link(OntologyDoc.Link l) {
        return "<a href=\"" + e(l.href()) + "\"><code>" + e(l.text()) + "</code></a>";
    }

    private static String href(String url, String text) {
        return url.isEmpty() ? "" : "<a href=\"" + e(url) + "\">" + e(text) + "</a>";
    }

    private static String e(String s) {
        return Xml.escape(s);
    }
}
