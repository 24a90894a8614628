package dev.kg.docs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A layered (Sugiyama-style) layout of a {@link ClassDiagram}: superclasses above subclasses and
 * domains above ranges; long edges pass through dummy points so that they never cross a box; layers
 * are ordered by repeated barycenter sweeps (fewest crossings kept); horizontal positions are the
 * least-squares fit to neighbours under minimum spacing (isotonic regression); property labels are
 * placed on their edge where they overlap no box and no other label. Deterministic for a given diagram.
 */
final class LayeredLayout {
    static final double BOX_HEIGHT = 40;
    static final double LAYER_GAP = 92;
    static final double NODE_GAP = 24;
    static final double DUMMY_WIDTH = 10;
    static final double LABEL_FONT = 11;
    static final double LABEL_HEIGHT = 15;
    static final double LOOP_WIDTH = 26;
    static final double MAX_LAYER_WIDTH = 1500;
    private static final int SWEEPS = 40;
    private static final int POSITION_PASSES = 60;

    record Point(double x, double y) {}

    record Box(double x, double y, double w, double h) {
        double cx() {
            return x + w / 2;
        }

        boolean overlaps(Box o) {
            return x < o.x + o.w && o.x < x + w && y < o.y + o.h && o.y < y + h;
        }

        Box inflate(double d) {
            return new Box(x - d, y - d, w + 2 * d, h + 2 * d);
        }
    }

    /** An edge's drawn route, from the edge's {@code from} box to its {@code to} box. */
    record Route(ClassDiagram.Edge edge, List<Point> points, boolean selfLoop) {}

    record Label(Box box, String text) {}

    record Result(Map<String, Box> boxes, List<Route> routes, List<Label> labels, double width, double height) {}

    /** A node of the layered graph: a class, or a dummy point of a long edge. */
    private static final class LNode {
        final String iri;
        final double left;
        final double right;
        int layer;
        int pos;
        double x;
        final List<LNode> up = new ArrayList<>();
        final List<LNode> down = new ArrayList<>();

        LNode(String iri, double left, double right) {
            this.iri = iri;
            this.left = left;
            this.right = right;
        }

        boolean dummy() {
            return iri == null;
        }
    }

    private final ClassDiagram diagram;
    private final Map<String, Double> widths;
    private final double top;
    private final List<LNode> nodes = new ArrayList<>();
    private final Map<String, LNode> byIri = new HashMap<>();
    private final Map<ClassDiagram.Edge, List<LNode>> chains = new HashMap<>();
    private List<List<LNode>> layers;

    /**
     * @param widths box width per node IRI
     * @param top    y of the first layer
     */
    LayeredLayout(ClassDiagram diagram, Map<String, Double> widths, double top) {
        this.diagram = diagram;
        this.widths = widths;
        this.top = top;
    }

    Result layout() {
        for (ClassDiagram.Node n : diagram.nodes()) {
            double w = widths.get(n.iri());
            double loop = diagram.edges().stream()
                    .filter(e -> e.from().equals(n.iri()) && e.to().equals(n.iri()))
                    .mapToDouble(e -> LOOP_WIDTH + TextMetrics.width(e.label(), LABEL_FONT, false) + 10)
                    .max().orElse(0);
            LNode ln = new LNode(n.iri(), w / 2, w / 2 + loop);
            nodes.add(ln);
            byIri.put(n.iri(), ln);
        }
        assignLayers();
        buildChains();
        order();
        if (stagger()) {
            buildChains();
            order();
        }
        position();
        return result();
    }

    // ---- layering -------------------------------------------------------------------------------

    /** The edge as "upper → lower": superclass above subclass, domain above range. */
    private LNode[] oriented(ClassDiagram.Edge e) {
        LNode from = byIri.get(e.from());
        LNode to = byIri.get(e.to());
        return e.kind() == ClassDiagram.Kind.SUBCLASS ? new LNode[] {to, from} : new LNode[] {from, to};
    }

