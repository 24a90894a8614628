package dev.kg.diagram;

import dev.kg.vocab.KGO;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;

/**
 * The people, organizations, places and events of one article and how they connect, as an SVG for
 * the article's page: persons → the events they take part in (labelled with their role) → the
 * organizers and places of those events; persons → the organizations they hold a position in
 * (labelled with the title). Laid out left to right by ELK ({@link ElkLayout}); nodes are labelled
 * in zh-Hans, styled by kind (see the legend) and link wherever the caller says.
 *
 * <pre>
 *   String svg = ArticleDiagram.svg(dataset.getNamedModel(articleIri).getGraph(), articleIri,
 *           iri -&gt; "/kgnews/id/" + iri.substring(base.length()));
 * </pre>
 *
 * The output is inline SVG (no XML declaration) and depends only on the graph: same graph, same bytes.
 */
public final class ArticleDiagram {
    private static final double MARGIN = 16;
    private static final double NAME_FONT = 13;
    private static final double SUB_FONT = 11;
    private static final double EDGE_FONT = 11;
    private static final double NAME_LINE = 17;
    private static final double SUB_LINE = 14;
    private static final double PAD_X = 10;
    private static final double PAD_Y = 7;
    private static final double WRAP_EM = 11;
    private static final double MIN_WIDTH = 60;
    private static final double LEGEND_HEIGHT = 64;
    private static final String FONT = "'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', "
            + "'Noto Sans', 'DejaVu Sans', Arial, sans-serif";

    /** Node kinds, in the order they are listed (and tried, should a resource have several types). */
    enum Kind {
        EVENT(KGO.Event, "活动", "event", "#fff1e0", "#c05f00"),
        PERSON(FOAF.Person, "人物", "person", "#e4effa", "#2f6ea5"),
        ORGANIZATION(ORG.Organization, "机构", "organization", "#e6f4e9", "#2e7d32"),
        PLACE(SchemaDO.Place, "地点", "place", "#f2eafb", "#7a45a8");

        final Resource type;
        final String zh;
        final String en;
        final String fill;
        final String stroke;

        Kind(Resource type, String zh, String en, String fill, String stroke) {
            this.type = type;
            this.zh = zh;
            this.en = en;
            this.fill = fill;
            this.stroke = stroke;
        }
    }

    /** Edge kinds: how they are drawn and what the legend calls them (organizer and location edges go unlabelled). */
    enum Link {
        PARTICIPATION("#c05f00", "", "参与（角色）", "takes part in (role)"),
        POSITION("#2e7d32", "", "任职（职务）", "holds a position in (title)"),
        ORGANIZER("#6d7885", "5,3", "主办", "organizer"),
        LOCATION("#7a45a8", "2,3", "地点", "location"),
        CONTAINED_IN("#7a45a8", "2,3", "位于", "contained in");

        final String colour;
        final String dash;
        final String zh;
        final String en;

        Link(String colour, String dash, String zh, String en) {
            this.colour = colour;
            this.dash = dash;
            this.zh = zh;
            this.en = en;
        }
    }

    record Node(String iri, Kind kind, List<String> name, List<String> sub, String tooltip) {}

    record Edge(String from, String to, Link link, String label) {}

    private ArticleDiagram() {}

    /**
     * @param articleGraph the article's graph, as {@code kg convert} makes it
     * @param articleIri   the article's IRI (named in the diagram's title)
     * @param hrefOf       where each node links to, given its IRI
     */
    public static String svg(Graph articleGraph, String articleIri, Function<String, String> hrefOf) {
        Model m = ModelFactory.createModelForGraph(articleGraph);
        Map<String, Node> nodes = nodes(m);
        List<Edge> edges = edges(m, nodes);
        return render(articleIri, nodes, edges, hrefOf);
    }

    // ---- what to draw ---------------------------------------------------------------------------

