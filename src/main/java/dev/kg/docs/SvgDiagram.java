package dev.kg.docs;

import dev.kg.diagram.ElkLayout;
import dev.kg.diagram.Svg;
import dev.kg.diagram.TextMetrics;
import dev.kg.diagram.Xml;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Draws a {@link ClassDiagram} as SVG, laid out by ELK ({@link ElkLayout}): a box per class (our classes
 * with their en and zh-Hans labels, external ones dashed), hollow-headed arrows for subclass edges,
 * labelled arrows for properties, and a legend. Needs no tool beyond the JDK.
 */
final class SvgDiagram {
    static final double MARGIN = 24;
    private static final String FONT = "'Noto Sans', 'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', "
            + "'Microsoft YaHei', 'DejaVu Sans', Arial, sans-serif";
    private static final double CURIE_FONT = 13;
    private static final double LABEL_FONT = 12;
    private static final double TITLE_TOP = 64;
    private static final double BOX_HEIGHT = 40;
    private static final double EDGE_LABEL_FONT = 11;
    private static final double EDGE_LABEL_HEIGHT = 15;
    private static final String OWN_FILL = "#e6f0fa";
    private static final String OWN_STROKE = "#2f6ea5";
    private static final String EXTERNAL_FILL = "#f5f5f5";
    private static final String EXTERNAL_STROKE = "#8a8a8a";
    private static final String PROPERTY_COLOUR = "#b0541c";
    private static final String SUBCLASS_COLOUR = "#6d7885";

    private final ClassDiagram diagram;
    private final String title;

    SvgDiagram(ClassDiagram diagram, String title) {
        this.diagram = diagram;
        this.title = title;
    }

    /**
     * @param pageHref   what links to our terms point to: {@code ontology.html} from a standalone file,
     *                   {@code ""} inside that page
     * @param standalone whether to start with an XML declaration (a file) or not (inline in HTML)
     */
    String render(String pageHref, boolean standalone) {
        return render(layout(), pageHref, standalone);
    }

    private String render(ElkLayout.Result layout, String pageHref, boolean standalone) {
        double legendTop = layout.height() + 36;
        double width = Math.max(layout.width() + MARGIN, 760);
        double height = legendTop + 60;

        StringBuilder out = new StringBuilder();
        if (standalone) {
            out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        }
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(n(width)).append("\" height=\"")
                .append(n(height)).append("\" viewBox=\"0 0 ").append(n(width)).append(' ').append(n(height))
                .append("\" font-family=\"").append(Xml.escape(FONT)).append("\" role=\"img\">\n")
                .append("<title>").append(Xml.escape(title)).append("</title>\n");
        defs(out);
        out.append("<rect x=\"0\" y=\"0\" width=\"").append(n(width)).append("\" height=\"").append(n(height))
                .append("\" fill=\"#ffffff\"/>\n");
        out.append("<text x=\"").append(n(MARGIN)).append("\" y=\"34\" font-size=\"18\" font-weight=\"bold\" fill=\"#1d2733\">")
                .append(Xml.escape(title)).append("</text>\n");
        out.append("<g fill=\"none\" stroke-width=\"1.3\">\n");
        for (int i = 0; i < layout.routes().size(); i++) {
            route(out, layout.routes().get(i), diagram.edges().get(i));
        }
        out.append("</g>\n<g font-size=\"").append(n(EDGE_LABEL_FONT)).append("\">\n");
        for (ElkLayout.Route r : layout.routes()) {
            if (r.label().isEmpty()) {
                continue;
            }
            ElkLayout.Box b = r.label().get();
            out.append("<rect x=\"").append(n(b.x())).append("\" y=\"").append(n(b.y())).append("\" width=\"")
                    .append(n(b.w())).append("\" height=\"").append(n(b.h()))
                    .append("\" rx=\"3\" fill=\"#ffffff\" fill-opacity=\"0.92\" stroke=\"").append(PROPERTY_COLOUR)
                    .append("\" stroke-width=\"0.5\"/>\n")
                    .append("<text x=\"").append(n(b.cx())).append("\" y=\"").append(n(b.y() + b.h() - 4))
                    .append("\" text-anchor=\"middle\" fill=\"").append(PROPERTY_COLOUR).append("\">")
                    .append(Xml.escape(r.edge().label())).append("</text>\n");
        }
        out.append("</g>\n<g>\n");
        for (ClassDiagram.Node node : diagram.nodes()) {
            box(out, node, layout.boxes().get(node.iri()), pageHref);
        }
        out.append("</g>\n");
        legend(out, legendTop);
        out.append("</svg>\n");
        return out.toString();
    }