    private void assignLayers() {
        // the layering graph, with cycles broken by reversing DFS back edges (visited in IRI order)
        Map<LNode, List<LNode>> succ = new HashMap<>();
        Map<LNode, List<LNode>> pred = new HashMap<>();
        nodes.forEach(n -> {
            succ.put(n, new ArrayList<>());
            pred.put(n, new ArrayList<>());
        });
        Map<LNode, List<LNode>> wanted = new HashMap<>();
        nodes.forEach(n -> wanted.put(n, new ArrayList<>()));
        for (ClassDiagram.Edge e : diagram.edges()) {
            LNode[] uv = oriented(e);
            if (uv[0] != uv[1]) {
                wanted.get(uv[0]).add(uv[1]);
            }
        }
        Map<LNode, Integer> state = new HashMap<>();
        for (LNode n : nodes) {
            dfs(n, wanted, state, succ, pred);
        }
        // longest path from the sources
        List<LNode> topo = topological(succ, pred);
        for (LNode n : topo) {
            n.layer = pred.get(n).stream().mapToInt(p -> p.layer + 1).max().orElse(0);
        }
        // sources: pull each down to just above its highest successor
        for (int i = topo.size() - 1; i >= 0; i--) {
            LNode n = topo.get(i);
            if (pred.get(n).isEmpty() && !succ.get(n).isEmpty()) {
                n.layer = succ.get(n).stream().mapToInt(s -> s.layer - 1).min().orElseThrow();
            }
        }
    }

    private static void dfs(LNode n, Map<LNode, List<LNode>> wanted, Map<LNode, Integer> state,
                            Map<LNode, List<LNode>> succ, Map<LNode, List<LNode>> pred) {
        if (state.containsKey(n)) {
            return;
        }
        state.put(n, 1);
        for (LNode m : wanted.get(n)) {
            if (state.getOrDefault(m, 0) == 1) {
                succ.get(m).add(n);   // back edge: reverse it
                pred.get(n).add(m);
            } else {
                succ.get(n).add(m);
                pred.get(m).add(n);
                dfs(m, wanted, state, succ, pred);
            }
        }
        state.put(n, 2);
    }

    private List<LNode> topological(Map<LNode, List<LNode>> succ, Map<LNode, List<LNode>> pred) {
        Map<LNode, Integer> indegree = new HashMap<>();
        nodes.forEach(n -> indegree.put(n, pred.get(n).size()));
        List<LNode> ready = new ArrayList<>(nodes.stream().filter(n -> indegree.get(n) == 0).toList());
        List<LNode> out = new ArrayList<>();
        while (!ready.isEmpty()) {
            LNode n = ready.remove(0);
            out.add(n);
            for (LNode s : succ.get(n)) {
                if (indegree.merge(s, -1, Integer::sum) == 0) {
                    ready.add(s);
                }
            }
        }
        return out;
    }

    private void buildChains() {
        nodes.removeIf(LNode::dummy);
        nodes.forEach(n -> {
            n.up.clear();
            n.down.clear();
        });
        chains.clear();
        for (ClassDiagram.Edge e : diagram.edges()) {
            LNode[] uv = oriented(e);
            LNode u = uv[0];
            LNode v = uv[1];
            if (u == v) {
                continue;
            }
            if (u.layer > v.layer) {   // a reversed back edge
                LNode t = u;
                u = v;
                v = t;
            }
            List<LNode> chain = new ArrayList<>();
            chain.add(u);
            LNode prev = u;
            for (int l = u.layer + 1; l < v.layer; l++) {
                LNode d = new LNode(null, DUMMY_WIDTH / 2, DUMMY_WIDTH / 2);
                d.layer = l;
                nodes.add(d);
                chain.add(d);
                link(prev, d);
                prev = d;
            }
            link(prev, v);
            chain.add(v);
            chains.put(e, chain);
        }
        int depth = nodes.stream().mapToInt(n -> n.layer).max().orElse(0) + 1;
        layers = new ArrayList<>();
        for (int l = 0; l < depth; l++) {
            layers.add(new ArrayList<>());
        }
        nodes.forEach(n -> layers.get(n.layer).add(n));
        layers.forEach(this::renumber);
    }

    private static void link(LNode upper, LNode lower) {
        upper.down.add(lower);
        lower.up.add(upper);
    }