    static Map<String, Node> nodes(Model m) {
        Map<String, Node> nodes = new LinkedHashMap<>();
        for (Kind kind : Kind.values()) {
            List<Resource> found = m.listSubjectsWithProperty(RDF.type, kind.type).toList().stream()
                    .filter(Resource::isURIResource)
                    .sorted(Comparator.comparing(Resource::getURI))
                    .toList();
            for (Resource r : found) {
                if (!nodes.containsKey(r.getURI())) {
                    nodes.put(r.getURI(), node(r, kind));
                }
            }
        }
        return nodes;
    }

    private static Node node(Resource r, Kind kind) {
        String name = label(r);
        List<String> sub = new ArrayList<>();
        List<String> tip = new ArrayList<>(List.of(name));
        if (kind == Kind.PERSON) {
            Labels.get(r, SKOS.prefLabel, Labels.PINYIN).ifPresent(sub::add);
            // titles held in no organization named in the article (市领导) have no edge to carry them
            TreeSet<String> titles = new TreeSet<>();
            for (Resource pos : r.getModel().listSubjectsWithProperty(ORG.member, r).toList()) {
                if (!pos.hasProperty(ORG.organization)) {
                    title(pos).ifPresent(titles::add);
                }
            }
            if (!titles.isEmpty()) {
                sub.add(String.join("、", titles));
            }
        } else if (kind == Kind.EVENT) {
            date(r).ifPresent(sub::add);
        }
        tip.addAll(sub);
        return new Node(r.getURI(), kind, wrap(name, WRAP_EM), List.copyOf(sub), String.join(" · ", tip));
    }

    static List<Edge> edges(Model m, Map<String, Node> nodes) {
        TreeSet<Edge> edges = new TreeSet<>(Comparator.comparing(Edge::link).thenComparing(Edge::from)
                .thenComparing(Edge::to).thenComparing(Edge::label));
        for (Resource pos : m.listSubjectsWithProperty(RDF.type, ORG.Membership).toList()) {
            for (Resource person : objects(pos, ORG.member)) {
                for (Resource org : objects(pos, ORG.organization)) {
                    add(edges, nodes, person, org, Link.POSITION, title(pos).orElse(""));
                }
            }
        }
        for (String iri : nodes.keySet()) {
            Resource r = m.getResource(iri);
            for (Resource p : objects(r, KGO.participation)) {
                String role = objects(p, KGO.role).stream().map(ArticleDiagram::label).sorted().findFirst().orElse("");
                for (Resource agent : objects(p, KGO.agent)) {
                    add(edges, nodes, agent, r, Link.PARTICIPATION, role);
                }
            }
            for (Resource o : objects(r, SchemaDO.organizer)) {
                add(edges, nodes, r, o, Link.ORGANIZER, "");
            }
            for (Resource o : objects(r, SchemaDO.location)) {
                add(edges, nodes, r, o, Link.LOCATION, "");
            }
            for (Resource o : objects(r, SchemaDO.containedInPlace)) {
                add(edges, nodes, r, o, Link.CONTAINED_IN, Link.CONTAINED_IN.zh);
            }
        }
        return List.copyOf(edges);
    }

    private static void add(TreeSet<Edge> edges, Map<String, Node> nodes, Resource from, Resource to, Link link,
            String label) {
        if (nodes.containsKey(from.getURI()) && nodes.containsKey(to.getURI())) {
            edges.add(new Edge(from.getURI(), to.getURI(), link, label));
        }
    }

    private static List<Resource> objects(Resource r, Property p) {
        return r.listProperties(p).toList().stream().map(Statement::getObject)
                .filter(RDFNode::isURIResource).map(RDFNode::asResource).toList();
    }

    /** The title as the article wrote it, else the title concept's zh-Hans label. */
    private static Optional<String> title(Resource position) {
        Optional<String> written = Labels.get(position, KGO.titleAsWritten, Labels.ZH_HANS);
        if (written.isPresent()) {
            return written;
        }
        return objects(position, ORG.role).stream().map(ArticleDiagram::label).sorted().findFirst();
    }

    /** zh-Hans preferred label, else zh-Hans name, else any preferred label, else the IRI's last segment. */
    static String label(Resource r) {
        return Labels.get(r, SKOS.prefLabel, Labels.ZH_HANS)
                .or(() -> Labels.get(r, FOAF.name, Labels.ZH_HANS))
                .or(() -> Labels.any(r, SKOS.prefLabel))
                .orElseGet(() -> r.getURI().substring(r.getURI().replaceAll("[/#]+$", "").lastIndexOf('/') + 1));
    }

