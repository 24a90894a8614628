package dev.kg.extract;

import java.util.List;
import java.util.Set;

/**
 * 张三作了关于…情况的报告 / 张三、李四分别作了…情况汇报 / A所作的…报告、B所作的…报告: whoever makes
 * (作/做) a report on the state of things (情况…报告, …汇报) is a reporter in the current event. A
 * report that is not on 情况 ({@code 作动员报告}) stays a speech, which {@link RoleVerbRule} gives.
 */
final class ReportRule {
    private static final Set<String> MAKE = Set.of("作", "做", "作了", "做了");

    void apply(EventClause clause) {
        List<Chunk> cl = clause.chunks();
        EventBuilder target = clause.current();
        if (target == null) {
            return;
        }
        int segmentStart = 0;
        for (int i = 0; i < cl.size(); i++) {
            if (!MAKE.contains(cl.get(i).text())) {
                continue;
            }
            int noun = reportNoun(cl, i);
            if (noun < 0) {
                continue;
            }
            for (int k = segmentStart; k < i; k++) {
                Chunk p = cl.get(k);
                if (p.is(Chunk.Type.PERSON) && !Clauses.inParentheses(cl, k)) {
                    target.add(p.text(), "reporter", Clauses.span(p, cl.get(noun)));
                }
            }
            segmentStart = noun + 1;
            i = noun;
        }
    }

    /** Index of the report noun the verb at i makes, or -1: before the next person, on 情况 unless a 汇报. */
    private static int reportNoun(List<Chunk> cl, int i) {
        boolean situation = false;
        for (int k = i + 1; k < cl.size() && !cl.get(k).is(Chunk.Type.PERSON); k++) {
            String w = cl.get(k).text();
            situation |= w.contains("情况");
            if (w.endsWith("汇报") || w.endsWith("报告") && situation) {
                return k;
            }
            if (w.endsWith("报告")) {
                return -1;
            }
        }
        return -1;
    }
}