    /**
     * Staggers over-wide layers: of the leaves hanging from one parent, every second one (in layer
     * order) moves one layer down, and of the roots (boxes that only hold others up) every second one
     * moves one layer up, so that a wide fan becomes two interleaved rows. Returns whether anything moved.
     */
    private boolean stagger() {
        boolean moved = false;
        for (List<LNode> layer : List.copyOf(layers)) {
            if (width(layer) <= MAX_LAYER_WIDTH) {
                continue;
            }
            Map<LNode, Integer> seenPerParent = new HashMap<>();
            int roots = 0;
            List<LNode> moveDown = new ArrayList<>();
            List<LNode> moveUp = new ArrayList<>();
            for (LNode n : layer) {
                if (n.dummy()) {
                    continue;
                }
                if (n.down.isEmpty() && n.up.size() == 1) {
                    if (seenPerParent.merge(n.up.get(0), 1, Integer::sum) % 2 == 0) {
                        moveDown.add(n);
                    }
                } else if (n.up.isEmpty() && !n.down.isEmpty() && n.layer > 0 && ++roots % 2 == 0) {
                    moveUp.add(n);
                }
            }
            moveDown.forEach(n -> n.layer++);
            moveUp.forEach(n -> n.layer--);
            moved |= !moveDown.isEmpty() || !moveUp.isEmpty();
        }
        return moved;
    }

    private static double width(List<LNode> layer) {
        return layer.stream().mapToDouble(n -> n.left + n.right + (n.dummy() ? 12 : NODE_GAP)).sum();
    }

    // ---- ordering -------------------------------------------------------------------------------

    private void order() {
        List<List<LNode>> best = snapshot();
        long bestCrossings = crossings();
        for (int i = 0; i < SWEEPS; i++) {
            for (int l = 1; l < layers.size(); l++) {
                sortByBarycenter(layers.get(l), true);
            }
            for (int l = layers.size() - 2; l >= 0; l--) {
                sortByBarycenter(layers.get(l), false);
            }
            transpose();
            long c = crossings();
            if (c < bestCrossings) {
                bestCrossings = c;
                best = snapshot();
            }
        }
        layers = best;
        layers.forEach(this::renumber);
        sift();
        transpose();
    }

    /**
     * Local search after the sweeps: moves each node to the position in its layer where it crosses
     * fewest edges with the neighbouring layers, until no move helps.
     */
    private void sift() {
        boolean improved = true;
        for (int round = 0; improved && round < 10; round++) {
            improved = false;
            for (int l = 0; l < layers.size(); l++) {
                List<LNode> layer = layers.get(l);
                for (LNode n : List.copyOf(layer)) {
                    long before = localCrossings(l);
                    int from = layer.indexOf(n);
                    int bestAt = from;
                    long best = before;
                    layer.remove(from);
                    for (int at = 0; at <= layer.size(); at++) {
                        layer.add(at, n);
                        renumber(layer);
                        long c = localCrossings(l);
                        if (c < best) {
                            best = c;
                            bestAt = at;
                        }
                        layer.remove(at);
                    }
                    layer.add(bestAt, n);
                    renumber(layer);
                    improved |= best < before;
                }
            }
        }
    }

    private long localCrossings(int l) {
        long c = crossingsBelow(layers.get(l));
        return l > 0 ? c + crossingsBelow(layers.get(l - 1)) : c;
    }

    private static double barycenter(List<LNode> neighbours, double otherwise) {
        return neighbours.isEmpty() ? otherwise : neighbours.stream().mapToInt(m -> m.pos).average().orElseThrow();
    }

    /** Swaps neighbours within a layer while that removes crossings with the layers above and below. */
    private void transpose() {
        boolean improved = true;
        for (int round = 0; improved && round < 20; round++) {
            improved = false;
            for (List<LNode> layer : layers) {
                for (int i = 0; i + 1 < layer.size(); i++) {
                    LNode a = layer.get(i);
                    LNode b = layer.get(i + 1);
                    int straight = pairCrossings(a, b);
                    int swapped = pairCrossings(b, a);
                    // on a tie, the one whose neighbours lie further left goes first: keeps families together
                    if (swapped < straight || swapped == straight && preferLeft(b, a)) {
                        layer.set(i, b);
                        layer.set(i + 1, a);
                        a.pos = i + 1;
                        b.pos = i;
                        improved = true;
                    }
                }
            }
        }
    }

