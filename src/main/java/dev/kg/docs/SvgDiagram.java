package dev.kg.docs;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Draws a {@link ClassDiagram} as SVG, laid out by {@link LayeredLayout}: a box per class (our classes
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
        Map<String, Double> widths = new HashMap<>();
        for (ClassDiagram.Node n : diagram.nodes()) {
            widths.put(n.iri(), boxWidth(n));
        }
        LayeredLayout.Result layout = new LayeredLayout(diagram, widths, TITLE_TOP).layout();
        double legendTop = layout.height() + 36;
        double width = Math.max(layout.width(), 760);
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
        for (LayeredLayout.Route r : layout.routes()) {
            route(out, r);
        }
        out.append("</g>\n<g font-size=\"").append(n(LayeredLayout.LABEL_FONT)).append("\">\n");
        for (LayeredLayout.Label l : layout.labels()) {
            LayeredLayout.Box b = l.box();
            out.append("<rect x=\"").append(n(b.x())).append("\" y=\"").append(n(b.y())).append("\" width=\"")
                    .append(n(b.w())).append("\" height=\"").append(n(b.h()))
                    .append("\" rx=\"3\" fill=\"#ffffff\" fill-opacity=\"0.92\" stroke=\"").append(PROPERTY_COLOUR)
                    .append("\" stroke-width=\"0.5\"/>\n")
                    .append("<text x=\"").append(n(b.cx())).append("\" y=\"").append(n(b.y() + b.h() - 4))
                    .append("\" text-anchor=\"middle\" fill=\"").append(PROPERTY_COLOUR).append("\">")
                    .append(Xml.escape(l.text())).append("</text>\n");
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

    private static void route(StringBuilder out, LayeredLayout.Route r) {
        boolean subclass = r.edge().kind() == ClassDiagram.Kind.SUBCLASS;
        List<LayeredLayout.Point> pts = r.points();
        StringBuilder d = new StringBuilder("M").append(n(pts.get(0).x())).append(',').append(n(pts.get(0).y()));
        for (int i = 1; i < pts.size(); i++) {
            LayeredLayout.Point a = pts.get(i - 1);
            LayeredLayout.Point b = pts.get(i);
            if (r.selfLoop()) {
                d.append(" L").append(n(b.x())).append(',').append(n(b.y()));
            } else if (a.x() == b.x()) {
                d.append(" L").append(n(b.x())).append(',').append(n(b.y()));
            } else {
                double ym = (a.y() + b.y()) / 2;
                d.append(" C").append(n(a.x())).append(',').append(n(ym)).append(' ')
                        .append(n(b.x())).append(',').append(n(ym)).append(' ')
                        .append(n(b.x())).append(',').append(n(b.y()));
            }
        }
        out.append("<path d=\"").append(d).append("\" stroke=\"")
                .append(subclass ? SUBCLASS_COLOUR : PROPERTY_COLOUR).append('"')
                .append(subclass ? " stroke-dasharray=\"5,3\"" : "")
                .append(" marker-end=\"url(#").append(subclass ? "kg-subclass" : "kg-arrow").append(")\"><title>")
                .append(Xml.escape(r.edge().from() + (subclass ? " rdfs:subClassOf " : " " + r.edge().label() + " ")
                        + r.edge().to()))
                .append("</title></path>\n");
    }

    private static void box(StringBuilder out, ClassDiagram.Node node, LayeredLayout.Box b, String pageHref) {
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

    /** The point at {@code t} on the curve drawn between two route points (vertical tangents at both ends). */
    static LayeredLayout.Point curvePoint(LayeredLayout.Point a, LayeredLayout.Point b, double t) {
        double ym = (a.y() + b.y()) / 2;
        double u = 1 - t;
        double x = u * u * u * a.x() + 3 * u * u * t * a.x() + 3 * u * t * t * b.x() + t * t * t * b.x();
        double y = u * u * u * a.y() + 3 * u * u * t * ym + 3 * u * t * t * ym + t * t * t * b.y();
        return new LayeredLayout.Point(x, y);
    }

    /** A coordinate with at most one decimal, the same on every platform. */
    private static String n(double v) {
        String s = String.format(Locale.ROOT, "%.1f", v);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }
}
