package dev.kg.diagram;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.NodePlacementStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeLabelPlacement;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Boxes and arrows laid out by the Eclipse Layout Kernel's layered algorithm: give each node its size
 * and each edge its label's size, get back where every box goes, every edge's route (with its bend
 * points) and where every edge label goes. ELK keeps boxes and centre labels apart and routes edges
 * around boxes; the same input (in the same order) gives the same layout.
 *
 * <pre>
 *   ElkLayout.Result r = ElkLayout.layout(
 *           List.of(new ElkLayout.Node("a", 80, 30), new ElkLayout.Node("b", 80, 30)),
 *           List.of(new ElkLayout.Edge("a", "b", "a to b", 40, 14)),
 *           ElkLayout.Options.rightward());
 *   r.boxes().get("a"); r.routes().get(0).points();
 * </pre>
 */
public final class ElkLayout {
    static {
        // ELK finds its algorithms through ServiceLoader; register the layered one ourselves should a
        // repackaged jar have lost the service file
        LayoutMetaDataService service = LayoutMetaDataService.getInstance();
        if (service.getAlgorithmData(LayeredOptions.ALGORITHM_ID) == null) {
            service.registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
        }
    }

    private ElkLayout() {}

    public record Node(String id, double width, double height) {}

    /** An edge between two node ids, with its label and the label's size ("" for none). */
    public record Edge(String from, String to, String label, double labelWidth, double labelHeight) {
        public Edge(String from, String to) {
            this(from, to, "", 0, 0);
        }

        boolean labelled() {
            return !label.isEmpty();
        }
    }

    /** Which way edges point. */
    public enum Flow { DOWN, RIGHT }

    public record Point(double x, double y) {}

    public record Box(double x, double y, double w, double h) {
        public double cx() {
            return x + w / 2;
        }

        public double cy() {
            return y + h / 2;
        }

        public Box moved(double dx, double dy) {
            return new Box(x + dx, y + dy, w, h);
        }

        public boolean overlaps(Box o) {
            return x < o.x + o.w && o.x < x + w && y < o.y + o.h && o.y < y + h;
        }
    }

    /** An edge's route from its {@code from} node to its {@code to} node: start, bend points, end. */
    public record Route(Edge edge, List<Point> points, Optional<Box> label) {}

    /** Boxes by node id (in input order), routes in edge order, and the size of the whole drawing. */
    public record Result(Map<String, Box> boxes, List<Route> routes, double width, double height) {}

    /**
     * @param direction   {@code DOWN}: edges point down; {@code RIGHT}: edges point right
     * @param orthogonal  orthogonal edge segments rather than straight polylines
     * @param nodeSpacing space between boxes of the same layer
     * @param layerSpacing space between layers
     * @param padding     space around the drawing
     */
    public record Options(Flow direction, boolean orthogonal, double nodeSpacing, double layerSpacing,
            double padding) {
        public static Options downward() {
            return new Options(Flow.DOWN, false, 24, 56, 0);
        }

        public static Options rightward() {
            return new Options(Flow.RIGHT, false, 24, 80, 0);
        }

        public Options withOrthogonal(boolean o) {
            return new Options(direction, o, nodeSpacing, layerSpacing, padding);
        }

        public Options withSpacing(double node, double layer) {
            return new Options(direction, orthogonal, node, layer, padding);
        }

        public Options withPadding(double p) {
            return new Options(direction, orthogonal, nodeSpacing, layerSpacing, p);
        }
    }