    /** Superclasses above subclasses, domains above ranges; the drawing starts below the title. */
    ElkLayout.Result layout() {
        List<ElkLayout.Node> nodes = diagram.nodes().stream()
                .map(n -> new ElkLayout.Node(n.iri(), boxWidth(n), BOX_HEIGHT)).toList();
        List<ElkLayout.Edge> edges = diagram.edges().stream().map(e -> e.kind() == ClassDiagram.Kind.SUBCLASS
                ? new ElkLayout.Edge(e.to(), e.from())
                : new ElkLayout.Edge(e.from(), e.to(), e.label(), TextMetrics.width(e.label(), EDGE_LABEL_FONT, false) + 8,
                        EDGE_LABEL_HEIGHT)).toList();
        ElkLayout.Result r = ElkLayout.layout(nodes, edges, ElkLayout.Options.downward().withOrthogonal(true));
        return ElkLayout.translate(r, MARGIN, TITLE_TOP);
    }

    private static void defs(StringBuilder out) {
        out.append("<defs>\n")
                .append("<marker id=\"kg-arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"9\" ")
                .append("markerHeight=\"9\" orient=\"auto-start-reverse\" markerUnits=\"userSpaceOnUse\">")
                .append("<path d=\"M0,0 L10,5 L0,10 z\" fill=\"").append(PROPERTY_COLOUR).append("\"/></marker>\n")
                .append("<marker id=\"kg-subclass\" viewBox=\"0 0 12 12\" refX=\"11\" refY=\"6\" markerWidth=\"13\" ")
                .append("markerHeight=\"13\" orient=\"auto-start-reverse\" markerUnits=\"userSpaceOnUse\">")
                .append("<path d=\"M1,1 L11,6 L1,11 z\" fill=\"#ffffff\" stroke=\"").append(SUBCLASS_COLOUR)
                .append("\" stroke-width=\"1.2\"/></marker>\n")
                .append("</defs>\n");
    }

    private static void route(StringBuilder out, ElkLayout.Route r, ClassDiagram.Edge edge) {
        boolean subclass = edge.kind() == ClassDiagram.Kind.SUBCLASS;
        // subclass edges were laid out superclass → subclass; the arrow points to the superclass
        List<ElkLayout.Point> pts = new ArrayList<>(r.points());
        if (subclass) {
            Collections.reverse(pts);
        }
        StringBuilder d = new StringBuilder();
        for (ElkLayout.Point p : pts) {
            d.append(d.length() == 0 ? "M" : " L").append(n(p.x())).append(',').append(n(p.y()));
        }
        out.append("<path d=\"").append(d).append("\" stroke=\"")
                .append(subclass ? SUBCLASS_COLOUR : PROPERTY_COLOUR).append('"')
                .append(subclass ? " stroke-dasharray=\"5,3\"" : "")
                .append(" marker-end=\"url(#").append(subclass ? "kg-subclass" : "kg-arrow").append(")\"><title>")
                .append(Xml.escape(edge.from() + (subclass ? " rdfs:subClassOf " : " " + edge.label() + " ")
                        + edge.to()))
                .append("</title></path>\n");
    }

