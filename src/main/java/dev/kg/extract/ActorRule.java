package dev.kg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * 张三、李四看望慰问了…, 王五在县里调研, 赵六对食堂进行了检查: the persons before a verb that names a
 * visit or an inspection ({@code event-verbs.tsv}) are its visitors or inspectors; with none before
 * it in the clause, the clause's subject. Persons in 在…陪同下 only come along.
 */
final class ActorRule {
    private static final Map<String, String> ROLE_OF_KIND = Map.of("visit", "visitor", "inspection", "inspector");

    void apply(EventClause clause) {
        List<Chunk> cl = clause.chunks();
        for (Map.Entry<Integer, EventBuilder> t : clause.triggers().entrySet()) {
            int at = t.getKey();
            EventBuilder e = t.getValue();
            if (at >= cl.size() || !ROLE_OF_KIND.containsKey(e.kind) || !e.trigger.equals(cl.get(at).text()) && !e.trigger.startsWith(cl.get(at).text())) {
                continue;
            }
            List<Chunk> who = new ArrayList<>();
            int along = Clauses.accompanyingFrom(cl);
            for (int k = 0; k < (along >= 0 ? Math.min(at, along) : at); k++) {
                Chunk c = cl.get(k);
                if (c.is(Chunk.Type.PERSON) && !Clauses.inParentheses(cl, k)) {
                    who.add(c);
                }
            }
            if (who.isEmpty()) {
                who = clause.subject();
            }
            for (Chunk p : who) {
                e.add(p.text(), ROLE_OF_KIND.get(e.kind), Clauses.span(p, cl.get(at)));
            }
        }
    }
}