    /** "09-12" or "09-12 – 09-13", with the part of day when known ("09-12 上午"). */
    private static Optional<String> date(Resource event) {
        Optional<String> start = Labels.any(event, SchemaDO.startDate).map(ArticleDiagram::shortDate);
        Optional<String> end = Labels.any(event, SchemaDO.endDate).map(ArticleDiagram::shortDate);
        Optional<String> part = Labels.any(event, KGO.partOfDay);
        StringBuilder s = new StringBuilder(start.orElse(""));
        end.filter(e -> !e.equals(start.orElse(""))).ifPresent(e -> s.append(s.length() > 0 ? " – " : "").append(e));
        part.ifPresent(p -> s.append(s.length() > 0 ? " " : "").append(p));
        return s.length() == 0 ? Optional.empty() : Optional.of(s.toString());
    }

    private static String shortDate(String lexical) {
        return lexical.startsWith("--") ? lexical.substring(2) : lexical;
    }

    /** Breaks a label into lines of at most {@code maxEm} ems (CJK text breaks anywhere). */
    static List<String> wrap(String text, double maxEm) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            String next = line + new String(Character.toChars(cp));
            if (line.length() > 0 && TextMetrics.width(next, 1, false) > maxEm) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.appendCodePoint(cp);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    // ---- drawing --------------------------------------------------------------------------------

    private static double width(Node n) {
        double w = n.name().stream().mapToDouble(l -> TextMetrics.width(l, NAME_FONT, true)).max().orElse(0);
        for (String s : n.sub()) {
            w = Math.max(w, TextMetrics.width(s, SUB_FONT, false));
        }
        return Math.max(MIN_WIDTH, Math.ceil(w + 2 * PAD_X + (n.kind() == Kind.PLACE ? 16 : 0)));
    }

    private static double height(Node n) {
        return Math.ceil(2 * PAD_Y + n.name().size() * NAME_LINE + n.sub().size() * SUB_LINE);
    }

    /** Left to right, persons before events before organizations and places; routes in {@code edges} order. */
    static ElkLayout.Result layout(Map<String, Node> nodes, List<Edge> edges) {
        List<ElkLayout.Node> lnodes = nodes.values().stream()
                .map(n -> new ElkLayout.Node(n.iri(), width(n), height(n))).toList();
        List<ElkLayout.Edge> ledges = edges.stream().map(e -> e.label().isEmpty()
                ? new ElkLayout.Edge(e.from(), e.to())
                : new ElkLayout.Edge(e.from(), e.to(), e.label(), TextMetrics.width(e.label(), EDGE_FONT, false) + 8, 15))
                .toList();
        return ElkLayout.translate(ElkLayout.layout(lnodes, ledges,
                ElkLayout.Options.rightward().withOrthogonal(true).withSpacing(18, 56)), MARGIN, MARGIN);
    }