    private static void box(StringBuilder out, ClassDiagram.Node node, ElkLayout.Box b, String pageHref) {
        String href = node.own() ? pageHref + "#" + node.anchor() : node.iri();
        out.append("<a href=\"").append(Xml.escape(href)).append("\">\n")
                .append("<rect x=\"").append(n(b.x())).append("\" y=\"").append(n(b.y())).append("\" width=\"")
                .append(n(b.w())).append("\" height=\"").append(n(b.h())).append("\" rx=\"5\" fill=\"")
                .append(node.own() ? OWN_FILL : EXTERNAL_FILL).append("\" stroke=\"")
                .append(node.own() ? OWN_STROKE : EXTERNAL_STROKE).append('"')
                .append(node.own() ? " stroke-width=\"1.4\"" : " stroke-dasharray=\"4,2\"").append("/>\n");
        if (node.own()) {
            out.append("<text x=\"").append(n(b.cx())).append("\" y=\"").append(n(b.y() + 17))
                    .append("\" text-anchor=\"middle\" font-size=\"").append(n(CURIE_FONT))
                    .append("\" font-weight=\"bold\" fill=\"#123a5e\">").append(Xml.escape(node.curie())).append("</text>\n")
                    .append("<text x=\"").append(n(b.cx())).append("\" y=\"").append(n(b.y() + 33))
                    .append("\" text-anchor=\"middle\" font-size=\"").append(n(LABEL_FONT)).append("\" fill=\"#33475b\">")
                    .append(Xml.escape(labels(node))).append("</text>\n");
        } else {
            out.append("<text x=\"").append(n(b.cx())).append("\" y=\"").append(n(b.y() + 25))
                    .append("\" text-anchor=\"middle\" font-size=\"").append(n(CURIE_FONT)).append("\" fill=\"#444444\">")
                    .append(Xml.escape(node.curie())).append("</text>\n");
        }
        out.append("</a>\n");
    }

    private void legend(StringBuilder out, double y) {
        double x = MARGIN;
        out.append("<g font-size=\"12\" fill=\"#33475b\">\n");
        out.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"34\" height=\"18\" rx=\"4\" fill=\"")
                .append(OWN_FILL).append("\" stroke=\"").append(OWN_STROKE).append("\"/>\n")
                .append(text(x + 42, y + 13, "kg class (kgo:), with en · zh-Hans labels"));
        x += 300;
        out.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"34\" height=\"18\" rx=\"4\" fill=\"")
                .append(EXTERNAL_FILL).append("\" stroke=\"").append(EXTERNAL_STROKE).append("\" stroke-dasharray=\"4,2\"/>\n")
                .append(text(x + 42, y + 13, "external class it aligns to"));
        x += 230;
        out.append("<path d=\"M").append(n(x)).append(',').append(n(y + 9)).append(" L").append(n(x + 40)).append(',')
                .append(n(y + 9)).append("\" stroke=\"").append(SUBCLASS_COLOUR)
                .append("\" stroke-dasharray=\"5,3\" fill=\"none\" marker-end=\"url(#kg-subclass)\"/>\n")
                .append(text(x + 48, y + 13, "rdfs:subClassOf"));
        x += 170;
        out.append("<path d=\"M").append(n(x)).append(',').append(n(y + 9)).append(" L").append(n(x + 40)).append(',')
                .append(n(y + 9)).append("\" stroke=\"").append(PROPERTY_COLOUR)
                .append("\" fill=\"none\" marker-end=\"url(#kg-arrow)\"/>\n")
                .append(text(x + 48, y + 13, "property, domain → range"));
        out.append("</g>\n");
    }

    private static String text(double x, double y, String s) {
        return "<text x=\"" + n(x) + "\" y=\"" + n(y) + "\">" + Xml.escape(s) + "</text>\n";
    }

    private static String labels(ClassDiagram.Node node) {
        return node.labelEn() + " · " + node.labelZh();
    }

    private static double boxWidth(ClassDiagram.Node node) {
        double w = TextMetrics.width(node.curie(), CURIE_FONT, true);
        if (node.own()) {
            w = Math.max(w, TextMetrics.width(labels(node), LABEL_FONT, false));
        }
        return Math.ceil(w + 22);
    }

    private static String n(double v) {
        return Svg.num(v);
    }
}
