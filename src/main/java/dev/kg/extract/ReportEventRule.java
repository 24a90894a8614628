package dev.kg.extract;

import java.util.List;
import java.util.Optional;

/**
 * 听取了县卫生局项目建设情况汇报: a report on the state of things (…情况汇报) heard outside a meeting
 * is an event of its own, kind report; its listeners are the subject of 听取 ({@link RoleVerbRule}).
 * Heard on a day that also has a report meeting (汇报会), it is that meeting ({@link EventTable}).
 */
final class ReportEventRule {
    private final Lexicon lexicon;
    private final EventTable table;

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
}