    private static String render(String articleIri, Map<String, Node> nodes, List<Edge> edges,
            Function<String, String> hrefOf) {
        ElkLayout.Result layout = layout(nodes, edges);
        double legendTop = layout.height() + 20;
        double width = Math.max(layout.width(), legendWidth()) + MARGIN;
        double height = legendTop + LEGEND_HEIGHT;

        StringBuilder out = new StringBuilder();
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"kg-article-diagram\" width=\"")
                .append(Svg.num(width)).append("\" height=\"").append(Svg.num(height)).append("\" viewBox=\"0 0 ")
                .append(Svg.num(width)).append(' ').append(Svg.num(height)).append("\" font-family=\"")
                .append(Xml.escape(FONT)).append("\" role=\"img\">\n")
                .append("<title>").append(Xml.escape("人物、机构、地点与活动 · people, organizations, places and events: "
                        + articleIri)).append("</title>\n");
        out.append("<defs>\n");
        for (Link l : Link.values()) {
            out.append("<marker id=\"kg-ad-").append(marker(l)).append("\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" ")
                    .append("markerWidth=\"8\" markerHeight=\"8\" orient=\"auto\" markerUnits=\"userSpaceOnUse\">")
                    .append("<path d=\"M0,0 L10,5 L0,10 z\" fill=\"").append(l.colour).append("\"/></marker>\n");
        }
        out.append("</defs>\n<rect x=\"0\" y=\"0\" width=\"").append(Svg.num(width)).append("\" height=\"")
                .append(Svg.num(height)).append("\" fill=\"#ffffff\"/>\n");
        out.append("<g fill=\"none\" stroke-width=\"1.3\">\n");
        for (int i = 0; i < edges.size(); i++) {
            edge(out, edges.get(i), layout.routes().get(i), nodes);
        }
        out.append("</g>\n<g font-size=\"").append(Svg.num(EDGE_FONT)).append("\" text-anchor=\"middle\">\n");
        for (int i = 0; i < edges.size(); i++) {
            Edge e = edges.get(i);
            Optional<ElkLayout.Box> box = layout.routes().get(i).label();
            if (box.isPresent()) {
                ElkLayout.Box b = box.get();
                out.append("<rect x=\"").append(Svg.num(b.x())).append("\" y=\"").append(Svg.num(b.y()))
                        .append("\" width=\"").append(Svg.num(b.w())).append("\" height=\"").append(Svg.num(b.h()))
                        .append("\" rx=\"3\" fill=\"#ffffff\" fill-opacity=\"0.9\"/>\n")
                        .append("<text x=\"").append(Svg.num(b.cx())).append("\" y=\"").append(Svg.num(b.y() + b.h() - 3.5))
                        .append("\" fill=\"").append(e.link().colour).append("\">").append(Xml.escape(e.label()))
                        .append("</text>\n");
            }
        }
        out.append("</g>\n<g>\n");
        for (Node n : nodes.values()) {
            node(out, n, layout.boxes().get(n.iri()), hrefOf.apply(n.iri()));
        }
        out.append("</g>\n");
        legend(out, legendTop);
        out.append("</svg>\n");
        return out.toString();
    }

