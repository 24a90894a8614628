package dev.kg.extract;

import java.util.List;
import java.util.Optional;

/**
 * 督查组听取了汇报 / 在听取汇报后，督查组认为…: when an inspecting team, not a person, is the subject
 * of 听取, the team's members (the inspectors of the article's main inspection) listen in the
 * current event.
 */
final class TeamRoleRule {
    private final Lexicon lexicon;
    private final EventTable table;

    TeamRoleRule(Lexicon lexicon, EventTable table) {
        this.lexicon = lexicon;
        this.table = table;
    }

    /** {@code next}: the clause after this one in its sentence, or null. */
    void apply(EventClause clause, EventClause next) {
        List<Chunk> cl = clause.chunks();
        EventBuilder target = clause.current();
        if (!clause.subject().isEmpty() || target == null) {
            return;
        }
        for (int i = 0; i < cl.size(); i++) {
            Optional<Lexicon.RoleVerb> rv = Clauses.roleVerbAt(lexicon, cl, i);
            if (rv.isEmpty() || !rv.get().role().equals("listener")) {
                continue;   // a team hears reports; what else it does is the team's, not its members'
            }
            boolean teamBefore = cl.subList(0, i).stream().anyMatch(this::isTeam);
            boolean teamAfter = !cl.isEmpty() && cl.get(0).text().equals("在") && next != null
                    && !next.chunks().isEmpty() && isTeam(next.chunks().get(0));
            if (teamBefore || teamAfter) {
                Span at = cl.get(i).span();
                table.main().filter(m -> m.kind.equals("inspection") && m != target).ifPresent(m -> m.participants().stream()
                        .filter(p -> p.role().equals("inspector"))
                        .forEach(p -> target.add(p.person(), rv.get().role(), at)));
            }
            return;
        }
    }

    private boolean isTeam(Chunk c) {
        return c.is(Chunk.Type.ORG) && lexicon.orgSuffixAtEnd(c.text())
                .filter(s -> lexicon.orgClass(s).equals("InspectionTeam")).isPresent();
    }
}