    private static boolean preferLeft(LNode b, LNode a) {
        boolean up = !a.up.isEmpty() && !b.up.isEmpty();
        boolean down = !a.down.isEmpty() && !b.down.isEmpty();
        if (up) {
            return barycenter(b.up, 0) < barycenter(a.up, 0);
        }
        return down && barycenter(b.down, 0) < barycenter(a.down, 0);
    }

    /** Crossings between the edges of {@code left} and of {@code right} when {@code left} is to the left. */
    private static int pairCrossings(LNode left, LNode right) {
        return crossingsBetween(left.up, right.up) + crossingsBetween(left.down, right.down);
    }

    private static int crossingsBetween(List<LNode> leftEnds, List<LNode> rightEnds) {
        int c = 0;
        for (LNode x : leftEnds) {
            for (LNode y : rightEnds) {
                if (x.pos > y.pos) {
                    c++;
                }
            }
        }
        return c;
    }

    private void sortByBarycenter(List<LNode> layer, boolean fromAbove) {
        Map<LNode, Double> key = new HashMap<>();
        Map<LNode, Double> tieBreak = new HashMap<>();
        for (LNode n : layer) {
            key.put(n, barycenter(fromAbove ? n.up : n.down, n.pos));
            tieBreak.put(n, barycenter(fromAbove ? n.down : n.up, n.pos));
        }
        // stable: full ties keep their order
        layer.sort(Comparator.comparingDouble((LNode n) -> key.get(n)));
        renumber(layer);
    }

    private void renumber(List<LNode> layer) {
        for (int i = 0; i < layer.size(); i++) {
            layer.get(i).pos = i;
        }
    }

    private List<List<LNode>> snapshot() {
        return layers.stream().map(l -> (List<LNode>) new ArrayList<>(l)).toList();
    }

    private long crossings() {
        long c = 0;
        for (List<LNode> layer : layers) {
            c += crossingsBelow(layer);
        }
        return c;
    }

    /** Crossings among the edges from {@code layer} to the layer below it. */
    private static long crossingsBelow(List<LNode> layer) {
        List<int[]> segs = new ArrayList<>();
        for (LNode n : layer) {
            for (LNode m : n.down) {
                segs.add(new int[] {n.pos, m.pos});
            }
        }
        long c = 0;
        for (int i = 0; i < segs.size(); i++) {
            for (int j = i + 1; j < segs.size(); j++) {
                int[] a = segs.get(i);
                int[] b = segs.get(j);
                if ((long) (a[0] - b[0]) * (a[1] - b[1]) < 0) {
                    c++;
                }
            }
        }
        return c;
    }

    // ---- horizontal positions -------------------------------------------------------------------

    private void position() {
        for (List<LNode> layer : layers) {
            double x = 0;
            for (LNode n : layer) {
                n.x = x + n.left;
                x = n.x + n.right + gap(n, n);
            }
        }
        for (int pass = 0; pass < POSITION_PASSES; pass++) {
            boolean down = pass % 2 == 0;
            for (int i = 0; i < layers.size(); i++) {
                fit(layers.get(down ? i : layers.size() - 1 - i));
            }
        }
        double minX = nodes.stream().mapToDouble(n -> n.x - n.left).min().orElse(0);
        nodes.forEach(n -> n.x -= minX - SvgDiagram.MARGIN);
    }

    private static double gap(LNode a, LNode b) {
        return a.dummy() || b.dummy() ? 12 : NODE_GAP;
    }

