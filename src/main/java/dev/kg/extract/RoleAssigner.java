package dev.kg.extract;

import java.util.List;

/**
 * The roles stage: who did what in the events found by {@link EventDetector}, clause by clause,
 * in text order. Each kind of evidence is one rule: {@link RoleVerbRule} (主持, 汇报, 出席…), {@link ReportRule}
 * (作了…情况的报告), {@link ActorRule} (看望慰问, 调研, 检查) and
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
        for (EventClause clause : events.clauses()) {
            roleVerbs.apply(clause);
            reports.apply(clause);
            actors.apply(clause);
            main.visitors(clause);
        }
        main.finish(events.table(), events.leaders(), positions);
    }
}