    /** Lays the graph out; every edge's ends must be among the nodes. */
    public static Result layout(List<Node> nodes, List<Edge> edges, Options options) {
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.DIRECTION, options.direction() == Flow.DOWN ? Direction.DOWN : Direction.RIGHT);
        root.setProperty(CoreOptions.EDGE_ROUTING, options.orthogonal() ? EdgeRouting.ORTHOGONAL : EdgeRouting.POLYLINE);
        root.setProperty(CoreOptions.SPACING_NODE_NODE, options.nodeSpacing());
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, options.layerSpacing());
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, options.layerSpacing() / 4);
        root.setProperty(CoreOptions.SPACING_EDGE_LABEL, 3.0);
        root.setProperty(CoreOptions.PADDING, new ElkPadding(options.padding()));
        root.setProperty(CoreOptions.RANDOM_SEED, 1);
        // straighter edges and a narrower drawing than the default (Brandes-Köpf) on our diagrams
        root.setProperty(LayeredOptions.NODE_PLACEMENT_STRATEGY, NodePlacementStrategy.NETWORK_SIMPLEX);

        Map<String, ElkNode> shapes = new LinkedHashMap<>();
        for (Node n : nodes) {
            ElkNode shape = ElkGraphUtil.createNode(root);
            shape.setIdentifier(n.id());
            shape.setDimensions(n.width(), n.height());
            if (shapes.put(n.id(), shape) != null) {
                throw new IllegalArgumentException("two nodes with the id " + n.id());
            }
        }
        List<ElkEdge> inOrder = new ArrayList<>();
        for (Edge e : edges) {
            ElkEdge edge = ElkGraphUtil.createEdge(root);
            edge.getSources().add(shape(shapes, e.from()));
            edge.getTargets().add(shape(shapes, e.to()));
            if (e.labelled()) {
                ElkLabel label = ElkGraphUtil.createLabel(e.label(), edge);
                label.setDimensions(e.labelWidth(), e.labelHeight());
                label.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.CENTER);
            }
            inOrder.add(edge);
        }

        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());

        Map<String, Box> boxes = new LinkedHashMap<>();
        shapes.forEach((id, s) -> boxes.put(id, new Box(s.getX(), s.getY(), s.getWidth(), s.getHeight())));
        List<Route> routes = new ArrayList<>();
        for (int i = 0; i < edges.size(); i++) {
            routes.add(route(edges.get(i), inOrder.get(i)));
        }
        return new Result(boxes, routes, root.getWidth(), root.getHeight());
    }

    /** The same layout moved by (dx, dy); width and height grow by the move, so they still bound it. */
    public static Result translate(Result r, double dx, double dy) {
        Map<String, Box> boxes = new LinkedHashMap<>();
        r.boxes().forEach((id, b) -> boxes.put(id, b.moved(dx, dy)));
        List<Route> routes = r.routes().stream().map(route -> new Route(route.edge(),
                route.points().stream().map(p -> new Point(p.x() + dx, p.y() + dy)).toList(),
                route.label().map(b -> b.moved(dx, dy)))).toList();
        return new Result(boxes, routes, r.width() + dx, r.height() + dy);
    }

    private static ElkNode shape(Map<String, ElkNode> shapes, String id) {
        ElkNode s = shapes.get(id);
        if (s == null) {
            throw new IllegalArgumentException("an edge ends at " + id + ", which is not a node");
        }
        return s;
    }

    /** Edges and their labels are contained in the root, so their coordinates are the drawing's. */
    private static Route route(Edge e, ElkEdge edge) {
        List<Point> points = new ArrayList<>();
        for (ElkEdgeSection s : edge.getSections()) {
            add(points, new Point(s.getStartX(), s.getStartY()));
            for (ElkBendPoint b : s.getBendPoints()) {
                add(points, new Point(b.getX(), b.getY()));
            }
            add(points, new Point(s.getEndX(), s.getEndY()));
        }
        Optional<Box> label = edge.getLabels().stream().findFirst()
                .map(l -> new Box(l.getX(), l.getY(), l.getWidth(), l.getHeight()));
        return new Route(e, List.copyOf(points), label);
    }

    private static void add(List<Point> points, Point p) {
        if (points.isEmpty() || !points.get(points.size() - 1).equals(p)) {
            points.add(p);
        }
    }
}