    /** Moves a layer's nodes as close as spacing allows to the mean of their neighbours (pool adjacent violators). */
    private void fit(List<LNode> layer) {
        int n = layer.size();
        double[] offset = new double[n];
        for (int i = 1; i < n; i++) {
            LNode a = layer.get(i - 1);
            LNode b = layer.get(i);
            offset[i] = offset[i - 1] + a.right + gap(a, b) + b.left;
        }
        double[] target = new double[n];
        double[] weight = new double[n];
        for (int i = 0; i < n; i++) {
            LNode v = layer.get(i);
            List<LNode> nb = new ArrayList<>(v.up);
            nb.addAll(v.down);
            double desired = nb.isEmpty() ? v.x : nb.stream().mapToDouble(m -> m.x).average().orElseThrow();
            target[i] = desired - offset[i];
            // dummies weigh more, so that long edges run straight
            weight[i] = v.dummy() ? 2 : 1;
        }
        double[] fitted = isotonic(target, weight);
        for (int i = 0; i < n; i++) {
            layer.get(i).x = fitted[i] + offset[i];
        }
    }

    /** Weighted least-squares non-decreasing fit. */
    private static double[] isotonic(double[] y, double[] w) {
        int n = y.length;
        double[] mean = new double[n];
        double[] wsum = new double[n];
        int[] size = new int[n];
        int blocks = 0;
        for (int i = 0; i < n; i++) {
            mean[blocks] = y[i];
            wsum[blocks] = w[i];
            size[blocks] = 1;
            blocks++;
            while (blocks > 1 && mean[blocks - 2] > mean[blocks - 1]) {
                double ws = wsum[blocks - 2] + wsum[blocks - 1];
                mean[blocks - 2] = (mean[blocks - 2] * wsum[blocks - 2] + mean[blocks - 1] * wsum[blocks - 1]) / ws;
                wsum[blocks - 2] = ws;
                size[blocks - 2] += size[blocks - 1];
                blocks--;
            }
        }
        double[] out = new double[n];
        int k = 0;
        for (int b = 0; b < blocks; b++) {
            for (int j = 0; j < size[b]; j++) {
                out[k++] = mean[b];
            }
        }
        return out;
    }

    // ---- routes and labels ----------------------------------------------------------------------

    private double layerTop(int layer) {
        return top + layer * (BOX_HEIGHT + LAYER_GAP);
    }

    private Result result() {
        Map<String, Box> boxes = new HashMap<>();
        for (LNode n : nodes) {
            if (!n.dummy()) {
                boxes.put(n.iri, new Box(n.x - n.left, layerTop(n.layer), widths.get(n.iri), BOX_HEIGHT));
            }
        }
        Map<ClassDiagram.Edge, Point[]> ports = ports(boxes);
        List<Route> routes = new ArrayList<>();
        for (ClassDiagram.Edge e : diagram.edges()) {
            if (e.from().equals(e.to())) {
                Box b = boxes.get(e.from());
                double x = b.x() + b.w();
                routes.add(new Route(e, List.of(new Point(x, b.y() + 10), new Point(x + LOOP_WIDTH, b.y() + 4),
                        new Point(x + LOOP_WIDTH, b.y() + b.h() - 4), new Point(x, b.y() + b.h() - 10)), true));
                continue;
            }
            List<LNode> chain = chains.get(e);
            Point[] ends = ports.get(e);
            List<Point> pts = new ArrayList<>();
            pts.add(ends[0]);
            for (LNode d : chain.subList(1, chain.size() - 1)) {
                pts.add(new Point(d.x, layerTop(d.layer)));
                pts.add(new Point(d.x, layerTop(d.layer) + BOX_HEIGHT));
            }
            pts.add(ends[1]);
            // chains run top to bottom; a route runs from the edge's source to its target
            if (!chain.get(0).iri.equals(e.from())) {
                java.util.Collections.reverse(pts);
            }
            routes.add(new Route(e, List.copyOf(pts), false));
        }
        List<Label> labels = labels(routes, boxes);
        double width = 0;
        double height = 0;
        for (Box b : boxes.values()) {
            width = Math.max(width, b.x() + b.w());
            height = Math.max(height, b.y() + b.h());
        }
        for (Label l : labels) {
            width = Math.max(width, l.box().x() + l.box().w());
        }
        for (Route r : routes) {
            for (Point p : r.points()) {
                width = Math.max(width, p.x());
            }
        }
        return new Result(boxes, routes, labels, width + SvgDiagram.MARGIN, height);
    }

