package dev.kg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 听取了县卫生局项目建设情况汇报: a report on the state of things (…情况汇报) heard outside a meeting
 * is an event of its own, kind report; its listeners are the subject of 听取 ({@link RoleVerbRule}).
 * Heard on a day that also has a report meeting (汇报会), it is that meeting ({@link EventTable}).
 * It is given where the sentence says (在县卫生局机关…, {@link #place}).
 */
final class ReportEventRule {
    private final Lexicon lexicon;
    private final EventTable table;
    private final List<String> venues = new ArrayList<>();

    ReportEventRule(Lexicon lexicon, EventTable table) {
        this.lexicon = lexicon;
        this.table = table;
    }

    /** The report heard by the listening verb at chunk i, if it is one. */
    Optional<EventBuilder> at(List<Chunk> cl, int i, SentenceState st) {
        boolean listens = lexicon.roleVerbOf(cl.get(i).text()).filter(v -> v.role().equals("listener")).isPresent();
        EventBuilder current = table.current();
        if (!listens || current != null && current.kind.equals("meeting")) {
            return Optional.empty();
        }
        for (int k = i + 1; k < cl.size() && !cl.get(k).is(Chunk.Type.PUNCT); k++) {
            String w = cl.get(k).text();
            if (w.endsWith("汇报") && (w.endsWith("情况汇报") || cl.get(k - 1).text().endsWith("情况"))) {
                int from = k;
                while (from > i + 1 && cl.get(from - 1).is(Chunk.Type.WORD) && !cl.get(from - 1).text().equals("了")) {
                    from--;
                }
                String label = Clauses.textOf(cl, from, k);
                return Optional.of(table.event("report:" + label, "report", "Report", label, st, cl.get(k), true));
            }
        }
        return Optional.empty();
    }

    /** Places the report at the venue its sentence names after 在, if any and it has no place yet. */
    void place(EventBuilder report, List<Chunk> sentence) {
        venue(sentence).ifPresent(v -> {
            if (report.place == null) {
                report.place = v;
                venues.add(v);
            }
        });
    }

    /** 在县卫生局机关观看…: a venue after 在, named up to its venue ending (机关, 会议室). */
    private Optional<String> venue(List<Chunk> sentence) {
        for (int z = 0; z < sentence.size(); z++) {
            if (!sentence.get(z).text().equals("在")) {
                continue;
            }
            for (int j = z + 1; j < sentence.size() && !sentence.get(j).is(Chunk.Type.PUNCT) && j - z <= 6; j++) {
                String v = Clauses.textOf(sentence, z + 1, j);
                if (v.length() > 2 && lexicon.venueSuffixes().stream().anyMatch(v::endsWith)) {
                    return Optional.of(v);
                }
            }
        }
        return Optional.empty();
    }

    /** Venues that reports were placed in, to be added to the places. */
    List<String> venues() {
        return List.copyOf(venues);
    }
}