    private static String marker(Link l) {
        return l.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    private static void edge(StringBuilder out, Edge e, ElkLayout.Route r, Map<String, Node> nodes) {
        StringBuilder d = new StringBuilder();
        for (ElkLayout.Point p : r.points()) {
            d.append(d.length() == 0 ? "M" : " L").append(Svg.num(p.x())).append(',').append(Svg.num(p.y()));
        }
        String from = String.join("", nodes.get(e.from()).name());
        String to = String.join("", nodes.get(e.to()).name());
        out.append("<path class=\"kg-").append(marker(e.link())).append("\" d=\"").append(d).append("\" stroke=\"")
                .append(e.link().colour).append('"')
                .append(e.link().dash.isEmpty() ? "" : " stroke-dasharray=\"" + e.link().dash + "\"")
                .append(" marker-end=\"url(#kg-ad-").append(marker(e.link())).append(")\"><title>")
                .append(Xml.escape(from + " → " + to + (e.label().isEmpty() ? "" : "（" + e.label() + "）")))
                .append("</title></path>\n");
    }

    private static void node(StringBuilder out, Node n, ElkLayout.Box b, String href) {
        out.append("<a href=\"").append(Xml.escape(href)).append("\" class=\"kg-").append(n.kind().en)
                .append("\">\n<title>").append(Xml.escape(n.tooltip())).append("</title>\n");
        shape(out, n.kind(), b.x(), b.y(), b.w(), b.h());
        double y = b.y() + PAD_Y + NAME_LINE - 4;
        for (String line : n.name()) {
            out.append("<text x=\"").append(Svg.num(b.cx())).append("\" y=\"").append(Svg.num(y))
                    .append("\" text-anchor=\"middle\" font-size=\"").append(Svg.num(NAME_FONT))
                    .append("\" font-weight=\"bold\" fill=\"#1d2733\">").append(Xml.escape(line)).append("</text>\n");
            y += NAME_LINE;
        }
        y -= NAME_LINE - SUB_LINE;
        for (String line : n.sub()) {
            out.append("<text x=\"").append(Svg.num(b.cx())).append("\" y=\"").append(Svg.num(y))
                    .append("\" text-anchor=\"middle\" font-size=\"").append(Svg.num(SUB_FONT))
                    .append("\" fill=\"#4a5866\">").append(Xml.escape(line)).append("</text>\n");
            y += SUB_LINE;
        }
        out.append("</a>\n");
    }

    /** Person: rounded ends; event: rounded box, thick border; organization: square box; place: cut corners. */
    private static void shape(StringBuilder out, Kind kind, double x, double y, double w, double h) {
        String paint = "\" fill=\"" + kind.fill + "\" stroke=\"" + kind.stroke + "\"";
        switch (kind) {
            case PLACE -> {
                double c = Math.min(8, h / 3);
                out.append("<path d=\"M").append(Svg.num(x + c)).append(',').append(Svg.num(y))
                        .append(" L").append(Svg.num(x + w - c)).append(',').append(Svg.num(y))
                        .append(" L").append(Svg.num(x + w)).append(',').append(Svg.num(y + h / 2))
                        .append(" L").append(Svg.num(x + w - c)).append(',').append(Svg.num(y + h))
                        .append(" L").append(Svg.num(x + c)).append(',').append(Svg.num(y + h))
                        .append(" L").append(Svg.num(x)).append(',').append(Svg.num(y + h / 2)).append(" Z")
                        .append(paint).append(" stroke-width=\"1.4\"/>\n");
            }
            default -> {
                double rx = switch (kind) {
                    case PERSON -> Math.min(16, h / 2);
                    case EVENT -> 6;
                    default -> 0;
                };
                out.append("<rect x=\"").append(Svg.num(x)).append("\" y=\"").append(Svg.num(y)).append("\" width=\"")
                        .append(Svg.num(w)).append("\" height=\"").append(Svg.num(h)).append("\" rx=\"")
                        .append(Svg.num(rx)).append(paint)
                        .append(kind == Kind.EVENT ? " stroke-width=\"2\"" : " stroke-width=\"1.4\"").append("/>\n");
            }
        }
    }

    /** Two rows, node kinds then edge kinds, each entry a sample and its name. */
    private static void legend(StringBuilder out, double top) {
        out.append("<g font-size=\"11\" fill=\"#33475b\">\n");
        double x = MARGIN;
        for (Kind k : Kind.values()) {
            shape(out, k, x, top, 30, 16);
            out.append(text(x + 36, top + 12, k.zh + " " + k.en));
            x += legendEntry(k.zh + " " + k.en);
        }
        x = MARGIN;
        double y = top + 34;
        for (Link l : Link.values()) {
            out.append("<path d=\"M").append(Svg.num(x)).append(',').append(Svg.num(y)).append(" L")
                    .append(Svg.num(x + 30)).append(',').append(Svg.num(y)).append("\" stroke=\"").append(l.colour)
                    .append('"').append(l.dash.isEmpty() ? "" : " stroke-dasharray=\"" + l.dash + "\"")
                    .append(" fill=\"none\" marker-end=\"url(#kg-ad-").append(marker(l)).append(")\"/>\n");
            String s = l.zh + " " + l.en;
            out.append(text(x + 36, y + 4, s));
            x += legendEntry(s);
        }
        out.append("</g>\n");
    }

    private static double legendEntry(String name) {
        return 36 + TextMetrics.width(name, 11, false) + 16;
    }

    private static double legendWidth() {
        double kinds = 0;
        for (Kind k : Kind.values()) {
            kinds += legendEntry(k.zh + " " + k.en);
        }
        double links = 0;
        for (Link l : Link.values()) {
            links += legendEntry(l.zh + " " + l.en);
        }
        return MARGIN + Math.max(kinds, links);
    }

    private static String text(double x, double y, String s) {
        return "<text x=\"" + Svg.num(x) + "\" y=\"" + Svg.num(y) + "\">" + Xml.escape(s) + "</text>\n";
    }
}