    /**
     * Where each edge leaves and enters its boxes: the upper end on the bottom side, the lower end on
     * the top side, spread along the side in the order of the other ends so that routes do not cross there.
     */
    private Map<ClassDiagram.Edge, Point[]> ports(Map<String, Box> boxes) {
        record End(ClassDiagram.Edge edge, boolean upperEnd, double otherX, int index) {}
        Map<String, List<End>> bottoms = new HashMap<>();
        Map<String, List<End>> tops = new HashMap<>();
        int index = 0;
        for (ClassDiagram.Edge e : diagram.edges()) {
            List<LNode> chain = chains.get(e);
            if (chain == null) {
                continue;
            }
            LNode upper = chain.get(0);
            LNode lower = chain.get(chain.size() - 1);
            bottoms.computeIfAbsent(upper.iri, k -> new ArrayList<>()).add(new End(e, true, chain.get(1).x, index));
            tops.computeIfAbsent(lower.iri, k -> new ArrayList<>())
                    .add(new End(e, false, chain.get(chain.size() - 2).x, index));
            index++;
        }
        Map<ClassDiagram.Edge, Point[]> out = new HashMap<>();
        for (Map<String, List<End>> side : List.of(bottoms, tops)) {
            for (Map.Entry<String, List<End>> entry : side.entrySet()) {
                Box b = boxes.get(entry.getKey());
                List<End> ends = new ArrayList<>(entry.getValue());
                ends.sort(Comparator.comparingDouble(End::otherX).thenComparingInt(End::index));
                int n = ends.size();
                double step = n == 1 ? 0 : Math.min(16, (b.w() - 16) / (n - 1));
                for (int k = 0; k < n; k++) {
                    End end = ends.get(k);
                    double x = b.cx() + (k - (n - 1) / 2.0) * step;
                    Point p = end.upperEnd() ? new Point(x, b.y() + b.h()) : new Point(x, b.y());
                    out.computeIfAbsent(end.edge(), k2 -> new Point[2])[end.upperEnd() ? 0 : 1] = p;
                }
            }
        }
        return out;
    }

    private List<Label> labels(List<Route> routes, Map<String, Box> boxes) {
        List<Box> obstacles = new ArrayList<>(boxes.values().stream().map(b -> b.inflate(3)).toList());
        List<Label> placed = new ArrayList<>();
        for (Route r : routes) {
            if (r.edge().kind() != ClassDiagram.Kind.PROPERTY) {
                continue;
            }
            String text = r.edge().label();
            double w = TextMetrics.width(text, LABEL_FONT, false) + 8;
            Box chosen = null;
            if (r.selfLoop()) {
                Point p = r.points().get(1);
                chosen = new Box(p.x() + 4, (r.points().get(1).y() + r.points().get(2).y()) / 2 - LABEL_HEIGHT / 2,
                        w, LABEL_HEIGHT);
            } else {
                List<Box> candidates = candidates(r.points(), w);
                for (Box c : candidates) {
                    if (obstacles.stream().noneMatch(c::overlaps)) {
                        chosen = c;
                        break;
                    }
                }
                if (chosen == null) {
                    chosen = candidates.get(0);
                }
            }
            obstacles.add(chosen.inflate(2));
            placed.add(new Label(chosen, text));
        }
        return placed;
    }

    /** Label boxes centred on the route's curved (between-layer) segments, from the middle outwards. */
    private static List<Box> candidates(List<Point> pts, double w) {
        List<Box> out = new ArrayList<>();
        double[] ts = {0.5, 0.38, 0.62, 0.26, 0.74, 0.15, 0.85};
        for (double t : ts) {
            for (int i = 0; i + 1 < pts.size(); i += 2) {
                Point p = SvgDiagram.curvePoint(pts.get(i), pts.get(i + 1), t);
                out.add(new Box(p.x() - w / 2, p.y() - LABEL_HEIGHT / 2, w, LABEL_HEIGHT));
            }
        }
        return out;
    }
}
