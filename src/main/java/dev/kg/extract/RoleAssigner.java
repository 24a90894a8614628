package dev.kg.extract;

import java.util.List;

/**
 * The roles stage: who did what in the events found by {@link EventDetector}, clause by clause,
 * in text order. Each kind of evidence is one rule: {@link RoleVerbRule} (主持, 汇报, 出席…), {@link ReportRule}
 * (作了…情况的报告), {@link ActorRule} (看望慰问, 调研, 检查), {@link TeamRoleRule}
 * (督查组听取汇报) and
 * {@link MainEventRoles} (visitors, companions, the inspecting team).
 */
final class RoleAssigner {
    private final Lexicon lexicon;

    RoleAssigner(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    void assign(EventDetector.Result events, List<PositionFact> positions) {
        MainEventRoles main = new MainEventRoles();
        RoleVerbRule roleVerbs = new RoleVerbRule(lexicon, main);
        ReportRule reports = new ReportRule();
        ActorRule actors = new ActorRule();
        TeamRoleRule teams = new TeamRoleRule(lexicon, events.table());
        List<EventClause> clauses = events.clauses();
        for (int c = 0; c < clauses.size(); c++) {
            EventClause clause = clauses.get(c);
            roleVerbs.apply(clause);
            teams.apply(clause, c + 1 < clauses.size() ? clauses.get(c + 1) : null);
            reports.apply(clause);
            actors.apply(clause);
            main.visitors(clause);
        }
        main.finish(events.table(), events.leaders(), positions);
    }
}
