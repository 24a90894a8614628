package dev.kg.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ElkLayoutTest {
    /** Two sources, a shared middle, a long edge that skips a layer, a cycle and a self loop. */
    private static final List<ElkLayout.Node> NODES = List.of(
            new ElkLayout.Node("a", 120, 40), new ElkLayout.Node("b", 60, 40), new ElkLayout.Node("c", 200, 30),
            new ElkLayout.Node("d", 90, 50), new ElkLayout.Node("e", 90, 30));
    private static final List<ElkLayout.Edge> EDGES = List.of(
            new ElkLayout.Edge("a", "c", "a→c", 70, 14), new ElkLayout.Edge("b", "c", "b→c", 40, 14),
            new ElkLayout.Edge("c", "d"), new ElkLayout.Edge("a", "d", "a→d", 90, 14),
            new ElkLayout.Edge("d", "e", "d→e", 30, 14), new ElkLayout.Edge("e", "c"), new ElkLayout.Edge("e", "e", "e→e", 50, 14));

    @ParameterizedTest
    @EnumSource(ElkLayout.Flow.class)
    void placesEveryNodeWithItsSizeAndNoOverlap(ElkLayout.Flow flow) {
        ElkLayout.Result r = ElkLayout.layout(NODES, EDGES, options(flow));
        assertEquals(List.of("a", "b", "c", "d", "e"), List.copyOf(r.boxes().keySet()));
        for (ElkLayout.Node n : NODES) {
            ElkLayout.Box b = r.boxes().get(n.id());
            assertEquals(n.width(), b.w());
            assertEquals(n.height(), b.h());
            assertTrue(b.x() >= 0 && b.y() >= 0 && b.x() + b.w() <= r.width() && b.y() + b.h() <= r.height(),
                    n.id() + " outside the drawing: " + b);
        }
        List<ElkLayout.Box> all = new ArrayList<>(r.boxes().values());
        r.routes().forEach(route -> route.label().ifPresent(all::add));
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                assertFalse(all.get(i).overlaps(all.get(j)), "overlap: " + all.get(i) + " and " + all.get(j));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(ElkLayout.Flow.class)
    void routesEveryEdgeFromItsSourceBoxToItsTargetBox(ElkLayout.Flow flow) {
        ElkLayout.Result r = ElkLayout.layout(NODES, EDGES, options(flow).withOrthogonal(true));
        assertEquals(EDGES.size(), r.routes().size());
        for (int i = 0; i < EDGES.size(); i++) {
            ElkLayout.Route route = r.routes().get(i);
            assertEquals(EDGES.get(i), route.edge());
            assertTrue(route.points().size() >= 2, "no route for " + route.edge());
            assertTrue(onBorder(route.points().get(0), r.boxes().get(route.edge().from())),
                    route.edge() + " does not start at its source: " + route.points());
            assertTrue(onBorder(route.points().get(route.points().size() - 1), r.boxes().get(route.edge().to())),
                    route.edge() + " does not end at its target: " + route.points());
            assertEquals(!route.edge().label().isEmpty(), route.label().isPresent(), "label of " + route.edge());
            route.label().ifPresent(l -> assertEquals(route.edge().labelWidth(), l.w()));
        }
        // orthogonal routing: every segment is horizontal or vertical
        for (ElkLayout.Route route : r.routes()) {
            for (int k = 1; k < route.points().size(); k++) {
                ElkLayout.Point p = route.points().get(k - 1);
                ElkLayout.Point q = route.points().get(k);
                assertTrue(Math.abs(p.x() - q.x()) < 1e-6 || Math.abs(p.y() - q.y()) < 1e-6,
                        "slanted segment in " + route);
            }
        }
    }

    @Test
    void edgesPointTheWayTheFlowSays() {
        ElkLayout.Result down = ElkLayout.layout(NODES, EDGES, options(ElkLayout.Flow.DOWN));
        assertTrue(down.boxes().get("a").y() + 40 <= down.boxes().get("c").y(), "a above c");
        ElkLayout.Result right = ElkLayout.layout(NODES, EDGES, options(ElkLayout.Flow.RIGHT));
        assertTrue(right.boxes().get("a").x() + 120 <= right.boxes().get("c").x(), "a left of c");
    }

    @Test
    void sameInputSameLayout() {
        assertEquals(ElkLayout.layout(NODES, EDGES, options(ElkLayout.Flow.RIGHT)),
                ElkLayout.layout(NODES, EDGES, options(ElkLayout.Flow.RIGHT)));
    }

    @Test
    void layoutsInParallelThreadsAgree() throws Exception {
        // pages render diagrams on server threads at the same time
        ElkLayout.Result alone = ElkLayout.layout(NODES, EDGES, options(ElkLayout.Flow.RIGHT));
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<ElkLayout.Result>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                results.add(pool.submit(() -> ElkLayout.layout(NODES, EDGES, options(ElkLayout.Flow.RIGHT))));
            }
            for (var r : results) {
                assertEquals(alone, r.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anEdgeToAnUnknownNodeIsRefused() {
        var e = assertThrows(IllegalArgumentException.class, () -> ElkLayout.layout(NODES,
                List.of(new ElkLayout.Edge("a", "zz")), options(ElkLayout.Flow.DOWN)));
        assertTrue(e.getMessage().contains("zz"), e.getMessage());
    }

    private static ElkLayout.Options options(ElkLayout.Flow flow) {
        return flow == ElkLayout.Flow.DOWN ? ElkLayout.Options.downward() : ElkLayout.Options.rightward();
    }

    private static boolean onBorder(ElkLayout.Point p, ElkLayout.Box b) {
        double eps = 0.5;
        boolean insideX = p.x() >= b.x() - eps && p.x() <= b.x() + b.w() + eps;
        boolean insideY = p.y() >= b.y() - eps && p.y() <= b.y() + b.h() + eps;
        boolean onVertical = Math.abs(p.x() - b.x()) < eps || Math.abs(p.x() - b.x() - b.w()) < eps;
        boolean onHorizontal = Math.abs(p.y() - b.y()) < eps || Math.abs(p.y() - b.y() - b.h()) < eps;
        return insideX && insideY && (onVertical || onHorizontal);
    }
}
